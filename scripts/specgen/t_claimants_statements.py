from lib import *

CASES = [
case("statements-mayor-001", "wire", ["statements", "claimant", "injured_phrasing", "numbers_digits", "weapons"], "2025-06-17",
"""Drones hit two residential buildings in Odesa, injuring 9 people, Mayor Hennadii Trukhanov wrote on Telegram. "The city did not sleep; rescuers are still at the sites," he said.""",
[inc("Odesa", "UA-51", "2025-06-17", "reported", ["drone"], i=9, dmg=["residential"])],
[], [st("Hennadii Trukhanov", "mayor")]),

case("statements-governor-001", "wire", ["statements", "claimant", "killed_phrasing", "numbers_words", "weapons"], "2024-10-15",
"""“The enemy is deliberately targeting civilians,” said Oleh Syniehubov, governor of Kharkiv region, after a Russian glide bomb killed two people in Zolochiv.""",
[inc("Zolochiv", "UA-63", "2024-10-15", "reported", ["glide_bomb"], k=2)],
[], [st("Oleh Syniehubov", "governor")]),

case("statements-rma-001", "local_news", ["statements", "claimant", "injured_phrasing", "numbers_digits", "weapons"], "2025-01-15",
"""Serhii Lysak, head of the Dnipropetrovsk regional military administration, reported 6 injured in Kamianske after a drone strike. "Three of them are in serious condition," Lysak said.""",
[inc("Kamianske", "UA-12", "2025-01-15", "reported", ["drone"], i=6)],
[], [st("Serhii Lysak", "head of the regional military administration")]),

case("statements-eyewitness-001", "wire", ["statements", "killed_phrasing", "article_one", "weapons", "non_count"], "2025-04-24",
"""A 60-year-old man was killed when a drone hit a bus stop in Kherson. "I heard the buzzing, then everything went white," said Iryna Kovalenko, a shop assistant who saw the blast.""",
[inc("Kherson", "UA-65", "2025-04-24", "reported", ["drone"], k=1, dmg=["transport"])],
[], [st("Iryna Kovalenko", "eyewitness")]),

case("statements-resident-001", "local_news", ["statements", "injured_phrasing", "numbers_words", "weapons"], "2024-12-25",
"""Four people were wounded by shelling in Nikopol. "We have no glass left in the windows, and it is minus five outside," a local resident told reporters.""",
[inc("Nikopol", "UA-12", "2024-12-25", "reported", ["artillery"], i=4)],
[], [st(None, "resident")]),

case("statements-president-001", "wire", ["statements", "claimant", "killed_phrasing", "numbers_digits", "weapons", "relative_dates"], "2025-07-31",
"""President Volodymyr Zelensky said 12 people had been killed in the Russian strike on Kyiv on Thursday. "This is what Russia answers to every proposal of peace," he wrote.""",
[inc("Kyiv", "UA-30", "2025-07-31", "day", ["unknown"], k=12)],
[], [st("Volodymyr Zelensky", "president")]),

case("statements-airforce-001", "wire", ["statements", "air_defense", "numbers_digits", "overnight", "claimant"], "2025-02-01",
"""Russia launched 112 drones overnight, 65 of which were shot down, the air force said. "The enemy is constantly changing its tactics," air force spokesman Yurii Ihnat told national television.""",
[], [ad("2025-02-01", "drone", 112, 65)], [st("Yurii Ihnat", "air force")]),

case("statements-emergency-001", "local_news", ["statements", "claimant", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2025-08-28",
"""A guided bomb killed one and injured five in Kramatorsk, the State Emergency Service said. "The search operation is complete," its spokesperson Oleksandr Khorunzhyi said.""",
[inc("Kramatorsk", "UA-14", "2025-08-28", "reported", ["glide_bomb"], k=1, i=5)],
[], [st("Oleksandr Khorunzhyi", "emergency service")]),

case("statements-police-001", "local_news", ["statements", "claimant", "injured_phrasing", "numbers_digits", "weapons"], "2024-09-04",
"""According to the National Police, 3 people were injured in Kupiansk by mortar fire. "Investigators are documenting another war crime," the police said in a statement.""",
[inc("Kupiansk", "UA-63", "2024-09-04", "reported", ["artillery"], i=3)],
[], [st(None, "police")]),

case("statements-two-001", "wire", ["statements", "claimant", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons"], "2025-10-05",
"""Russian missiles killed 2 and wounded 18 in Zaporizhzhia, governor Ivan Fedorov said. "Our people are dying in their own beds," Fedorov wrote. "Help arrives within minutes, but it is not enough," local doctor Mariia Hnatiuk said.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-05", "reported", ["missile"], k=2, i=18)],
[], [st("Ivan Fedorov", "governor"), st("Mariia Hnatiuk", "doctor")]),

case("statements-split-001", "wire", ["statements", "killed_phrasing", "numbers_words", "weapons"], "2024-06-20",
"""A glide bomb attack on Kharkiv killed three people. "We will rebuild," Mayor Ihor Terekhov said, "but we need air defence now." """,
[inc("Kharkiv", "UA-63", "2024-06-20", "reported", ["glide_bomb"], k=3)],
[], [st("Ihor Terekhov", "mayor")]),

case("statements-telegram-001", "telegram", ["claimant", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons", "overnight"], "2025-03-07",
"""I have to report painful losses. Overnight, Russian drones attacked Sumy: two people were killed and seven were wounded. I thank the rescuers and doctors for their work.""",
[inc("Sumy", "UA-59", "2025-03-07", "day", ["drone"], k=2, i=7)]),

case("statements-unnamed-001", "wire", ["statements", "injured_phrasing", "numbers_digits", "weapons"], "2025-11-14",
"""Shelling of Orikhiv wounded 2 people. "The town is being shelled almost every hour," an official of the local administration said on condition of anonymity.""",
[inc("Orikhiv", "UA-23", "2025-11-14", "reported", ["artillery"], i=2)],
[], [st(None, "official")]),

case("statements-reported-001", "wire", ["claimant", "killed_phrasing", "numbers_digits", "weapons"], "2024-02-15",
"""The head of the Donetsk regional military administration, Vadym Filashkin, said on Telegram that Russian artillery had killed 3 civilians in Toretsk and that the evacuation of families with children from the town was continuing.""",
[inc("Toretsk", "UA-14", "2024-02-15", "reported", ["artillery"], k=3)],
[], [], [ev("evacuation")]),

case("statements-surname-001", "wire", ["statements", "claimant", "injured_phrasing", "numbers_digits", "weapons"], "2025-05-17",
"""Kyiv Mayor Vitali Klitschko said 11 people were injured in the drone attack on the capital. Later in the day, Klitschko added: "Four of them remain in hospital." """,
[inc("Kyiv", "UA-30", "2025-05-17", "reported", ["drone"], i=11)],
[], [st("Vitali Klitschko", "mayor")]),

case("statements-minister-001", "wire", ["statements", "killed_phrasing", "numbers_digits", "weapons"], "2024-07-08",
"""Foreign Minister Dmytro Kuleba said the missile strikes had killed 31 people across Kyiv. "Words of condemnation are not enough," he said.""",
[inc("Kyiv", "UA-30", "2024-07-08", "reported", ["missile"], k=31)],
[], [st("Dmytro Kuleba", "foreign minister")]),

case("statements-russian-001", "wire", ["statements", "cross_border", "attacker_side", "killed_phrasing", "numbers_words", "weapons", "claimant"], "2025-09-07",
"""Ukrainian drones killed one civilian in Valuyki, Belgorod governor Vyacheslav Gladkov said. "A drone dropped an explosive device on a car," Gladkov said.""",
[inc("Valuyki", "RU-BEL", "2025-09-07", "reported", ["drone"], att="UA", k=1, dmg=["vehicles"])],
[], [st("Vyacheslav Gladkov", "governor")]),

case("statements-eyewitness-002", "local_news", ["statements", "injured_phrasing", "numbers_words", "weapons", "relative_dates"], "2025-04-13",
"""Seven people were hurt in Sunday's strike on Sumy's centre. "People were just going to church," eyewitness Oksana told local journalists.""",
[inc("Sumy", "UA-59", "2025-04-13", "day", ["unknown"], i=7)],
[], [st("Oksana", "eyewitness")]),
]
