from lib import *

P1 = "2025-06-06"
P2 = "2024-11-17"
CASES = [
case("multi-separately-001", "wire", ["multi_incident", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2025-06-17",
"""In Sumy, a drone struck a minibus, killing two passengers. Separately, shelling of Nikopol wounded three people, regional authorities said.""",
[inc("Sumy", "UA-59", "2025-06-17", "reported", ["drone"], k=2, dmg=["transport", "vehicles"]),
 inc("Nikopol", "UA-12", "2025-06-17", "reported", ["artillery"], i=3)]),

case("multi-list-001", "wire", ["multi_incident", "injured_phrasing", "numbers_words", "oblast_place", "weapons", "overnight"], "2025-05-17",
"""Twelve people were injured in the overnight attack: four in Kyiv, three in Zhytomyr region and five in Khmelnytskyi region.""",
[inc("Kyiv", "UA-30", "2025-05-17", "day", ["unknown"], i=4),
 inc("Zhytomyr Oblast", "UA-18", "2025-05-17", "day", ["unknown"], i=3),
 inc("Khmelnytskyi Oblast", "UA-68", "2025-05-17", "day", ["unknown"], i=5)]),

case("multi-roundup-001", "local_news", ["multi_incident", "relative_dates", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons"], P1,
"""Roundup: On Wednesday, a KAB hit Kramatorsk, killing 1. On Thursday, an FPV drone wounded 2 in Druzhkivka. This morning, artillery fire wounded a woman in Sloviansk.""",
[inc("Kramatorsk", "UA-14", wd(P1, "wednesday"), "day", ["glide_bomb"], k=1),
 inc("Druzhkivka", "UA-14", wd(P1, "thursday"), "day", ["drone"], i=2),
 inc("Sloviansk", "UA-14", P1, "day", ["artillery"], i=1)]),

case("multi-past-001", "wire", ["past_incident", "killed_phrasing", "numbers_digits", "weapons"], "2025-06-11",
"""A missile strike on Kryvyi Rih killed 6 people on Wednesday, the deadliest attack on the city since a strike in April killed 20.""",
[inc("Kryvyi Rih", "UA-12", "2025-06-11", "day", ["missile"], k=6)]),

case("multi-past-002", "wire", ["past_incident", "multi_incident", "killed_phrasing", "numbers_digits", "numbers_words", "relative_dates", "weapons"], "2025-04-13",
"""Sunday's missile attack on Sumy killed 34 people. It came nine days after a strike on Kryvyi Rih on 4 April killed 20, nine of them children.""",
[inc("Sumy", "UA-59", "2025-04-13", "day", ["missile"], k=34),
 inc("Kryvyi Rih", "UA-12", "2025-04-04", "day", ["unknown"], k=20, ck=9)]),

case("multi-past-003", "local_news", ["past_incident", "injured_phrasing", "numbers_words", "weapons"], "2024-09-04",
"""Five people were injured when a drone hit a dormitory in Lviv, a city that was last struck in the summer, when dozens of buildings were damaged.""",
[inc("Lviv", "UA-46", "2024-09-04", "reported", ["drone"], i=5, dmg=["residential"])]),

case("multi-cities-001", "wire", ["multi_incident", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons", "overnight"], "2024-07-08",
"""The overnight barrage killed 10 in Kryvyi Rih and 3 in Dnipro, and wounded 16 in Pokrovsk, where a missile struck an industrial site.""",
[inc("Kryvyi Rih", "UA-12", "2024-07-08", "day", ["missile"], k=10),
 inc("Dnipro", "UA-12", "2024-07-08", "day", ["missile"], k=3),
 inc("Pokrovsk", "UA-14", "2024-07-08", "day", ["missile"], i=16, dmg=["industrial"])]),

case("multi-oblast-001", "telegram", ["multi_incident", "oblast_place", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons", "relative_dates"], "2025-10-22",
"""Kharkiv region, past day. Kupiansk: artillery, 1 killed. Izium: drone, 2 injured. Balakliia: KAB, 3 injured including a 10-year-old girl.""",
[inc("Kupiansk", "UA-63", "2025-10-22", "day", ["artillery"], k=1),
 inc("Izium", "UA-63", "2025-10-22", "day", ["drone"], i=2),
 inc("Balakliia", "UA-63", "2025-10-22", "day", ["glide_bomb"], i=3, ci=1)]),

case("multi-crossborder-001", "wire", ["multi_incident", "cross_border", "attacker_side", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-03-22",
"""Russian shelling killed two in Vovchansk, while on the other side of the border, a Ukrainian multiple rocket launcher salvo injured four in Grayvoron, Russian officials said.""",
[inc("Vovchansk", "UA-63", "2024-03-22", "reported", ["artillery"], k=2),
 inc("Grayvoron", "RU-BEL", "2024-03-22", "reported", ["mlrs"], att="UA", i=4)]),

case("multi-past-004", "wire", ["past_incident", "multi_incident", "killed_phrasing", "injured_phrasing", "numbers_digits", "relative_dates", "weapons"], "2025-02-01",
"""A drone attack on Poltava killed 9 on Saturday. Last Monday, a guided bomb hit a hospital in Kharkiv, injuring 12.""",
[inc("Poltava", "UA-53", "2025-02-01", "day", ["drone"], k=9),
 inc("Kharkiv", "UA-63", wd("2025-02-01", "monday"), "day", ["glide_bomb"], i=12, dmg=["medical"])]),

case("multi-past-005", "local_news", ["past_incident", "killed_phrasing", "numbers_digits", "weapons", "non_count"], "2024-12-25",
"""Two people died in the strike on Kherson. In 2023, a similar attack on the same market killed 16.""",
[inc("Kherson", "UA-65", "2024-12-25", "reported", ["unknown"], k=2)]),

case("multi-districts-001", "wire", ["multi_incident", "district_place", "injured_phrasing", "numbers_digits", "weapons"], "2025-01-15",
"""Drones hit two cities overnight: in Kharkiv's Kyivskyi district 5 people were injured, and in Odesa's Khadzhybeiskyi district 2 more were hurt.""",
[inc("Kharkiv", "UA-63", "2025-01-15", "day", ["drone"], i=5, district="Kyivskyi"),
 inc("Odesa", "UA-51", "2025-01-15", "day", ["drone"], i=2, district="Khadzhybeiskyi")]),

case("multi-sameplace-001", "wire", ["multi_incident", "relative_dates", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], P2,
"""Kharkiv was hit twice in two days: a guided bomb killed one person on Saturday, and drones wounded eight early Sunday.""",
[inc("Kharkiv", "UA-63", wd(P2, "saturday"), "day", ["glide_bomb"], k=1),
 inc("Kharkiv", "UA-63", P2, "day", ["drone"], i=8)]),

case("multi-list-002", "air_force", ["multi_incident", "air_defense", "numbers_digits", "oblast_place", "overnight", "killed_phrasing"], "2025-08-28",
"""Overnight the enemy launched 598 drones and 31 missiles; 563 drones and 26 missiles were neutralised. Hits were recorded in 13 locations. In Kyiv, missiles and drones killed 19 people; in Lviv Oblast, a drone killed one person.""",
[inc("Kyiv", "UA-30", "2025-08-28", "day", ["drone", "missile"], k=19),
 inc("Lviv Oblast", "UA-46", "2025-08-28", "day", ["drone"], k=1)],
[ad("2025-08-28", "drone", 598, 563), ad("2025-08-28", "missile", 31, 26)]),

case("multi-past-006", "wire", ["past_incident", "killed_phrasing", "numbers_words", "weapons"], "2024-04-04",
"""Three rescuers were among four killed in Kharkiv, where a second drone struck as emergency crews arrived, a tactic also used in Odesa last month.""",
[inc("Kharkiv", "UA-63", "2024-04-04", "reported", ["drone"], k=4)]),
]
