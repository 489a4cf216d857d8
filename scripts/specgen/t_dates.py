from lib import *

CASES = [
case("dates-weekday-001", "wire", ["relative_dates", "killed_phrasing", "numbers_digits", "weapons"], "2024-04-04",
"""A Russian drone attack on Kharkiv on Tuesday killed 4 people, including three rescuers who arrived after the first strike.""",
[inc("Kharkiv", "UA-63", wd("2024-04-04", "tuesday"), "day", ["drone"], k=4)]),

case("dates-early-001", "wire", ["relative_dates", "overnight", "injured_phrasing", "numbers_words", "weapons"], "2025-10-22",
"""Russian drones hit Kyiv early Wednesday, injuring six people and sparking fires in three districts, officials said.""",
[inc("Kyiv", "UA-30", "2025-10-22", "day", ["drone"], i=6)]),

case("dates-lastnight-001", "telegram", ["relative_dates", "overnight", "injured_phrasing", "numbers_words", "weapons"], "2025-05-17",
"""Last night Russia hit Odesa with drones again. Two people are injured. Energy infrastructure was damaged.""",
[inc("Odesa", "UA-51", "2025-05-17", "day", ["drone"], i=2, dmg=["power"])]),

case("dates-possessive-001", "wire", ["relative_dates", "killed_phrasing", "numbers_digits", "weapons"], "2025-09-07",
"""The death toll from Friday's missile attack on Ternopil reached 32, officials said on Sunday.""",
[inc("Ternopil", "UA-61", wd("2025-09-07", "friday"), "day", ["missile"], k=32)]),

case("dates-explicit-001", "local_news", ["relative_dates", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-12-03",
"""On 1 December, a Russian guided bomb struck a residential area of Zaporizhzhia, killing one resident and wounding four.""",
[inc("Zaporizhzhia", "UA-23", "2024-12-01", "day", ["glide_bomb"], k=1, i=4, dmg=["residential"])]),

case("dates-night-001", "air_force", ["relative_dates", "overnight", "air_defense", "numbers_digits"], "2025-05-10",
"""On the night of 9 to 10 May, Russia launched 63 attack drones against Ukraine. Air defence forces destroyed 41 of them.""",
[], [ad("2025-05-10", "drone", 63, 41)]),

case("dates-yesterday-001", "local_news", ["relative_dates", "injured_phrasing", "numbers_words", "weapons"], "2025-03-07",
"""Yesterday evening the occupiers shelled Nikopol with heavy artillery, wounding three people, the district head said.""",
[inc("Nikopol", "UA-12", day("2025-03-07", -1), "day", ["artillery"], i=3)]),

case("dates-late-001", "wire", ["relative_dates", "killed_phrasing", "numbers_words", "weapons"], "2024-11-17",
"""Late Saturday a missile hit a nine-storey apartment building in Kryvyi Rih, killing two people, officials said.""",
[inc("Kryvyi Rih", "UA-12", wd("2024-11-17", "saturday"), "day", ["missile"], k=2, dmg=["residential"])]),

case("dates-yearcross-001", "wire", ["relative_dates", "killed_phrasing", "numbers_digits", "weapons"], "2025-01-02",
"""Officials said 3 people were killed when drones struck Kyiv on December 31, just hours before the New Year.""",
[inc("Kyiv", "UA-30", "2024-12-31", "day", ["drone"], k=3)]),

case("dates-explicit-002", "local_news", ["relative_dates", "injured_phrasing", "numbers_digits", "weapons"], "2025-03-01",
"""The drone strike on Sumy on 28 February injured 12 people, the city council said in a summary published on Saturday.""",
[inc("Sumy", "UA-59", "2025-02-28", "day", ["drone"], i=12)]),

case("dates-today-001", "telegram", ["relative_dates", "injured_phrasing", "numbers_words", "weapons", "non_count"], "2024-07-08",
"""Today at 14:30 the enemy attacked Kherson with a drone. A man, 46, was wounded near the river port.""",
[inc("Kherson", "UA-65", "2024-07-08", "day", ["drone"], i=1)]),

case("dates-daybefore-001", "wire", ["relative_dates", "killed_phrasing", "numbers_words", "weapons"], "2025-07-04",
"""Five people died in the strike on Pokrovsk the day before yesterday, the city's military administration said.""",
[inc("Pokrovsk", "UA-14", day("2025-07-04", -2), "day", ["unknown"], k=5)]),

case("dates-overnightinto-001", "wire", ["relative_dates", "overnight", "injured_phrasing", "numbers_digits", "weapons"], "2025-06-06",
"""In an attack that began Thursday night and lasted into Friday morning, Russian missiles and drones hit Lutsk, wounding 10 people.""",
[inc("Lutsk", "UA-07", "2025-06-06", "day", ["missile", "drone"], i=10)]),

case("dates-dawn-001", "local_news", ["relative_dates", "killed_phrasing", "numbers_words", "weapons"], "2024-10-15",
"""At dawn on Sunday a Grad salvo hit Marhanets, killing an elderly couple, the town's mayor said on Tuesday.""",
[inc("Marhanets", "UA-12", wd("2024-10-15", "sunday"), "day", ["mlrs"], k=2)]),

case("dates-earlyhours-001", "wire", ["relative_dates", "overnight", "injured_phrasing", "numbers_words", "weapons"], "2025-08-28",
"""In the early hours of Thursday a Russian missile slammed into a residential block in Kyiv's Dniprovskyi district, wounding fifteen people.""",
[inc("Kyiv", "UA-30", wd("2025-08-28", "thursday"), "day", ["missile"], i=15, district="Dniprovskyi", dmg=["residential"])]),

case("dates-weekday-002", "local_news", ["relative_dates", "injured_phrasing", "numbers_digits", "weapons"], "2025-02-01",
"""On Wednesday, Russian troops struck Kherson with artillery, injuring 5 people, including a municipal worker.""",
[inc("Kherson", "UA-65", wd("2025-02-01", "wednesday"), "day", ["artillery"], i=5)]),

case("dates-nodate-001", "wire", ["killed_phrasing", "numbers_words", "weapons"], "2024-06-20",
"""A Russian drone killed two people in a car on a road near Velyka Pysarivka, the regional administration said.""",
[inc("Velyka Pysarivka", "UA-59", "2024-06-20", "reported", ["drone"], k=2, dmg=["vehicles"])]),

case("dates-weekday-003", "telegram", ["relative_dates", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons", "increment_total"], "2025-04-13",
"""Saturday's strike on Kostiantynivka: the number of dead has risen to 4, another 9 people are injured. Russian MLRS hit the market.""",
[inc("Kostiantynivka", "UA-14", wd("2025-04-13", "saturday"), "day", ["mlrs"], k=4, i=9, dmg=["commercial"])]),
]
