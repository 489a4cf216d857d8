from lib import *

CASES = [
case("casualties-phrasing-001", "wire", ["killed_phrasing", "numbers_words", "weapons", "claimant"], "2025-02-01",
"""Three people perished when a Shahed drone crashed into a residential building in Poltava, according to the State Emergency Service.""",
[inc("Poltava", "UA-53", "2025-02-01", "reported", ["drone"], k=3, dmg=["residential"])]),

case("casualties-phrasing-002", "local_news", ["killed_phrasing", "numbers_words", "weapons"], "2024-12-25",
"""Rescuers recovered the bodies of five people from the ruins of a house in Kryvyi Rih that was destroyed by a Russian Iskander missile.""",
[inc("Kryvyi Rih", "UA-12", "2024-12-25", "reported", ["missile"], k=5, dmg=["residential"])]),

case("casualties-phrasing-003", "wire", ["killed_phrasing", "injured_phrasing", "numbers_digits", "weapons", "claimant"], "2025-04-24",
"""The death toll from the cruise missile strike on Cherkasy stands at 8, with 27 others hurt, regional police said in a statement.""",
[inc("Cherkasy", "UA-71", "2025-04-24", "reported", ["missile"], k=8, i=27)]),

case("casualties-phrasing-004", "telegram", ["injured_phrasing", "numbers_words", "weapons", "relative_dates"], "2024-05-10",
"""This afternoon the occupiers shelled Vovchansk. Four civilians sustained injuries of varying severity and were taken to Kharkiv.""",
[inc("Vovchansk", "UA-63", "2024-05-10", "day", ["artillery"], i=4)]),

case("casualties-phrasing-005", "local_news", ["killed_phrasing", "numbers_words", "weapons"], "2025-06-06",
"""Two employees of a grain terminal in Izmail lost their lives in the drone attack, the company confirmed.""",
[inc("Izmail", "UA-51", "2025-06-06", "reported", ["drone"], k=2, dmg=["port"])]),

case("casualties-phrasing-006", "wire", ["injured_phrasing", "numbers_digits", "qualifier", "weapons", "claimant"], "2025-07-04",
"""About 20 people were treated for shrapnel wounds after cluster munitions from an Iskander missile fell on a park in Sumy, the health department reported.""",
[inc("Sumy", "UA-59", "2025-07-04", "reported", ["missile"], i=20)]),

case("casualties-subset-001", "wire", ["subset_total", "children_subset", "injured_phrasing", "numbers_digits", "weapons"], "2025-03-07",
"""Among the 14 injured were two children, the governor of Dnipropetrovsk region said after a drone struck an apartment block in Dnipro.""",
[inc("Dnipro", "UA-12", "2025-03-07", "reported", ["drone"], i=14, ci=2, dmg=["residential"])]),

case("casualties-subset-002", "local_news", ["subset_total", "children_subset", "killed_phrasing", "numbers_words", "weapons"], "2024-09-04",
"""Seven people, three of them children, were killed when a missile hit a hostel in Poltava.""",
[inc("Poltava", "UA-53", "2024-09-04", "reported", ["missile"], k=7, ck=3, dmg=["residential"])]),

case("casualties-subset-003", "wire", ["subset_total", "injured_phrasing", "killed_phrasing", "numbers_digits", "weapons"], "2025-10-22",
"""A glide bomb attack on Zaporizhzhia left 2 dead and 19 injured, among them 6 medical workers, officials said.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-22", "reported", ["glide_bomb"], k=2, i=19)]),

case("casualties-phrasing-007", "local_news", ["killed_phrasing", "injured_phrasing", "article_one", "weapons", "non_count"], "2024-02-15",
"""A pensioner died of his injuries in hospital on Thursday, two days after Russian artillery hit his home in Chuhuiv, doctors said. His 68-year-old wife remains in serious condition.""",
[inc("Chuhuiv", "UA-63", "2024-02-13", "day", ["artillery"], k=1, i=1, dmg=["residential"])]),

case("casualties-phrasing-008", "wire", ["killed_phrasing", "numbers_digits", "weapons", "claimant"], "2025-08-28",
"""The number of dead in Kyiv climbed to 23, the capital's military administration said as search teams combed through the debris of a residential building hit by a missile.""",
[inc("Kyiv", "UA-30", "2025-08-28", "reported", ["missile"], k=23, dmg=["residential"])]),

case("casualties-phrasing-009", "telegram", ["injured_phrasing", "numbers_digits", "weapons", "overnight"], "2025-09-07",
"""Overnight enemy UAV attack on Bila Tserkva. 3 people were wounded, one is in hospital. Private houses and a warehouse are damaged.""",
[inc("Bila Tserkva", "UA-32", "2025-09-07", "day", ["drone"], i=3, dmg=["residential", "commercial"])]),

case("casualties-phrasing-010", "local_news", ["killed_phrasing", "one_another", "weapons"], "2024-10-15",
"""A tractor driver was killed by a landmine in a field near Balakliia; another farmer was hurt when he ran to help.""",
[inc("Balakliia", "UA-63", "2024-10-15", "reported", ["mine"], att=None, k=1, i=1, dmg=["agricultural"])]),

case("casualties-phrasing-011", "wire", ["injured_phrasing", "numbers_words", "weapons", "claimant"], "2025-05-17",
"""Nine people suffered blast injuries and acute stress reactions after a Kh-101 cruise missile slammed into the outskirts of Khmelnytskyi, the regional military administration said.""",
[inc("Khmelnytskyi", "UA-68", "2025-05-17", "reported", ["missile"], i=9)]),

case("casualties-subset-004", "wire", ["subset_total", "children_subset", "injured_phrasing", "killed_phrasing", "numbers_digits", "weapons"], "2025-04-13",
"""The strike on Sumy killed 35 people, including 2 children, and injured 117, among them 15 children, the State Emergency Service said.""",
[inc("Sumy", "UA-59", "2025-04-13", "reported", ["unknown"], k=35, i=117, ck=2, ci=15)]),

case("casualties-phrasing-012", "local_news", ["killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-06-20",
"""Shelling of Nikopol claimed the life of one man and left two more with injuries, local authorities said.""",
[inc("Nikopol", "UA-12", "2024-06-20", "reported", ["artillery"], k=1, i=2)]),

case("casualties-phrasing-013", "telegram", ["injured_phrasing", "numbers_digits", "weapons", "relative_dates"], "2025-01-15",
"""Update on today's strike in Zaporizhzhia: 13 wounded, 9 of them hospitalised. The KAB hit a tram depot.""",
[inc("Zaporizhzhia", "UA-23", "2025-01-15", "day", ["glide_bomb"], i=13, dmg=["transport"])]),

case("casualties-phrasing-014", "wire", ["killed_phrasing", "numbers_digits", "weapons", "attacker_side"], "2024-01-02",
"""Russian forces pounded Kherson with Uragan rockets, leaving 4 residents dead, the regional prosecutor said.""",
[inc("Kherson", "UA-65", "2024-01-02", "reported", ["mlrs"], k=4)]),

case("casualties-phrasing-015", "local_news", ["injured_phrasing", "numbers_words", "weapons"], "2025-11-14",
"""Eleven passengers were hospitalised after a drone hit a commuter train near Shostka, Ukrainian Railways said.""",
[inc("Shostka", "UA-59", "2025-11-14", "reported", ["drone"], i=11, dmg=["transport"])]),

case("casualties-phrasing-016", "wire", ["killed_phrasing", "numbers_digits", "qualifier", "weapons"], "2025-07-31",
"""Over 30 civilians are confirmed dead after Smerch rockets fell on the centre of Kostiantynivka.""",
[inc("Kostiantynivka", "UA-14", "2025-07-31", "reported", ["mlrs"], k=30)]),

case("casualties-subset-005", "local_news", ["subset_total", "children_subset", "injured_phrasing", "numbers_words", "article_one"], "2025-10-05",
"""Six people were wounded in Kharkiv. A 16-year-old boy is among them, police said.""",
[inc("Kharkiv", "UA-63", "2025-10-05", "reported", ["unknown"], i=6, ci=1)]),

case("casualties-phrasing-017", "wire", ["killed_phrasing", "injured_phrasing", "numbers_words", "weapons", "non_count"], "2024-03-22",
"""A married couple in their seventies died and their grandson was hurt when a mortar shell landed in a garden in Krasnopillia, 10 km from the border.""",
[inc("Krasnopillia", "UA-59", "2024-03-22", "reported", ["artillery"], k=2, i=1)]),

case("casualties-phrasing-018", "telegram", ["injured_phrasing", "killed_phrasing", "numbers_digits", "weapons"], "2025-06-17",
"""Odesa. As a result of the ballistic missile attack: 2 killed, 14 wounded. Port infrastructure and a civilian vessel were damaged.""",
[inc("Odesa", "UA-51", "2025-06-17", "reported", ["missile"], k=2, i=14, dmg=["port"])]),

case("casualties-phrasing-019", "local_news", ["killed_phrasing", "numbers_words", "weapons"], "2024-11-17",
"""Four members of one family, including two boys, were found dead under the rubble of their house in Mykolaiv after a missile strike.""",
[inc("Mykolaiv", "UA-48", "2024-11-17", "reported", ["missile"], k=4, ck=2, dmg=["residential"])]),

case("casualties-phrasing-020", "wire", ["injured_phrasing", "numbers_digits", "weapons", "claimant"], "2025-02-01",
"""Regional governor Ivan Fedorov said 16 people had been injured in Zaporizhzhia after a guided bomb hit an industrial enterprise.""",
[inc("Zaporizhzhia", "UA-23", "2025-02-01", "reported", ["glide_bomb"], i=16, dmg=["industrial"])]),
]
