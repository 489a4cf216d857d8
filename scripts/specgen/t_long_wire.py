from lib import *

CASES = [
case("long-wire-001", "wire", ["killed_phrasing", "injured_phrasing", "children_subset", "increment_total", "relative_dates", "statements", "claimant", "multi_incident", "air_defense", "overnight", "weapons", "numbers_digits", "numbers_words"], "2025-06-25",
"""Russian missile strike on Dnipro kills 17

A Russian ballistic missile attack on Dnipro on Tuesday killed 17 people and injured 279, including 21 children, regional officials said on Wednesday, in one of the deadliest strikes on the city this year.

The missiles hit during the morning rush hour, damaging a passenger train, a vocational school and several apartment buildings, Serhii Lysak, head of the Dnipropetrovsk regional military administration, said on Telegram. Two more people died in hospital overnight, bringing the death toll to 17 from the 15 reported on Tuesday evening.

"The city is in mourning. We have lost people who were simply going to work," Mayor Borys Filatov wrote.

In nearby Synelnykove, another missile wounded two people on Tuesday, Lysak said.

Nationwide, the air force said it downed 23 of the 28 drones Russia launched overnight into Wednesday.""",
[inc("Dnipro", "UA-12", "2025-06-24", "day", ["missile"], k=17, i=279, ci=21, dmg=["transport", "education", "residential"]),
 inc("Synelnykove", "UA-12", "2025-06-24", "day", ["missile"], i=2)],
[ad("2025-06-25", "drone", 28, 23)],
[st("Borys Filatov", "mayor")]),

case("long-wire-002", "wire", ["district_place", "injured_phrasing", "killed_phrasing", "children_subset", "missing_people", "statements", "non_count", "non_attack_event", "military_losses", "cumulative", "relative_dates", "overnight", "weapons", "multi_incident", "qualifier"], "2024-10-30",
"""Glide bombs hit Kharkiv apartment block, drone strikes Sumy hospital

Russian forces dropped guided aerial bombs on Kharkiv on Wednesday afternoon, hitting a 12-storey apartment building in the Industrialnyi district and wounding 14 people, among them a 3-month-old baby, regional governor Oleh Syniehubov said.

"The bomb went through several floors at once," Syniehubov told reporters at the scene. Rescuers were still searching for two residents believed to be trapped under the debris, he added.

In Sumy, about 150 kilometres to the north-west, a drone struck the grounds of a city hospital overnight, killing one patient and forcing the evacuation of 86 people, the regional administration said.

The attacks came as Russia pressed its offensive towards Kupiansk. The Ukrainian general staff said Russian forces had lost 1,410 troops over the past day.

According to the regional prosecutor's office, more than 2,000 civilians have been killed in Kharkiv region since February 2022.""",
[inc("Kharkiv", "UA-63", "2024-10-30", "day", ["glide_bomb"], i=14, ci=1, m=2, district="Industrialnyi", dmg=["residential"]),
 inc("Sumy", "UA-59", "2024-10-30", "day", ["drone"], k=1, dmg=["medical"])],
[], [st("Oleh Syniehubov", "governor")], [ev("evacuation"), ev("military_losses")],
[stat("civilians_killed_cumulative", 2000, "more_than")]),

case("long-wire-003", "wire", ["killed_phrasing", "injured_phrasing", "children_subset", "non_count", "district_place", "air_defense", "adversary_claim", "cross_border", "attacker_side", "statements", "overnight", "qualifier", "weapons", "multi_incident", "one_another"], "2025-08-05",
"""Zaporizhzhia hit by missiles and drones; Moscow says it downed 30 Ukrainian drones

ZAPORIZHZHIA, Aug 5 — Russian missiles and drones pounded Zaporizhzhia overnight, killing two people and injuring at least 12, regional governor Ivan Fedorov said on Tuesday.

One man died when a missile struck a warehouse on the city's outskirts; another victim, a woman, was found dead in a damaged house in the Khortytskyi district. Among the injured are two teenagers, aged 14 and 17, Fedorov said. A bus depot and three private houses caught fire.

Ukraine's air force said Russia launched 5 missiles and 76 drones overnight, shooting down 52 drones and 2 missiles.

Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones overnight, most of them over the Rostov region. In Taganrog, Rostov governor Yuri Slyusar said, three people were injured overnight by falling drone debris.

"It was a sleepless night, the walls were shaking," said Natalia Petrenko, who lives near the depot.""",
[inc("Zaporizhzhia", "UA-23", "2025-08-05", "day", ["missile", "drone"], k=2, i=12, ci=2, dmg=["commercial", "transport", "residential"]),
 inc("Taganrog", "RU-ROS", "2025-08-05", "day", ["drone"], att="UA", i=3)],
[ad("2025-08-05", "missile", 5, 2), ad("2025-08-05", "drone", 76, 52), ad("2025-08-05", "drone", None, 30, att="UA")],
[st("Natalia Petrenko", "resident")]),

case("long-wire-004", "wire", ["district_place", "killed_phrasing", "injured_phrasing", "non_count", "air_defense", "ew_suppressed", "overnight", "relative_dates", "non_attack_event", "claimant", "numbers_words", "numbers_digits", "weapons"], "2025-01-23",
"""Kyiv drone attack kills 3, cuts heating to thousands

Russian drones struck Kyiv in the early hours of Thursday, killing three people in the Holosiivskyi district and damaging a heating plant, city officials said.

The dead included a 19-year-old student, Mayor Vitali Klitschko said on Telegram. Seven other people were hospitalised with burns and cuts. About 4,500 households in the south of the capital were left without heating as temperatures fell to minus 12.

Ukraine's air force said 131 Shahed and decoy drones were launched at the country overnight. Seventy-two were shot down and 55 were lost to electronic warfare.

The attack came as US envoys prepared for a fresh round of talks with both sides in Riyadh, the first since the autumn.""",
[inc("Kyiv", "UA-30", "2025-01-23", "day", ["drone"], k=3, i=7, district="Holosiivskyi", dmg=["heating"])],
[ad("2025-01-23", "drone", 131, 127)], [], [ev("talks")]),

case("long-wire-005", "wire", ["multi_incident", "district_place", "oblast_place", "killed_phrasing", "injured_phrasing", "children_subset", "non_count", "statements", "relative_dates", "weapons", "numbers_words", "numbers_digits"], "2024-06-27",
"""Russian strikes across southern Ukraine kill five

Russian attacks killed five civilians and wounded 18 across three southern regions on Thursday, local officials said.

In Kherson, shelling of the Dniprovskyi district killed two men, aged 58 and 64, and wounded six other people, the city's military administration said. A municipal bus was hit near the central market.

In Odesa region, a missile struck port infrastructure in Chornomorsk, killing two workers and injuring eleven, Governor Oleh Kiper said. "This was a deliberate strike on grain export routes," he wrote.

In Mykolaiv region, a drone dropped explosives on a tractor near Ochakiv, killing its driver and wounding his 15-year-old son, authorities said.""",
[inc("Kherson", "UA-65", "2024-06-27", "day", ["artillery"], k=2, i=6, district="Dniprovskyi", dmg=["transport"]),
 inc("Chornomorsk", "UA-51", "2024-06-27", "day", ["missile"], k=2, i=11, dmg=["port"]),
 inc("Ochakiv", "UA-48", "2024-06-27", "day", ["drone"], k=1, i=1, ci=1)],
[], [st("Oleh Kiper", "governor")]),

case("long-wire-006", "wire", ["air_defense", "ew_suppressed", "relative_dates", "killed_phrasing", "injured_phrasing", "children_subset", "qualifier", "statements", "multi_incident", "non_count", "weapons", "numbers_digits", "numbers_words"], "2025-09-29",
"""Russia unleashes one of its largest air attacks; four killed in Kyiv

Russia launched 595 drones and 48 missiles at Ukraine in an assault that lasted more than 12 hours on Sunday, killing at least four people in Kyiv, including a 12-year-old girl, Ukrainian officials said.

The air force said on Monday that 566 drones and 45 missiles, among them cruise missiles and Kinzhal hypersonic missiles, had been shot down or suppressed.

In Kyiv, 10 people were injured in the Shevchenkivskyi and Solomianskyi districts, where a cardiology clinic and several residential buildings were damaged, Tymur Tkachenko, head of the city's military administration, said. In Zaporizhzhia, the combined drone and missile attack wounded 24 people, a 2-year-old among them.

"Sirens, explosions, smoke over the whole city. Another sleepless night," said Kyiv resident Andrii Melnyk, 34.""",
[inc("Kyiv", "UA-30", "2025-09-28", "day", ["drone", "missile"], k=4, ck=1, i=10, dmg=["medical", "residential"]),
 inc("Zaporizhzhia", "UA-23", "2025-09-28", "day", ["drone", "missile"], i=24, ci=1)],
[ad("2025-09-28", "drone", 595, 566), ad("2025-09-28", "missile", 48, 45)],
[st("Andrii Melnyk", "resident")]),

case("long-wire-007", "wire", ["cross_border", "attacker_side", "adversary_claim", "air_defense", "multi_incident", "killed_phrasing", "injured_phrasing", "children_subset", "explicit_zero", "statements", "relative_dates", "non_count", "weapons", "numbers_words", "numbers_digits"], "2024-01-29",
"""Shelling on both sides of the border kills six

Ukrainian rocket fire killed four people in the Russian city of Belgorod on Sunday, including a child, and wounded 9, regional governor Vyacheslav Gladkov said. Russia's defence ministry said it had intercepted 12 rockets fired from a Czech-made Vampire multiple rocket launcher over the region.

On the same day, across the border, Russian artillery shelled Zolochiv in Kharkiv region, killing two elderly women and wounding a third, the Kharkiv regional prosecutor's office said.

"I have lived here for 70 years and never seen anything like it," a Zolochiv resident, Halyna, 76, told local television.

On Monday morning, Kursk region governor Roman Starovoit said a Ukrainian drone had damaged a power line near Rylsk. There were no casualties, he said.""",
[inc("Belgorod", "RU-BEL", "2024-01-28", "day", ["mlrs"], att="UA", k=4, ck=1, i=9),
 inc("Zolochiv", "UA-63", "2024-01-28", "day", ["artillery"], k=2, i=1),
 inc("Rylsk", "RU-KRS", "2024-01-29", "day", ["drone"], att="UA", k=0, i=0, dmg=["power"])],
[ad("2024-01-28", "mlrs", None, 12, att="UA")],
[st("Halyna", "resident")]),

case("long-wire-008", "wire", ["air_defense", "ew_suppressed", "adversary_claim", "attacker_side", "explicit_zero", "statements", "multi_incident", "overnight", "claimant", "numbers_digits", "weapons"], "2025-07-09",
"""Russia fires record 728 drones at Ukraine

Russia launched 728 drones and 13 missiles at Ukraine overnight, the air force said on Wednesday, the largest aerial attack of the war so far. Air defence neutralised 718 drones, 296 of them shot down and 422 suppressed by electronic warfare, and 7 of the missiles.

The main target was Lutsk in the west, where a drone hit an industrial facility and injured 2 people, Mayor Ihor Polishchuk said. In Kyiv, drone debris fell in the Darnytskyi, Obolonskyi and Podilskyi districts; there were no casualties, the city's military administration said.

"Russia is escalating its terror while talking about peace," President Volodymyr Zelensky wrote, repeating his call for more Patriot systems.

Russia's defence ministry said it had struck Ukrainian military airfields and that its air defences had downed 86 Ukrainian drones, including 8 heading towards Moscow.""",
[inc("Lutsk", "UA-07", "2025-07-09", "day", ["drone"], i=2, dmg=["industrial"]),
 inc("Kyiv", "UA-30", "2025-07-09", "day", ["drone"], k=0, i=0)],
[ad("2025-07-09", "drone", 728, 718), ad("2025-07-09", "missile", 13, 7), ad("2025-07-09", "drone", None, 86, att="UA")],
[st("Volodymyr Zelensky", "president")]),

case("long-wire-009", "wire", ["non_attack_event", "cumulative", "cross_border", "children_subset", "explicit_zero", "relative_dates", "killed_phrasing", "injured_phrasing", "non_count", "qualifier", "weapons", "numbers_digits", "numbers_words"], "2024-08-13",
"""Sumy region evacuates 20,000 as fighting rages across the border

Ukrainian authorities on Tuesday ordered the mandatory evacuation of about 20,000 people from a 10-kilometre strip along the border in Sumy region, citing intensified Russian shelling.

Russian shelling of Krasnopillia on Monday killed one man and injured two women, the regional military administration said. On Monday evening, a guided bomb struck a school in Bilopillia, blowing out 30 windows; no one was injured.

On the Russian side, acting Kursk governor Alexei Smirnov said 12 civilians had been killed and 121 injured, among them 10 children, since Ukraine's cross-border incursion began a week earlier.

Ukraine's commander-in-chief said Ukrainian forces now controlled about 1,000 square kilometres of Russian territory.""",
[inc("Krasnopillia", "UA-59", "2024-08-12", "day", ["artillery"], k=1, i=2),
 inc("Bilopillia", "UA-59", "2024-08-12", "day", ["glide_bomb"], i=0, dmg=["education"])],
[], [], [ev("evacuation")],
[stat("civilians_killed_cumulative", 12), stat("civilians_injured_cumulative", 121), stat("children_injured_cumulative", 10)]),

case("long-wire-010", "wire", ["increment_total", "missing_people", "children_subset", "relative_dates", "overnight", "air_defense", "statements", "non_count", "killed_phrasing", "injured_phrasing", "numbers_words", "numbers_digits", "weapons"], "2025-11-20",
"""Death toll in Ternopil rises to 26 as search continues

The death toll from Wednesday's Russian missile strike on Ternopil rose to 26 on Thursday, including three children, after rescuers recovered four more bodies from a partially collapsed nine-storey building, the State Emergency Service said.

Twenty-two people remain missing, and 93 were injured, among them 18 children, officials said. The strike destroyed parts of two residential blocks in the west of the city.

"Every hour counts. We can still hear voices under the slabs," rescuer Taras Bondar said.

Russia fired 476 drones and 48 missiles across Ukraine overnight into Wednesday, the air force said, of which 442 drones and 41 missiles were downed. Authorities declared three days of mourning in the region.""",
[inc("Ternopil", "UA-61", "2025-11-19", "day", ["missile"], k=26, ck=3, i=93, ci=18, m=22, dmg=["residential"])],
[ad("2025-11-19", "drone", 476, 442), ad("2025-11-19", "missile", 48, 41)],
[st("Taras Bondar", "rescuer")]),

case("long-wire-011", "wire", ["district_place", "air_defense", "ew_suppressed", "past_incident", "children_subset", "overnight", "killed_phrasing", "injured_phrasing", "non_count", "weapons", "numbers_words", "numbers_digits", "multi_incident"], "2025-03-29",
"""Drones hit Dnipro, Kharkiv in overnight attack

Russian drones attacked Dnipro overnight, killing four people and injuring 21, including a 6-month-old girl, regional head Serhii Lysak said on Saturday. A fire broke out at a restaurant and several high-rise buildings were damaged.

In Kharkiv, Mayor Ihor Terekhov said that 5 drones had hit the Osnovianskyi district during the night, damaging a private clinic and wounding 2 people. Earlier this month a drone strike on the same district injured 30.

Air force data showed Russia launched 172 drones, of which 94 were shot down and 69 were 'locationally lost', a term the military uses for drones diverted by electronic warfare.""",
[inc("Dnipro", "UA-12", "2025-03-29", "day", ["drone"], k=4, i=21, ci=1, dmg=["commercial", "residential"]),
 inc("Kharkiv", "UA-63", "2025-03-29", "day", ["drone"], i=2, hit=5, district="Osnovianskyi", dmg=["medical"])],
[ad("2025-03-29", "drone", 172, 163)]),

case("long-wire-012", "wire", ["air_defense", "ew_suppressed", "explicit_zero", "oblast_place", "statements", "multi_incident", "qualifier", "non_count", "relative_dates", "weapons", "numbers_digits"], "2024-12-12",
"""Russia targets Ukraine's energy grid for the 12th time this year

Russia launched 93 missiles and around 200 drones at Ukraine's energy system on Thursday, the air force said, adding that 81 missiles and 80 drones had been shot down. A further 105 drones were lost in location because of electronic warfare.

In Ivano-Frankivsk region, a missile hit a thermal power plant, Governor Svitlana Onyshchuk said; there were no casualties. "The damage is significant, but the staff were in shelters," Onyshchuk wrote. In Lviv region, 2 people were injured in Stryi when drone debris fell on a house.

Grid operator Ukrenergo introduced emergency blackouts in 7 regions, and said repairs could take up to 48 hours.""",
[inc("Ivano-Frankivsk Oblast", "UA-26", "2024-12-12", "day", ["missile"], k=0, i=0, dmg=["power"]),
 inc("Stryi", "UA-46", "2024-12-12", "day", ["drone"], i=2, dmg=["residential"])],
[ad("2024-12-12", "missile", 93, 81), ad("2024-12-12", "drone", 200, 185)],
[st("Svitlana Onyshchuk", "governor")]),
]
