from lib import *

CASES = [
case("places-oblast-001", "wire", ["oblast_place", "killed_phrasing", "numbers_words", "weapons"], "2025-04-24",
"""Russian shelling killed two civilians in Kherson region, the regional governor said, without naming the villages that were hit.""",
[inc("Kherson Oblast", "UA-65", "2025-04-24", "reported", ["artillery"], k=2)]),

case("places-oblast-002", "telegram", ["oblast_place", "injured_phrasing", "numbers_digits", "weapons", "relative_dates"], "2025-06-06",
"""Over the past day the enemy repeatedly shelled Donetsk Oblast and attacked it with drones. 5 civilians were wounded.""",
[inc("Donetsk Oblast", "UA-14", "2025-06-06", "day", ["artillery", "drone"], i=5)]),

case("places-oblast-003", "wire", ["oblast_place", "killed_phrasing", "numbers_digits", "weapons", "overnight"], "2024-11-17",
"""A drone attack overnight on Ukraine's southern Mykolaiv region killed 1 person and damaged power lines, officials said.""",
[inc("Mykolaiv Oblast", "UA-48", "2024-11-17", "day", ["drone"], k=1, dmg=["power"])]),

case("places-town-oblast-001", "local_news", ["oblast_place", "injured_phrasing", "numbers_words", "weapons"], "2025-03-07",
"""In Bohodukhiv, in the Kharkiv region, two women were injured when a guided bomb struck a shop.""",
[inc("Bohodukhiv", "UA-63", "2025-03-07", "reported", ["glide_bomb"], i=2, dmg=["commercial"])]),

case("places-district-001", "wire", ["district_place", "injured_phrasing", "numbers_digits", "weapons"], "2025-01-15",
"""A drone crashed into a high-rise in Kharkiv's Saltivskyi district, wounding 8 people, Mayor Ihor Terekhov said.""",
[inc("Kharkiv", "UA-63", "2025-01-15", "reported", ["drone"], i=8, district="Saltivskyi", dmg=["residential"])]),

case("places-district-002", "telegram", ["district_place", "explicit_zero", "weapons", "overnight"], "2025-09-07",
"""Kyiv. Overnight debris of a downed missile fell in the Darnytskyi district, damaging a garage cooperative and several cars. No casualties.""",
[inc("Kyiv", "UA-30", "2025-09-07", "day", ["missile"], k=0, i=0, district="Darnytskyi", dmg=["vehicles"])]),

case("places-district-003", "local_news", ["district_place", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-08-27",
"""In the Kyivskyi district of Odesa a drone hit an office building, killing one security guard and injuring three passers-by.""",
[inc("Odesa", "UA-51", "2024-08-27", "reported", ["drone"], k=1, i=3, district="Kyivskyi", dmg=["commercial"])]),

case("places-district-004", "wire", ["district_place", "killed_phrasing", "numbers_digits", "weapons"], "2025-07-31",
"""In Kyiv's Sviatoshynskyi district, a ballistic missile destroyed part of a nine-storey building, killing 28 residents.""",
[inc("Kyiv", "UA-30", "2025-07-31", "reported", ["missile"], k=28, district="Sviatoshynskyi", dmg=["residential"])]),

case("places-district-005", "local_news", ["district_place", "injured_phrasing", "numbers_words", "weapons", "relative_dates"], "2025-10-22",
"""On Wednesday, guided bombs hit the Shevchenkivskyi district of Zaporizhzhia, injuring seven people.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-22", "day", ["glide_bomb"], i=7, district="Shevchenkivskyi")]),

case("places-district-006", "telegram", ["district_place", "injured_phrasing", "numbers_digits", "weapons"], "2025-02-01",
"""Dnipro. A Shahed hit the Sobornyi district. 4 people injured, a residential building and cars damaged.""",
[inc("Dnipro", "UA-12", "2025-02-01", "reported", ["drone"], i=4, district="Sobornyi", dmg=["residential", "vehicles"])]),

case("places-district-007", "wire", ["district_place", "injured_phrasing", "numbers_digits"], "2024-06-20",
"""Explosions rocked the Nemyshlianskyi and Kholodnohirskyi districts of Kharkiv; 11 people were injured in total.""",
[inc("Kharkiv", "UA-63", "2024-06-20", "reported", ["unknown"], i=11)]),

case("places-oldname-001", "wire", ["old_name", "killed_phrasing", "numbers_words", "weapons"], "2024-04-04",
"""Three people were killed in Kharkov when Russian missiles hit a power plant, local officials said.""",
[inc("Kharkiv", "UA-63", "2024-04-04", "reported", ["missile"], k=3, dmg=["power"])]),

case("places-oldname-002", "local_news", ["old_name", "injured_phrasing", "numbers_digits", "weapons"], "2024-12-25",
"""In Zaporozhye, 9 people were wounded by a Russian missile that hit an infrastructure facility.""",
[inc("Zaporizhzhia", "UA-23", "2024-12-25", "reported", ["missile"], i=9)]),

case("places-oldname-003", "wire", ["old_name", "killed_phrasing", "numbers_digits", "weapons"], "2025-05-17",
"""Russian drones struck a bus near Dnepropetrovsk, killing 9 passengers, Ukrainian officials said.""",
[inc("Dnipro", "UA-12", "2025-05-17", "reported", ["drone"], k=9, dmg=["transport", "vehicles"])]),

case("places-oldname-004", "wire", ["old_name", "injured_phrasing", "numbers_words", "weapons"], "2024-01-02",
"""In Nikolaev, five people were hurt after a cruise missile fell near a warehouse.""",
[inc("Mykolaiv", "UA-48", "2024-01-02", "reported", ["missile"], i=5, dmg=["commercial"])]),

case("places-oldname-005", "wire", ["old_name", "killed_phrasing", "numbers_words", "weapons"], "2022-08-05",
"""Russian shells killed four civilians in Artemivsk and damaged a school, according to local officials.""",
[inc("Bakhmut", "UA-14", "2022-08-05", "reported", ["artillery"], k=4, dmg=["education"])]),

case("places-oldname-006", "wire", ["old_name", "injured_phrasing", "numbers_digits", "weapons"], "2025-08-28",
"""Kirovograd came under drone attack, with 6 people injured, the regional authorities reported.""",
[inc("Kropyvnytskyi", "UA-35", "2025-08-28", "reported", ["drone"], i=6)]),

case("places-oldname-007", "wire", ["old_name", "killed_phrasing", "numbers_words", "weapons"], "2025-04-13",
"""Two civilians were killed in Krivoy Rog after a missile hit a restaurant, officials said.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-13", "reported", ["missile"], k=2, dmg=["commercial"])]),

case("places-crossborder-001", "wire", ["cross_border", "attacker_side", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons", "claimant"], "2024-03-22",
"""Ukrainian shelling of Belgorod killed one person and injured eleven, the Russian region's governor said.""",
[inc("Belgorod", "RU-BEL", "2024-03-22", "reported", ["artillery"], att="UA", k=1, i=11)]),

case("places-crossborder-002", "wire", ["cross_border", "attacker_side", "injured_phrasing", "numbers_digits", "weapons", "relative_dates"], "2025-10-05",
"""A Ukrainian drone struck a car in Shebekino on Sunday, injuring 2 men, Russian officials said.""",
[inc("Shebekino", "RU-BEL", "2025-10-05", "day", ["drone"], att="UA", i=2, dmg=["vehicles"])]),

case("places-crossborder-003", "telegram", ["cross_border", "attacker_side", "killed_phrasing", "numbers_words", "weapons"], "2024-08-27",
"""Kursk region governor: in Sudzha, shelling by Ukrainian forces killed two residents.""",
[inc("Sudzha", "RU-KRS", "2024-08-27", "reported", ["artillery"], att="UA", k=2)]),

case("places-crossborder-004", "wire", ["cross_border", "attacker_side", "injured_phrasing", "numbers_words", "weapons", "overnight"], "2025-06-17",
"""Russian authorities said a Ukrainian drone hit an oil depot in Bryansk overnight, injuring three workers.""",
[inc("Bryansk", "RU-BRY", "2025-06-17", "day", ["drone"], att="UA", i=3, dmg=["industrial"])]),

case("places-crossborder-005", "local_news", ["cross_border", "attacker_side", "explicit_zero", "weapons", "oblast_place"], "2025-01-15",
"""Drone debris fell on a farm in Kursk region, damaging a barn. No one was injured, the Russian governor said.""",
[inc("Kursk Oblast", "RU-KRS", "2025-01-15", "reported", ["drone"], att="UA", i=0, dmg=["agricultural"])]),

case("places-spelling-001", "wire", ["old_name", "injured_phrasing", "numbers_digits", "weapons"], "2025-11-14",
"""Odessa's port was struck by a missile, wounding 7 dock workers, the regional administration said.""",
[inc("Odesa", "UA-51", "2025-11-14", "reported", ["missile"], i=7, dmg=["port"])]),

case("places-spelling-002", "wire", ["old_name", "killed_phrasing", "numbers_words", "weapons", "overnight"], "2024-09-04",
"""Russian strikes on Kiev killed three people overnight, the city's mayor said.""",
[inc("Kyiv", "UA-30", "2024-09-04", "day", ["unknown"], k=3)]),
]
