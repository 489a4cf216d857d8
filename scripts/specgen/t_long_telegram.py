from lib import *

CASES = [
case("long-telegram-001", "telegram", ["district_place", "overnight", "children_subset", "explicit_zero", "multi_incident", "killed_phrasing", "injured_phrasing", "weapons", "numbers_digits"], "2025-06-17",
"""Odesa. Results of the night attack.

The enemy again attacked Odesa with strike drones. Hits were recorded in the Peresypskyi district: a residential building, a kindergarten and several cars were damaged.

Unfortunately, 2 people were killed. 6 more were injured, including 1 child. All the victims are receiving medical care.

In Izmail, drones hit port infrastructure and a fire broke out at a warehouse. No one was injured there.

All emergency services are working at the sites. I ask everyone to stay in shelters during air raid alerts!""",
[inc("Odesa", "UA-51", "2025-06-17", "day", ["drone"], k=2, i=6, ci=1, district="Peresypskyi", dmg=["residential", "education", "vehicles"]),
 inc("Izmail", "UA-51", "2025-06-17", "day", ["drone"], i=0, dmg=["port"])]),

case("long-telegram-002", "telegram", ["district_place", "increment_total", "children_subset", "overnight", "non_count", "injured_phrasing", "article_one", "weapons", "numbers_digits"], "2025-09-15",
"""Overnight, at 03:12, explosions in Kharkiv. The enemy is attacking the city with Shaheds.

Update: hits in the Kholodnohirskyi district. A private house is on fire, a car repair shop is destroyed.

Update: according to preliminary information, 3 people were injured, among them a 14-year-old teenager. Doctors are providing assistance on site.

Update 05:40: one more victim: a woman, 58, was pulled from the debris of the house with injuries. In total, 4 people are injured.

Rescuers are still working. Thank you to everyone who is helping. Kharkiv is holding on 💪""",
[inc("Kharkiv", "UA-63", "2025-09-15", "day", ["drone"], i=4, ci=1, district="Kholodnohirskyi", dmg=["residential", "commercial"])]),

case("long-telegram-003", "telegram", ["air_defense", "multi_incident", "oblast_place", "overnight", "relative_dates", "killed_phrasing", "injured_phrasing", "article_one", "weapons", "numbers_digits", "numbers_words"], "2024-08-26",
"""Another massive attack. Overnight and this morning, Russia launched 127 missiles of various types and 109 Shahed drones against Ukraine. Our air defence destroyed 102 missiles and 99 drones. Thank you to our warriors!

Most of the strikes targeted energy infrastructure. In Lutsk, a missile killed one person and wounded two. In Dnipro, a drone hit a high-rise, killing 2. In Zhytomyr region, a missile killed a man. In Zaporizhzhia, seven people were injured by missile debris.

Russia does this every time the world talks about peace. We need long-range capabilities and the decisions of our partners, not just words.""",
[inc("Lutsk", "UA-07", "2024-08-26", "day", ["missile"], k=1, i=2),
 inc("Dnipro", "UA-12", "2024-08-26", "day", ["drone"], k=2, dmg=["residential"]),
 inc("Zhytomyr Oblast", "UA-18", "2024-08-26", "day", ["missile"], k=1),
 inc("Zaporizhzhia", "UA-23", "2024-08-26", "day", ["missile"], i=7)],
[ad("2024-08-26", "missile", 127, 102), ad("2024-08-26", "drone", 109, 99)]),

case("long-telegram-004", "telegram", ["multi_incident", "relative_dates", "explicit_zero", "non_attack_event", "children_subset", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_digits", "article_one"], "2025-03-29",
"""Over the past day, the enemy shelled 21 settlements of Sumy region 94 times.

Bilopillia community: 2 KABs hit the town, 1 person was injured, a shop and 3 houses were damaged.
Krasnopillia community: mortar fire, 1 person was killed.
Sumy community: a drone hit an infrastructure facility, the power supply is partially interrupted. No casualties.
Velyka Pysarivka community: an FPV drone attacked a car, a man was injured.

Evacuation from the border area continues: over the past day, 57 people, including 12 children, were taken to safety.""",
[inc("Bilopillia", "UA-59", "2025-03-29", "day", ["glide_bomb"], i=1, hit=2, dmg=["commercial", "residential"]),
 inc("Krasnopillia", "UA-59", "2025-03-29", "day", ["artillery"], k=1),
 inc("Sumy", "UA-59", "2025-03-29", "day", ["drone"], k=0, i=0, dmg=["power"]),
 inc("Velyka Pysarivka", "UA-59", "2025-03-29", "day", ["drone"], i=1, dmg=["vehicles"])],
[], [], [ev("evacuation")]),

case("long-telegram-005", "telegram", ["children_subset", "relative_dates", "multi_incident", "non_count", "injured_phrasing", "weapons", "numbers_digits", "numbers_words"], "2024-12-25",
"""Christmas morning. The enemy launched a massive missile attack on Kharkiv: 7 hits were recorded in the city.

Preliminary: 6 people were injured, among them a 16-year-old girl and a 12-year-old boy. A thermal power plant, a school and residential buildings were damaged.

Also this morning, a ballistic missile hit a warehouse in Lozova: two people were wounded, both are in hospital.

They deliberately chose Christmas for this attack. What could be more inhuman? The power engineers are already working to restore heat and light to people's homes.""",
[inc("Kharkiv", "UA-63", "2024-12-25", "day", ["missile"], i=6, ci=2, hit=7, dmg=["power", "education", "residential"]),
 inc("Lozova", "UA-63", "2024-12-25", "day", ["missile"], i=2, dmg=["commercial"])]),

case("long-telegram-006", "telegram", ["multi_incident", "district_place", "children_subset", "relative_dates", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_words", "numbers_digits", "article_one"], "2025-11-08",
"""The Nikopol district was under fire again today. The enemy used heavy artillery, kamikaze drones and Grad rockets against its communities.

In Nikopol, artillery killed a 60-year-old man and wounded a 43-year-old woman. In Marhanets, a drone attack hurt three people, including a 9-year-old girl.

Damaged across the district: a lyceum, a gas pipeline, seven private houses, two cars and a power line.

In Dnipro, in the evening, a drone hit an apartment block in the Samarskyi district. 1 person was injured.

Stay in safe places!""",
[inc("Nikopol", "UA-12", "2025-11-08", "day", ["artillery"], k=1, i=1),
 inc("Marhanets", "UA-12", "2025-11-08", "day", ["drone"], i=3, ci=1),
 inc("Dnipro", "UA-12", "2025-11-08", "day", ["drone"], i=1, district="Samarskyi", dmg=["residential"])]),

case("long-telegram-007", "telegram", ["multi_incident", "overnight", "explicit_zero", "non_count", "injured_phrasing", "weapons", "numbers_digits", "article_one", "qualifier"], "2024-10-15",
"""Night in the region:

Mykolaiv: air defence shot down 4 Shaheds over the city. Falling debris damaged private houses. No injuries.

Voznesensk: 2 drones hit an agricultural enterprise, causing a fire that rescuers put out by 06:00.

Ochakiv: shelling from the Kinburn Spit. A 70-year-old woman was injured, 3 houses were damaged.

In total, the enemy launched more than 10 drones at the region overnight. Thank you to our air defence and the rescuers!""",
[inc("Mykolaiv", "UA-48", "2024-10-15", "day", ["drone"], i=0, dmg=["residential"]),
 inc("Voznesensk", "UA-48", "2024-10-15", "day", ["drone"], hit=2, dmg=["agricultural"]),
 inc("Ochakiv", "UA-48", "2024-10-15", "day", ["artillery"], i=1, dmg=["residential"])]),

case("long-telegram-008", "telegram", ["increment_total", "children_subset", "missing_people", "overnight", "non_count", "killed_phrasing", "injured_phrasing", "numbers_digits", "numbers_words"], "2025-07-31",
"""Kyiv. Update as of 14:00.

The number of people killed in the night attack has risen to 16, including a 6-year-old boy. Two more bodies were recovered from the rubble of a nine-storey building in the Sviatoshynskyi district.

155 people were injured, 16 of them children.

Search operations continue: 4 people are still considered missing.

Damage has been recorded in 6 districts of the capital: residential buildings, a school, a clinic and a dormitory.

Tomorrow has been declared a day of mourning in Kyiv.""",
[inc("Kyiv", "UA-30", "2025-07-31", "day", ["unknown"], k=16, ck=1, i=155, ci=16, m=4, dmg=["residential", "education", "medical"])]),

case("long-telegram-009", "telegram", ["multi_incident", "children_subset", "relative_dates", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_digits", "article_one"], "2025-10-30",
"""Zaporizhzhia. The enemy hit the city with 5 guided aerial bombs this afternoon.

A residential area and an industrial enterprise were struck. There are injured: as of now, 9 people, 2 of them children aged 8 and 13. One woman is in serious condition.

Also in the afternoon, the occupiers attacked Stepnohirsk with drones: a 66-year-old man was killed.

Over the past week, the enemy has attacked settlements of the region 2,745 times. Take care of yourselves and respond to air raid alerts.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-30", "day", ["glide_bomb"], i=9, ci=2, hit=5, dmg=["residential", "industrial"]),
 inc("Stepnohirsk", "UA-23", "2025-10-30", "day", ["drone"], k=1)]),

case("long-telegram-010", "telegram", ["relative_dates", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_digits", "subset_total"], "2024-07-08",
"""Kryvyi Rih. A morning missile attack on the city.

The enemy hit an industrial enterprise. Unfortunately, 10 people were killed and 31 were injured. 3 of the injured are in serious condition, doctors are fighting for their lives.

I ask residents not to approach the site of the strike: a repeat attack is possible.

The days of mourning in the city will be 9 and 10 July. Flags will be lowered and entertainment events cancelled. My deepest condolences to the families and friends of the victims.""",
[inc("Kryvyi Rih", "UA-12", "2024-07-08", "day", ["missile"], k=10, i=31, dmg=["industrial"])]),
]
