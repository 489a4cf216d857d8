from lib import *

CASES = [
case("long-local-001", "local_news", ["multi_incident", "children_subset", "overnight", "relative_dates", "killed_phrasing", "injured_phrasing", "non_count", "statements", "claimant", "weapons", "numbers_words", "numbers_digits", "oblast_place"], "2025-05-26",
"""Weekend of strikes leaves five dead in Kyiv region

Kyiv region spent the weekend under fire. Overnight into Sunday, a drone hit a private house in Bila Tserkva, killing a couple and their 8-year-old son. That same night in Obukhiv, a 17-year-old girl was injured by fragments of a downed drone at a petrol station, regional head Mykola Kalashnyk said.

On Sunday evening, two missiles slammed into an industrial site in Vyshhorod, where 2 workers died and 5 others were hurt. Windows were blown out in a five-storey building nearby, and some 800 residents were left without gas.

"We ran down to the basement in our pyjamas, the children were crying," said Vyshhorod resident Liudmyla Savchuk.

Kyiv region police said they had recorded 14 damaged houses and 11 damaged cars. Air defence units were working across the region for more than six hours.""",
[inc("Bila Tserkva", "UA-32", "2025-05-25", "day", ["drone"], k=3, ck=1, dmg=["residential"]),
 inc("Obukhiv", "UA-32", "2025-05-25", "day", ["drone"], i=1, ci=1, dmg=["commercial"]),
 inc("Vyshhorod", "UA-32", "2025-05-25", "day", ["missile"], k=2, i=5, hit=2, dmg=["industrial", "residential", "gas"])],
[], [st("Liudmyla Savchuk", "resident")]),

case("long-local-002", "local_news", ["district_place", "increment_total", "revision", "children_subset", "missing_people", "relative_dates", "statements", "non_count", "killed_phrasing", "injured_phrasing", "multi_incident", "weapons", "numbers_words", "article_one"], "2024-05-31",
"""Saltivka mourns after Thursday's bombing

The number of people killed by Thursday's guided-bomb attack on a printing house in Kharkiv's Saltivskyi district has risen to seven, regional governor Oleh Syniehubov said on Friday morning. The body of a 35-year-old woman was found under the rubble overnight; initially, officials had reported five dead.

Twenty-one people were wounded. Six of them remain in hospital, including a 16-year-old girl. Two employees are still unaccounted for.

The printing house, which produced about 40% of the country's school textbooks, was completely destroyed. "We printed books for children. What military target is that?" asked its director, Yurii Marchenko.

In a separate attack on Friday morning, a drone hit a car in Chuhuiv, injuring the driver, police said.""",
[inc("Kharkiv", "UA-63", "2024-05-30", "day", ["glide_bomb"], k=7, i=21, ci=1, m=2, district="Saltivskyi", dmg=["industrial"]),
 inc("Chuhuiv", "UA-63", "2024-05-31", "day", ["drone"], i=1, dmg=["vehicles"])],
[], [st("Yurii Marchenko", "director")]),

case("long-local-003", "local_news", ["district_place", "overnight", "relative_dates", "children_subset", "past_incident", "non_attack_event", "statements", "non_count", "injured_phrasing", "weapons", "numbers_words", "numbers_digits", "qualifier"], "2025-02-18",
"""Drones damage historic centre of Odesa

Odesa's historic centre was damaged again on the night of Monday to Tuesday, when Russian Shahed drones hit a residential building and a 19th-century mansion in the Prymorskyi district, the city's military administration said.

Three people were injured, among them a 7-year-old boy, and about 30 residents were evacuated from the damaged building. The attack also cut power to nearly 160,000 customers.

"I was sure the ceiling would fall on us," said Anastasiia, who lives on the fourth floor.

The Odesa region has been attacked 11 times since the beginning of February, the regional administration said. On 31 January, a strike on the same district wounded 7 people.""",
[inc("Odesa", "UA-51", "2025-02-18", "day", ["drone"], i=3, ci=1, district="Prymorskyi", dmg=["residential", "cultural", "power"]),
 inc("Odesa", "UA-51", "2025-01-31", "day", ["unknown"], i=7, district="Prymorskyi")],
[], [st("Anastasiia", "resident")], [ev("evacuation")]),

case("long-local-004", "local_news", ["multi_incident", "explicit_zero", "overnight", "relative_dates", "statements", "claimant", "non_count", "injured_phrasing", "weapons", "numbers_words", "numbers_digits"], "2025-07-22",
"""Chernihiv region: a night of drones, a morning of shelling

Russian drones attacked energy facilities in Nizhyn overnight, leaving part of the town without electricity and water, the city council said. No one was killed, but two employees of the utility received burns.

In the border town of Semenivka, Russian artillery fire wounded a 72-year-old man on Tuesday morning. Later in the day, mortar shells fell on Novhorod-Siverskyi, damaging a hospital ward and an ambulance; staff managed to move all 40 patients to the basement, said Viacheslav Chaus, head of the regional military administration.

"The border communities are shelled every single day," Chaus said.""",
[inc("Nizhyn", "UA-74", "2025-07-22", "day", ["drone"], k=0, i=2, dmg=["power", "water"]),
 inc("Semenivka", "UA-74", "2025-07-22", "day", ["artillery"], i=1),
 inc("Novhorod-Siverskyi", "UA-74", "2025-07-22", "day", ["artillery"], dmg=["medical", "vehicles"])],
[], [st("Viacheslav Chaus", "head of the regional military administration")]),

case("long-local-005", "local_news", ["multi_incident", "relative_dates", "overnight", "explicit_zero", "non_attack_event", "cumulative", "statements", "children_subset", "killed_phrasing", "injured_phrasing", "non_count", "weapons", "numbers_digits", "numbers_words"], "2024-09-19",
"""Sumy: missile hits city hospital, one dead

A Russian missile hit a city hospital in Sumy on Wednesday afternoon, killing one patient and injuring 9, including two nurses, the regional military administration said. All 86 patients, among them 11 children, were evacuated to other hospitals.

"It is the second strike on a medical facility in the region this month," Governor Volodymyr Artiukh said.

Overnight into Thursday, drones attacked Shostka, where 3 people were injured and a garage cooperative burned down. The same night, in Konotop, a drone hit a bakery; nobody was killed.

The regional prosecutor's office said 26 civilians had been killed in Sumy region since the start of September.""",
[inc("Sumy", "UA-59", "2024-09-18", "day", ["missile"], k=1, i=9, dmg=["medical"]),
 inc("Shostka", "UA-59", "2024-09-19", "day", ["drone"], i=3, dmg=["vehicles"]),
 inc("Konotop", "UA-59", "2024-09-19", "day", ["drone"], k=0, dmg=["commercial"])],
[], [st("Volodymyr Artiukh", "governor")], [ev("evacuation")],
[stat("civilians_killed_cumulative", 26)]),

case("long-local-006", "local_news", ["children_subset", "overnight", "air_defense", "statements", "non_count", "killed_phrasing", "injured_phrasing", "article_one", "weapons", "numbers_digits", "qualifier"], "2025-10-10",
"""Kyiv wakes up without power after massive attack on energy

Residents of Kyiv's left bank woke up without electricity and water on Friday after Russian missiles and drones struck energy facilities in the capital overnight.

Mayor Vitali Klitschko said 12 people were injured, including a 7-year-old child. A 71-year-old man was killed in his apartment. A high-rise in the Pecherskyi district caught fire after a drone hit its 14th floor.

Thousands of people sheltered in metro stations. "We spent the whole night underground with two small children," said Kateryna, 29.

Energy company DTEK said it had introduced emergency outages for around 350,000 households. Nationwide, the air force reported that 465 drones and 32 missiles had been launched, of which 405 drones and 15 missiles were downed.""",
[inc("Kyiv", "UA-30", "2025-10-10", "day", ["missile", "drone"], k=1, i=12, ci=1, dmg=["power", "water", "residential"])],
[ad("2025-10-10", "drone", 465, 405), ad("2025-10-10", "missile", 32, 15)],
[st("Kateryna", "resident")]),

case("long-local-007", "local_news", ["multi_incident", "overnight", "relative_dates", "explicit_zero", "statements", "claimant", "non_count", "injured_phrasing", "weapons", "numbers_digits", "qualifier"], "2024-03-10",
"""Weekend in Mykolaiv region: drones over the city, shelling in Ochakiv

On Saturday night Russia attacked Mykolaiv with 8 Shahed drones, Governor Vitalii Kim said. Air defence shot down 6 over the city; the other 2 hit the premises of the water utility, damaging buildings and equipment. There were no casualties in the city.

On Sunday morning, Russian forces shelled Ochakiv from the Kinburn Spit with artillery and mortars, wounding two women, aged 55 and 61. A kindergarten and 6 private houses were damaged.

"Ochakiv is shelled almost every day, but people stay," Kim said.

In March alone, Russian attacks have damaged more than 120 buildings in the region, according to the regional administration.""",
[inc("Mykolaiv", "UA-48", "2024-03-10", "day", ["drone"], k=0, i=0, hit=2, dmg=["water"]),
 inc("Ochakiv", "UA-48", "2024-03-10", "day", ["artillery"], i=2, dmg=["education", "residential"])],
[], [st("Vitalii Kim", "governor")]),

case("long-local-008", "local_news", ["past_incident", "children_subset", "district_place", "relative_dates", "overnight", "explicit_zero", "statements", "killed_phrasing", "injured_phrasing", "qualifier", "non_count", "weapons", "numbers_words", "numbers_digits", "multi_incident"], "2025-04-08",
"""Kryvyi Rih buries its dead as drones return

Kryvyi Rih on Tuesday held funerals for victims of Friday's missile strike on a residential area near a playground, which killed 20 people, nine of them children, and injured more than 70.

Hours later, the city came under attack again. A drone hit a private house in the Dovhyntsivskyi district on Tuesday evening, injuring a 52-year-old woman, said Oleksandr Vilkul, head of the city military administration. On Sunday night, two drones struck an industrial site, causing a fire but no casualties.

"Our city will never forget the names of these children," Vilkul said at the memorial service.

The prosecutor general's office said it had identified the Russian unit that fired the Iskander-M missile.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-04", "day", ["missile"], k=20, ck=9, i=70),
 inc("Kryvyi Rih", "UA-12", "2025-04-08", "day", ["drone"], i=1, district="Dovhyntsivskyi", dmg=["residential"]),
 inc("Kryvyi Rih", "UA-12", "2025-04-07", "day", ["drone"], k=0, i=0, hit=2, dmg=["industrial"])],
[], [st("Oleksandr Vilkul", "head of the city military administration")]),

case("long-local-009", "local_news", ["children_subset", "multi_incident", "relative_dates", "statements", "claimant", "vague_amount", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_words", "numbers_digits"], "2025-05-05",
"""Kharkiv: nine Shahed hits in twenty minutes

Russian drones struck Kharkiv nine times in twenty minutes on Sunday evening, injuring 11 people, including a 10-year-old boy, Mayor Ihor Terekhov said. The drones hit the Kyivskyi and Slobidskyi districts, damaging a kindergarten, a sports complex and dozens of cars.

"Kharkiv is again under a massive attack. Stay in shelters," Terekhov wrote on Telegram as explosions echoed across the city.

Earlier on Sunday, Russian artillery hit Kupiansk, killing a 67-year-old man, the regional prosecutor's office said.""",
[inc("Kharkiv", "UA-63", "2025-05-04", "day", ["drone"], i=11, ci=1, hit=9, dmg=["education", "vehicles"]),
 inc("Kupiansk", "UA-63", "2025-05-04", "day", ["artillery"], k=1)],
[], [st("Ihor Terekhov", "mayor")]),

case("long-local-010", "local_news", ["explicit_zero", "overnight", "air_defense", "ew_suppressed", "statements", "multi_incident", "non_count", "injured_phrasing", "weapons", "numbers_digits", "qualifier"], "2024-11-26",
"""Western Ukraine left in the dark after Russian missile attack

Large parts of Ternopil were without electricity and water on Tuesday after a Russian missile attack on critical infrastructure overnight, local authorities said. About 80% of the city's consumers were cut off, and heating plants switched to backup generators.

"There were no casualties, thank God," Ternopil mayor Serhii Nadal said in a video address. Emergency workers were handing out drinking water at 14 points across the city.

In Lviv region, a drone hit an energy facility in Drohobych overnight, wounding one worker, governor Maksym Kozytskyi said.

The air force said Russia had fired 188 drones at Ukraine overnight, a record at the time. 76 were shot down and 95 were lost, likely because of electronic warfare.""",
[inc("Ternopil", "UA-61", "2024-11-26", "day", ["missile"], k=0, i=0, dmg=["power", "water"]),
 inc("Drohobych", "UA-46", "2024-11-26", "day", ["drone"], i=1, dmg=["power"])],
[ad("2024-11-26", "drone", 188, 171)],
[st("Serhii Nadal", "mayor")]),

case("long-local-011", "local_news", ["multi_incident", "district_place", "relative_dates", "non_attack_event", "statements", "claimant", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_digits", "numbers_words", "children_subset"], "2025-08-19",
"""Zaporizhzhia region: 418 strikes in a day

Russian troops carried out 418 strikes on 12 settlements of Zaporizhzhia region over the past day, Governor Ivan Fedorov reported on Tuesday. In Zaporizhzhia itself, a glide bomb hit a residential area in the Zavodskyi district, killing one woman and injuring four people.

In Orikhiv, a drone attack wounded a 43-year-old man; in Huliaipole, an MLRS strike destroyed a school building. In total, 23 reports of destroyed homes, cars and infrastructure were received, the governor said.

"Each of these numbers is someone's home," Fedorov said.

Fedorov also reported that 6 people, including two children, had been evacuated from frontline villages over the past day.""",
[inc("Zaporizhzhia", "UA-23", "2025-08-19", "day", ["glide_bomb"], k=1, i=4, district="Zavodskyi", dmg=["residential"]),
 inc("Orikhiv", "UA-23", "2025-08-19", "day", ["drone"], i=1),
 inc("Huliaipole", "UA-23", "2025-08-19", "day", ["mlrs"], dmg=["education"])],
[], [st("Ivan Fedorov", "governor")], [ev("evacuation")]),

case("long-local-012", "local_news", ["district_place", "past_incident", "children_subset", "relative_dates", "statements", "non_count", "killed_phrasing", "injured_phrasing", "qualifier", "weapons", "numbers_words", "numbers_digits", "multi_incident"], "2024-02-15",
"""Kherson: shelling of aid point kills two volunteers

Russian troops shelled a humanitarian aid distribution point in Kherson's Korabelnyi district on Thursday morning, killing two volunteers and wounding five people who were queuing for food, the city military administration said.

One of the wounded, a 12-year-old girl who came with her grandmother, is in serious condition, doctors said.

"They knew exactly what they were hitting. There were only old people and children in that queue," said volunteer coordinator Maksym Savchenko.

Since the beginning of the year, Russian forces have shelled Kherson more than 1,600 times, the administration added. On 6 February, a strike on a bus stop in the same district killed 3 people.""",
[inc("Kherson", "UA-65", "2024-02-15", "day", ["artillery"], k=2, i=5, ci=1, district="Korabelnyi"),
 inc("Kherson", "UA-65", "2024-02-06", "day", ["unknown"], k=3, district="Korabelnyi", dmg=["transport"])],
[], [st("Maksym Savchenko", "volunteer coordinator")]),
]
