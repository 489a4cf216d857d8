from lib import *

CASES = [
case("children-subset-001", "wire", ["children_subset", "subset_total", "killed_phrasing", "numbers_words", "weapons"], "2025-04-13",
"""Five people died in Kryvyi Rih, a 9-year-old girl and her grandmother among them, after a Russian missile hit a residential quarter.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-13", "reported", ["missile"], k=5, ck=1, dmg=["residential"])]),

case("children-subset-002", "local_news", ["children_subset", "injured_phrasing", "article_one", "weapons"], "2024-06-20",
"""An infant and his mother were wounded when a drone hit their house in Bilozerka. The baby has burns; the woman has a head injury.""",
[inc("Bilozerka", "UA-65", "2024-06-20", "reported", ["drone"], i=2, ci=1, dmg=["residential"])]),

case("children-subset-003", "wire", ["children_subset", "subset_total", "injured_phrasing", "numbers_digits", "weapons"], "2025-09-07",
"""Of the 25 people injured in the glide-bomb strike on Kharkiv, 7 are children, the youngest just three months old, the regional governor said.""",
[inc("Kharkiv", "UA-63", "2025-09-07", "reported", ["glide_bomb"], i=25, ci=7)]),

case("children-subset-004", "telegram", ["children_subset", "killed_phrasing", "injured_phrasing", "article_one", "weapons", "non_count"], "2025-01-15",
"""Terrible news from Bilopillia. A 14-year-old was killed by an FPV drone on her way to school. Her 11-year-old brother was injured.""",
[inc("Bilopillia", "UA-59", "2025-01-15", "reported", ["drone"], k=1, ck=1, i=1, ci=1)]),

case("children-subset-005", "wire", ["children_subset", "subset_total", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-07-08",
"""Russian missiles hit a children's hospital in Kyiv, killing two adults and wounding sixteen people, including seven children, city officials said.""",
[inc("Kyiv", "UA-30", "2024-07-08", "reported", ["missile"], k=2, i=16, ci=7, dmg=["medical"])]),

case("children-subset-006", "local_news", ["children_subset", "injured_phrasing", "numbers_words", "subset_total"], "2025-05-17",
"""Three teenagers were among eleven people hurt in the attack on Sumy's Kovpakivskyi district, the city council reported.""",
[inc("Sumy", "UA-59", "2025-05-17", "reported", ["unknown"], i=11, ci=3, district="Kovpakivskyi")]),

case("children-subset-007", "wire", ["children_subset", "killed_phrasing", "numbers_digits", "weapons", "claimant"], "2025-03-07",
"""Prosecutors said 4 children were killed in Dobropillia when cluster rockets from a Grad launcher struck a playground.""",
[inc("Dobropillia", "UA-14", "2025-03-07", "reported", ["mlrs"], k=4, ck=4)]),

case("children-subset-008", "telegram", ["children_subset", "injured_phrasing", "numbers_words", "overnight", "weapons"], "2024-11-17",
"""The night in Mykolaiv was difficult: drones hit a high-rise. Eight residents have been hospitalised, two of them minors.""",
[inc("Mykolaiv", "UA-48", "2024-11-17", "day", ["drone"], i=8, ci=2, dmg=["residential"])]),

case("children-subset-009", "wire", ["children_subset", "one_another", "killed_phrasing", "injured_phrasing", "weapons"], "2025-08-28",
"""One boy died in the strike on Cherkasy and another was pulled from the wreckage of the apartment building with a broken leg, officials said.""",
[inc("Cherkasy", "UA-71", "2025-08-28", "reported", ["unknown"], k=1, ck=1, i=1, ci=1, dmg=["residential"])]),

case("children-subset-010", "local_news", ["children_subset", "non_count", "injured_phrasing", "numbers_words", "weapons"], "2025-10-22",
"""Artillery fire wounded four people in Kherson's Korabelnyi district, among them schoolgirls aged 12 and 15.""",
[inc("Kherson", "UA-65", "2025-10-22", "reported", ["artillery"], i=4, ci=2, district="Korabelnyi")]),

case("children-subset-011", "wire", ["children_subset", "killed_phrasing", "subset_total", "numbers_digits", "qualifier"], "2024-04-04",
"""At least 18 people, 9 of them children, were killed when a missile struck a street near a playground in Kryvyi Rih.""",
[inc("Kryvyi Rih", "UA-12", "2024-04-04", "reported", ["missile"], k=18, ck=9)]),

case("children-subset-012", "telegram", ["children_subset", "injured_phrasing", "article_one", "weapons", "relative_dates"], "2025-06-06",
"""A teenage girl was injured today in Marhanets when a drone dropped a munition next to a bus stop. Medics are providing all the help needed.""",
[inc("Marhanets", "UA-12", "2025-06-06", "day", ["drone"], i=1, ci=1, dmg=["transport"])]),

case("children-subset-013", "local_news", ["children_subset", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons", "subset_total"], "2024-12-25",
"""The shelling of Beryslav left a family of three dead, among them a six-year-old, and wounded a neighbour.""",
[inc("Beryslav", "UA-65", "2024-12-25", "reported", ["artillery"], k=3, ck=1, i=1)]),

case("children-subset-014", "wire", ["children_subset", "injured_phrasing", "numbers_digits", "weapons", "non_count"], "2025-02-01",
"""Doctors in Odesa are treating 10 wounded, 4 of them kids, after a Shahed struck a nine-storey building in the Prymorskyi district.""",
[inc("Odesa", "UA-51", "2025-02-01", "reported", ["drone"], i=10, ci=4, district="Prymorskyi", dmg=["residential"])]),

case("children-subset-015", "wire", ["children_subset", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2025-07-04",
"""A missile strike on Dnipro killed a teenager and injured twenty-two adults and three younger children, the regional administration said.""",
[inc("Dnipro", "UA-12", "2025-07-04", "reported", ["missile"], k=1, ck=1, i=25, ci=3)]),

case("children-subset-016", "local_news", ["children_subset", "injured_phrasing", "numbers_words", "weapons"], "2024-08-27",
"""Two girls and a boy were hurt by falling debris in Zhytomyr as air defences downed a drone overhead.""",
[inc("Zhytomyr", "UA-18", "2024-08-27", "reported", ["drone"], i=3, ci=3)]),
]
