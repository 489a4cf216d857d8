"""Structures real reports have (recaps, datelines, officials' titles, boilerplate), written in our own words."""
from lib import *

C = "realtext-structures"

CASES = [
# --- recaps of earlier attacks: they give the main incident nothing ---
case(f"{C}-recap-001", "wire", ["past_incident", "killed_phrasing", "weapons", "overnight"], "2025-03-12",
"""A Russian drone struck a five-storey building in Sumy overnight, killing two residents, the regional administration said. Earlier this week, a missile attack on the same region killed nine people.""",
[inc("Sumy", "UA-59", "2025-03-12", "day", ["drone"], k=2, dmg=["residential"])]),

case(f"{C}-recap-002", "wire", ["past_incident", "injured_phrasing", "weapons"], "2025-04-03",
"""Shelling wounded three people in Kherson on Thursday, the city administration reported.
Recall that on Monday a guided bomb attack on the city's port area left seven dead.""",
[inc("Kherson", "UA-65", wd("2025-04-03", "thursday"), "day", ["artillery"], i=3)]),

case(f"{C}-recap-003", "local_news", ["past_incident", "cumulative", "killed_phrasing"], "2025-05-20",
"""An artillery shell hit a bus stop in Nikopol on Tuesday morning, killing a 58-year-old man. Since the start of the month, Russian fire on the Nikopol district has killed 11 civilians and wounded 46.""",
[inc("Nikopol", "UA-12", wd("2025-05-20", "tuesday"), "day", ["artillery"], k=1, dmg=["transport"])],
statistics=[stat("civilians_killed_cumulative", 11), stat("civilians_injured_cumulative", 46)]),

case(f"{C}-recap-004", "wire", ["past_incident", "injured_phrasing", "weapons", "relative_dates"], "2025-06-18",
"""A glide bomb hit an industrial site in Zaporizhzhia on Wednesday, injuring four workers. On Monday, a strike on another city in the south killed six people with a ballistic missile.""",
[inc("Zaporizhzhia", "UA-23", "2025-06-18", "day", ["glide_bomb"], i=4, dmg=["industrial"])]),

case(f"{C}-recap-005", "wire", ["past_incident", "killed_phrasing", "numbers_words"], "2025-02-14",
"""Russian missiles hit Kharkiv on Friday, killing three people, Mayor Ihor Terekhov said. It was the latest in a series of strikes on the city that killed more than 20 people last month.""",
[inc("Kharkiv", "UA-63", "2025-02-14", "day", ["missile"], k=3)]),

case(f"{C}-recap-006", "local_news", ["past_incident", "injured_phrasing", "weapons"], "2025-07-09",
"""In the town of Bilopillia, a Russian FPV drone hit a car on Wednesday, injuring the driver. In recent weeks, similar drone attacks on vehicles in the border communities have wounded dozens of people.""",
[inc("Bilopillia", "UA-59", "2025-07-09", "day", ["drone"], i=1, dmg=["vehicles"])]),

case(f"{C}-recap-007", "wire", ["past_incident", "killed_phrasing", "weapons", "overnight"], "2025-01-21",
"""Overnight drone attacks on Odesa left one person dead, Governor Oleh Kiper said. A week ago, a similar attack on the city's port killed four.""",
[inc("Odesa", "UA-51", "2025-01-21", "day", ["drone"], k=1)]),

case(f"{C}-recap-008", "wire", ["past_incident", "killed_phrasing", "injured_phrasing"], "2025-08-27",
"""A missile struck a hotel in Kramatorsk on Wednesday, wounding 5 people. The attack was the deadliest since a strike on a cafe in the city killed 13 last summer.""",
[inc("Kramatorsk", "UA-14", "2025-08-27", "day", ["missile"], i=5, dmg=["commercial"])]),

case(f"{C}-recap-009", "telegram", ["past_incident", "injured_phrasing", "numbers_digits"], "2025-03-30",
"""Chernihiv. An enemy drone damaged a private house this morning, 2 people were injured. We remind you that last week Russian drones hit the city's heating plant, injuring 11.""",
[inc("Chernihiv", "UA-74", "2025-03-30", "day", ["drone"], i=2, dmg=["residential"])]),

case(f"{C}-recap-010", "wire", ["past_incident", "multi_incident", "killed_phrasing", "weapons"], "2025-09-12",
"""Russian drones struck Kryvyi Rih on Friday, killing one man. Earlier in the week, on Tuesday, a ballistic missile attack on Pavlohrad killed 4 people.""",
[inc("Kryvyi Rih", "UA-12", "2025-09-12", "day", ["drone"], k=1),
 inc("Pavlohrad", "UA-12", wd("2025-09-12", "tuesday"), "day", ["missile"], k=4)]),

case(f"{C}-recap-011", "wire", ["past_incident", "multi_incident", "killed_phrasing", "weapons", "relative_dates"], "2025-10-02",
"""A Russian glide bomb killed two people in Kostiantynivka on Thursday, the regional governor said. On Monday, an artillery strike on Druzhkivka killed three civilians.""",
[inc("Kostiantynivka", "UA-14", "2025-10-02", "day", ["glide_bomb"], k=2),
 inc("Druzhkivka", "UA-14", wd("2025-10-02", "monday"), "day", ["artillery"], k=3)]),

case(f"{C}-recap-012", "local_news", ["past_incident", "injured_phrasing", "numbers_words"], "2025-11-05",
"""Eight people were injured when Russian drones hit a residential area of Poltava on Wednesday. Previously, in a similar attack in October, a drone struck an apartment block in the city and wounded fifteen people.""",
[inc("Poltava", "UA-53", "2025-11-05", "day", ["drone"], i=8, dmg=["residential"])]),

case(f"{C}-recap-013", "wire", ["past_incident", "cumulative", "killed_phrasing"], "2025-04-22",
"""A missile strike on Dnipro on Tuesday killed 2 people and injured 9. So far this year, Russian attacks on the region have killed more than 100 civilians, according to regional officials.""",
[inc("Dnipro", "UA-12", "2025-04-22", "day", ["missile"], k=2, i=9)],
statistics=[stat("civilians_killed_cumulative", 100, "more_than")]),

case(f"{C}-recap-014", "wire", ["past_incident", "killed_phrasing", "weapons"], "2025-05-08",
"""One person was killed in a drone strike on Kherson's Dniprovskyi district on Thursday. Kherson has been under near-daily attack since Ukrainian forces retook it in November 2022.""",
[inc("Kherson", "UA-65", "2025-05-08", "day", ["drone"], k=1, district="Dniprovskyi")]),

case(f"{C}-recap-015", "telegram", ["past_incident", "injured_phrasing", "numbers_words"], "2025-12-03",
"""Zhytomyr region: at night a Shahed hit an enterprise in Berdychiv, one worker was injured. Let us recall that a month ago a missile hit the same district and there were no casualties.""",
[inc("Berdychiv", "UA-18", "2025-12-03", "day", ["drone"], i=1, dmg=["industrial"])]),

case(f"{C}-recap-016", "wire", ["past_incident", "injured_phrasing", "weapons"], "2025-06-26",
"""Three people were wounded in Mykolaiv when a drone hit a market on Thursday. Elsewhere in the country, a missile strike killed two and wounded 12 overnight, officials said without naming the city.""",
[inc("Mykolaiv", "UA-48", "2025-06-26", "day", ["drone"], i=3, dmg=["commercial"])]),

case(f"{C}-recap-017", "wire", ["past_incident", "killed_phrasing", "numbers_digits"], "2025-07-17",
"""A Russian strike killed 4 people in Kupiansk on Thursday, the regional governor said. The town, about 120 km east of Kharkiv, was occupied for seven months in 2022 and has been shelled almost every day since.""",
[inc("Kupiansk", "UA-63", "2025-07-17", "day", ["unknown"], k=4)]),

case(f"{C}-recap-018", "local_news", ["past_incident", "killed_phrasing", "injured_phrasing"], "2025-03-06",
"""A woman was killed and her husband wounded when shelling hit their house in Beryslav on Thursday. Two days ago, a drone attack on the town injured a paramedic.""",
[inc("Beryslav", "UA-65", "2025-03-06", "day", ["artillery"], k=1, i=1, dmg=["residential"])]),

# --- datelines ---
case(f"{C}-dateline-001", "wire", ["claimant", "injured_phrasing", "weapons"], "2025-04-15",
"""KYIV (Reuters) - Russian drones hit an apartment block in the city of Kharkiv on Tuesday, wounding nine people, the regional governor said.""",
[inc("Kharkiv", "UA-63", "2025-04-15", "day", ["drone"], i=9, dmg=["residential"])]),

case(f"{C}-dateline-002", "wire", ["killed_phrasing", "weapons"], "2025-05-27",
"""ODESA, Ukraine — A Russian missile killed three people at a port in Izmail on Tuesday, officials said.""",
[inc("Izmail", "UA-51", "2025-05-27", "day", ["missile"], k=3, dmg=["port"])]),

case(f"{C}-dateline-003", "wire", ["injured_phrasing", "weapons", "overnight"], "2025-02-10",
"""LVIV, Feb 10 (AP) — A drone attack overnight on the city of Rivne injured two people and damaged an energy facility, the regional governor said.""",
[inc("Rivne", "UA-56", "2025-02-10", "day", ["drone"], i=2, dmg=["power"])]),

case(f"{C}-dateline-004", "wire", ["killed_phrasing", "weapons", "relative_dates"], "2025-08-19",
"""DNIPRO, Ukraine (AP) — Russian glide bombs killed two civilians in Kramatorsk on Tuesday, the head of the Donetsk regional administration said.""",
[inc("Kramatorsk", "UA-14", "2025-08-19", "day", ["glide_bomb"], k=2)]),

case(f"{C}-dateline-005", "wire", ["injured_phrasing", "weapons"], "2025-10-14",
"""KYIV, Oct 14 (Reuters) - Five people were injured in a drone strike on Chernihiv on Tuesday, the city's acting mayor said. Air defences were active over Kyiv as well, but no damage was reported in the capital.""",
[inc("Chernihiv", "UA-74", "2025-10-14", "day", ["drone"], i=5)]),

case(f"{C}-dateline-006", "wire", ["killed_phrasing", "injured_phrasing", "weapons"], "2025-11-21",
"""ZAPORIZHZHIA (Ukrinform) — Russian artillery shelled the town of Orikhiv on Friday, killing one resident and wounding two, the regional military administration said.""",
[inc("Orikhiv", "UA-23", "2025-11-21", "day", ["artillery"], k=1, i=2)]),

case(f"{C}-dateline-007", "wire", ["injured_phrasing", "weapons", "children_subset"], "2025-06-03",
"""KHARKIV, Ukraine — A drone hit a playground in Chuhuiv on Tuesday evening, injuring four people, including two children, local officials said.""",
[inc("Chuhuiv", "UA-63", "2025-06-03", "day", ["drone"], i=4, ci=2)]),

case(f"{C}-dateline-008", "wire", ["killed_phrasing", "weapons", "overnight"], "2025-09-29",
"""KYIV (Reuters) — A Russian missile and drone attack on Kyiv overnight killed four people, including a 12-year-old girl, Mayor Vitali Klitschko said.""",
[inc("Kyiv", "UA-30", "2025-09-29", "day", ["missile", "drone"], k=4, ck=1)]),

# --- officials' titles naming other places ---
case(f"{C}-title-001", "wire", ["claimant", "killed_phrasing", "weapons"], "2025-03-18",
"""A drone attack on Kherson killed a man on Tuesday, said Oleksandr Prokudin, head of the Kherson regional administration, who had earlier served as an official in Mykolaiv.""",
[inc("Kherson", "UA-65", "2025-03-18", "day", ["drone"], k=1)]),

case(f"{C}-title-002", "wire", ["claimant", "injured_phrasing", "weapons"], "2025-04-29",
"""Serhiy Lysak, head of the Dnipropetrovsk regional military administration, said Russian artillery wounded three people in Marhanets on Tuesday.""",
[inc("Marhanets", "UA-12", "2025-04-29", "day", ["artillery"], i=3)]),

case(f"{C}-title-003", "local_news", ["claimant", "killed_phrasing", "injured_phrasing"], "2025-05-13",
"""According to the governor of Sumy region, a Russian strike on Shostka on Tuesday killed one person and injured 3.""",
[inc("Shostka", "UA-59", "2025-05-13", "day", ["unknown"], k=1, i=3)]),

case(f"{C}-title-004", "wire", ["claimant", "injured_phrasing", "weapons"], "2025-07-22",
"""The Kharkiv regional prosecutor's office said a glide bomb wounded two women in Zolochiv on Tuesday.""",
[inc("Zolochiv", "UA-63", "2025-07-22", "day", ["glide_bomb"], i=2)]),

case(f"{C}-title-005", "wire", ["claimant", "killed_phrasing", "weapons"], "2025-08-05",
"""Vadym Filashkin, the governor of Donetsk region, said a Russian drone killed a civilian in Dobropillia on Tuesday.""",
[inc("Dobropillia", "UA-14", "2025-08-05", "day", ["drone"], k=1)]),

case(f"{C}-title-006", "wire", ["claimant", "injured_phrasing", "weapons", "overnight"], "2025-09-16",
"""Ivan Fedorov, head of the Zaporizhzhia regional administration, said drones overnight hit Vilniansk, injuring five residents and damaging houses.""",
[inc("Vilniansk", "UA-23", "2025-09-16", "day", ["drone"], i=5, dmg=["residential"])]),

case(f"{C}-title-007", "telegram", ["claimant", "killed_phrasing", "numbers_words"], "2025-10-21",
"""Kharkiv Mayor Ihor Terekhov reported that a Russian guided bomb hit the city on Tuesday afternoon. One person was killed and six were wounded.""",
[inc("Kharkiv", "UA-63", "2025-10-21", "day", ["glide_bomb"], k=1, i=6)]),

case(f"{C}-title-008", "wire", ["claimant", "injured_phrasing", "weapons", "oblast_place"], "2025-11-11",
"""Russian shelling wounded two people in Kherson region on Tuesday, according to the head of the regional administration, who spoke in Kyiv.""",
[inc("Kherson Oblast", "UA-65", "2025-11-11", "day", ["artillery"], i=2)]),

# --- boilerplate lines ---
case(f"{C}-boiler-001", "local_news", ["injured_phrasing", "weapons"], "2025-03-25",
"""A drone hit a shop in Okhtyrka on Tuesday, injuring two saleswomen.
Read also: Missile strike on Lviv killed seven people in September""",
[inc("Okhtyrka", "UA-59", "2025-03-25", "day", ["drone"], i=2, dmg=["commercial"])]),

case(f"{C}-boiler-002", "local_news", ["killed_phrasing", "weapons"], "2025-06-10",
"""Russian artillery killed a 70-year-old man in Kherson on Tuesday, the city administration said.
Read more: Eleven people wounded in Odesa drone attack""",
[inc("Kherson", "UA-65", "2025-06-10", "day", ["artillery"], k=1)]),

case(f"{C}-boiler-003", "local_news", ["injured_phrasing", "weapons"], "2025-07-01",
"""A glide bomb hit a warehouse in Kupiansk on Tuesday; one worker was injured.
Related: Drone attack on Kyiv leaves three dead
Subscribe to our Telegram channel for the latest news from Kharkiv region.""",
[inc("Kupiansk", "UA-63", "2025-07-01", "day", ["glide_bomb"], i=1, dmg=["industrial"])]),

case(f"{C}-boiler-004", "wire", ["killed_phrasing", "weapons"], "2025-08-12",
"""A missile strike on Kryvyi Rih killed two people on Tuesday, the regional governor said.
Reporting by Anna Kovalenko; Editing by Mark Porter""",
[inc("Kryvyi Rih", "UA-12", "2025-08-12", "day", ["missile"], k=2)]),

case(f"{C}-boiler-005", "local_news", ["injured_phrasing", "weapons"], "2025-09-02",
"""Three residents of Nizhyn were injured when Russian drones attacked the town on Tuesday night.
See also: Two killed in Sumy region as drones hit a bus""",
[inc("Nizhyn", "UA-74", "2025-09-02", "day", ["drone"], i=3)]),

# --- another incident of the same report ---
case(f"{C}-other-001", "wire", ["multi_incident", "killed_phrasing", "injured_phrasing", "weapons"], "2025-04-08",
"""A ballistic missile hit Kryvyi Rih on Tuesday, killing three people. In a separate attack, drones wounded two people in Nikopol, the regional governor said.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-08", "day", ["missile"], k=3),
 inc("Nikopol", "UA-12", "2025-04-08", "day", ["drone"], i=2)]),

case(f"{C}-other-002", "wire", ["multi_incident", "killed_phrasing", "weapons"], "2025-05-06",
"""Russian strikes killed four people in Ukraine on Tuesday. In Kharkiv, a glide bomb killed one man; in Kherson, artillery fire killed three residents, officials said.""",
[inc("Kharkiv", "UA-63", "2025-05-06", "day", ["glide_bomb"], k=1),
 inc("Kherson", "UA-65", "2025-05-06", "day", ["artillery"], k=3)]),

case(f"{C}-other-003", "wire", ["multi_incident", "injured_phrasing", "weapons", "overnight"], "2025-06-24",
"""Drones hit Odesa overnight, wounding two port workers. Meanwhile, in Mykolaiv, a missile damaged an agricultural enterprise; no one was hurt there.""",
[inc("Odesa", "UA-51", "2025-06-24", "day", ["drone"], i=2),
 inc("Mykolaiv", "UA-48", "2025-06-24", "day", ["missile"], i=0, dmg=["agricultural", "industrial"])]),
]
