from lib import *

CASES = [
case("revisions-revision-001", "wire", ["revision", "killed_phrasing", "numbers_words", "weapons"], "2025-04-24",
"""The toll from the drone strike on Pavlohrad was initially put at five dead, but later rose to 12 as rescuers reached the lower floors.""",
[inc("Pavlohrad", "UA-12", "2025-04-24", "reported", ["drone"], k=12)]),

case("revisions-revision-002", "local_news", ["revision", "injured_phrasing", "numbers_digits"], "2024-09-04",
"""Officials first reported 9 injured in Lviv; by evening the count had been revised up to 38.""",
[inc("Lviv", "UA-46", "2024-09-04", "reported", ["unknown"], i=38)]),

case("revisions-revision-003", "telegram", ["revision", "killed_phrasing", "numbers_words", "relative_dates"], "2025-06-17",
"""Correction: the number of people killed in this morning's attack on Odesa is three, not four as reported earlier.""",
[inc("Odesa", "UA-51", "2025-06-17", "day", ["unknown"], k=3)]),

case("revisions-increment-001", "wire", ["increment_total", "killed_phrasing", "numbers_words", "numbers_digits", "weapons"], "2025-03-07",
"""Rescuers pulled three more bodies from the rubble in Dnipro overnight, bringing the death toll from Tuesday's missile strike to 18.""",
[inc("Dnipro", "UA-12", wd("2025-03-07", "tuesday"), "day", ["missile"], k=18)]),

case("revisions-increment-002", "local_news", ["increment_total", "injured_phrasing", "numbers_words", "numbers_digits"], "2024-10-15",
"""Two more people sought medical help after the bombing of Zaporizhzhia, raising the number of injured to 21.""",
[inc("Zaporizhzhia", "UA-23", "2024-10-15", "reported", ["unknown"], i=21)]),

case("revisions-increment-003", "wire", ["increment_total", "killed_phrasing", "numbers_words", "relative_dates"], "2025-07-31",
"""Another woman died in hospital on Thursday, taking the number of dead from Monday's attack on Kyiv to thirty-one.""",
[inc("Kyiv", "UA-30", wd("2025-07-31", "monday"), "day", ["unknown"], k=31)]),

case("revisions-zero-001", "telegram", ["explicit_zero", "weapons", "overnight"], "2025-05-17",
"""Overnight the enemy attacked Chernihiv with drones. A private house and a car caught fire. Fortunately, no one was injured.""",
[inc("Chernihiv", "UA-74", "2025-05-17", "day", ["drone"], i=0, dmg=["residential", "vehicles"])]),

case("revisions-zero-002", "wire", ["explicit_zero", "weapons"], "2024-02-15",
"""A missile struck an agricultural enterprise near Uman. There were no casualties, local authorities said.""",
[inc("Uman", "UA-71", "2024-02-15", "reported", ["missile"], k=0, i=0, dmg=["agricultural"])]),

case("revisions-zero-003", "local_news", ["explicit_zero", "injured_phrasing", "numbers_words", "weapons"], "2025-10-05",
"""Nobody was killed when a Geran drone hit a warehouse in Brovary, but two workers suffered burns.""",
[inc("Brovary", "UA-32", "2025-10-05", "reported", ["drone"], k=0, i=2, dmg=["commercial"])]),

case("revisions-zero-004", "telegram", ["explicit_zero", "weapons", "relative_dates"], "2025-01-15",
"""Kharkiv. This morning the Russians dropped a glide bomb on the Industrialnyi district. No casualties.""",
[inc("Kharkiv", "UA-63", "2025-01-15", "day", ["glide_bomb"], k=0, i=0, district="Industrialnyi")]),

case("revisions-vague-001", "wire", ["vague_amount", "weapons", "killed_phrasing"], "2024-12-25",
"""Dozens of people were injured and several killed as missiles rained down on Kharkiv on Christmas morning, officials said.""",
[inc("Kharkiv", "UA-63", "2024-12-25", "day", ["missile"])]),

case("revisions-vague-002", "local_news", ["vague_amount", "injured_phrasing", "numbers_words", "weapons"], "2025-08-28",
"""Hundreds of windows were shattered and a number of residents were injured in Chornomorsk after a drone attack; two of them were hospitalised.""",
[inc("Chornomorsk", "UA-51", "2025-08-28", "reported", ["drone"], dmg=["residential"])]),

case("revisions-vague-003", "wire", ["vague_amount", "killed_phrasing", "numbers_digits", "qualifier"], "2025-11-14",
"""Scores of people are feared dead in Ternopil, where a missile tore through two apartment blocks; 26 deaths have been confirmed so far.""",
[inc("Ternopil", "UA-61", "2025-11-14", "reported", ["missile"], k=26, dmg=["residential"])]),

case("revisions-missing-001", "wire", ["missing_people", "killed_phrasing", "numbers_words", "numbers_digits", "weapons"], "2025-02-01",
"""Nine people were killed in Poltava and 4 remain missing after a missile collapsed an entrance of an apartment block, rescuers said.""",
[inc("Poltava", "UA-53", "2025-02-01", "reported", ["missile"], k=9, m=4, dmg=["residential"])]),

case("revisions-missing-002", "local_news", ["missing_people", "numbers_words", "children_subset"], "2024-01-02",
"""Rescuers in Odesa are searching for two residents, one of them a child, who are unaccounted for since a drone strike collapsed their building.""",
[inc("Odesa", "UA-51", "2024-01-02", "reported", ["drone"], m=2, dmg=["residential"])]),

case("revisions-missing-003", "telegram", ["missing_people", "killed_phrasing", "injured_phrasing", "numbers_digits"], "2025-06-06",
"""Ternopil, as of 10:00: 3 dead, 15 injured, the fate of 6 people is unknown. Search and rescue continues.""",
[inc("Ternopil", "UA-61", "2025-06-06", "reported", ["unknown"], k=3, i=15, m=6)]),

case("revisions-revision-004", "wire", ["revision", "injured_phrasing", "numbers_digits", "claimant"], "2025-09-07",
"""The mayor of Kremenchuk had said 14 people were hurt, but the regional administration later put the number at 21.""",
[inc("Kremenchuk", "UA-53", "2025-09-07", "reported", ["unknown"], i=21)]),

case("revisions-zero-005", "local_news", ["explicit_zero", "numbers_digits", "weapons"], "2024-03-22",
"""Debris from 2 downed missiles fell on a field outside Vasylkiv. There were no casualties and no damage, police said.""",
[inc("Vasylkiv", "UA-32", "2024-03-22", "reported", ["missile"], k=0, i=0)]),

case("revisions-increment-004", "wire", ["increment_total", "revision", "killed_phrasing", "injured_phrasing", "numbers_digits"], "2024-07-08",
"""The death toll in Kryvyi Rih has risen by 2 to 10, while the number of injured was updated to 47.""",
[inc("Kryvyi Rih", "UA-12", "2024-07-08", "reported", ["unknown"], k=10, i=47)]),

case("revisions-vague-004", "telegram", ["vague_amount", "missing_people", "weapons"], "2025-04-13",
"""Several people may still be under the rubble of the house in Sumy destroyed by a missile. Rescuers are working.""",
[inc("Sumy", "UA-59", "2025-04-13", "reported", ["missile"], dmg=["residential"])]),
]
