from lib import *

CASES = [
case("mixed-oldname-001", "wire", ["old_name", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2024-05-10",
"""A Russian drone hit a petrol station in Chernigov, killing one person and injuring two, the regional administration said.""",
[inc("Chernihiv", "UA-74", "2024-05-10", "reported", ["drone"], k=1, i=2, dmg=["commercial"])]),

case("mixed-oldname-002", "wire", ["old_name", "injured_phrasing", "numbers_digits", "weapons", "relative_dates"], "2024-09-19",
"""Russian forces struck Slavyansk with cluster munitions on Thursday, wounding 8 civilians near the city's central market, Ukrainian officials said.""",
[inc("Sloviansk", "UA-14", "2024-09-19", "day", ["unknown"], i=8)]),

case("mixed-oldname-003", "local_news", ["old_name", "killed_phrasing", "article_one", "weapons"], "2025-05-26",
"""A guided bomb destroyed a house in Izyum, killing a woman who lived there alone, local police said.""",
[inc("Izium", "UA-63", "2025-05-26", "reported", ["glide_bomb"], k=1, dmg=["residential"])]),

case("mixed-vague-001", "wire", ["vague_amount", "weapons", "numbers_words"], "2025-07-22",
"""Several dozen residents of Kharkiv sought medical help after a drone attack, a few of them with burns, while two apartment buildings caught fire.""",
[inc("Kharkiv", "UA-63", "2025-07-22", "reported", ["drone"], dmg=["residential"])]),

case("mixed-vague-002", "telegram", ["vague_amount", "killed_phrasing", "weapons", "overnight"], "2024-11-26",
"""Many victims after tonight's missile strike on Dnipro. Preliminary information is being verified; we will publish the figures as soon as they are confirmed.""",
[inc("Dnipro", "UA-12", "2024-11-26", "day", ["missile"])]),

case("mixed-revision-001", "wire", ["revision", "injured_phrasing", "numbers_words", "numbers_digits", "claimant"], "2025-05-05",
"""Police initially said three people had been hurt in the drone strike on Brovary. That figure was later raised to 7, and by evening the regional administration said 11 had been injured.""",
[inc("Brovary", "UA-32", "2025-05-05", "reported", ["drone"], i=11)]),

case("mixed-revision-002", "telegram", ["revision", "killed_phrasing", "numbers_digits"], "2024-06-27",
"""Clarification on the Pokrovsk strike: 2 people were killed, not 3 as we wrote in the morning. One of the victims, whom we considered dead, is alive and is in hospital.""",
[inc("Pokrovsk", "UA-14", "2024-06-27", "reported", ["unknown"], k=2)]),

case("mixed-missing-001", "wire", ["missing_people", "killed_phrasing", "numbers_words", "weapons"], "2025-03-29",
"""Two people were killed and one is still missing, presumed dead, after a missile destroyed a warehouse in Kremenchuk, the emergency service said.""",
[inc("Kremenchuk", "UA-53", "2025-03-29", "reported", ["missile"], k=2, m=1, dmg=["commercial"])]),

case("mixed-cumulative-001", "local_news", ["cumulative", "numbers_digits", "killed_phrasing", "non_count", "children_subset"], "2025-10-10",
"""Since January 2025, Russian attacks have killed 211 civilians in Donetsk region, 9 of them children, the regional prosecutor's office said in its quarterly report.""",
[], [], [], [],
[stat("civilians_killed_cumulative", 211), stat("children_killed_cumulative", 9)]),

case("mixed-past-001", "local_news", ["past_incident", "multi_incident", "relative_dates", "killed_phrasing", "injured_phrasing", "numbers_words", "weapons"], "2025-09-15",
"""A drone hit a minibus in Sumy on Monday morning, injuring four passengers. It was the second attack on the city's transport in a week: last Tuesday, a drone killed two people at a tram stop.""",
[inc("Sumy", "UA-59", "2025-09-15", "day", ["drone"], i=4, dmg=["transport", "vehicles"]),
 inc("Sumy", "UA-59", wd("2025-09-14", "tuesday"), "day", ["drone"], k=2, dmg=["transport"])]),

case("mixed-adversary-001", "wire", ["adversary_claim", "air_defense", "attacker_side", "numbers_words", "numbers_digits", "relative_dates"], "2024-06-20",
"""Russia's defence ministry said on Thursday that its air defence systems had shot down four Storm Shadow cruise missiles and 12 Ukrainian drones over the past day.""",
[], [ad("2024-06-20", "missile", None, 4, att="UA"), ad("2024-06-20", "drone", None, 12, att="UA")]),

case("mixed-adversary-002", "wire", ["adversary_claim", "cross_border", "attacker_side", "air_defense", "killed_phrasing", "numbers_digits", "numbers_words", "overnight", "weapons"], "2025-10-22",
"""Russia's defence ministry said 46 Ukrainian drones were destroyed overnight, 11 of them over the Voronezh region, where a drone hit a house and killed a man, the regional governor said.""",
[inc("Voronezh Oblast", "RU-VOR", "2025-10-22", "day", ["drone"], att="UA", k=1, dmg=["residential"])],
[ad("2025-10-22", "drone", None, 46, att="UA")]),

case("mixed-ew-001", "wire", ["ew_suppressed", "air_defense", "numbers_digits", "overnight", "claimant"], "2025-05-05",
"""Of the 92 Russian drones launched overnight, 54 were destroyed and 31 were jammed, the Ukrainian air force said; the rest hit targets in four regions.""",
[], [ad("2025-05-05", "drone", 92, 85)]),

case("mixed-emoji-001", "telegram", ["killed_phrasing", "injured_phrasing", "children_subset", "numbers_digits", "weapons", "overnight"], "2025-06-25",
"""⚡️Chernihiv. The night attack by Shaheds 😢 
▪️ 1 person killed
▪️ 5 injured, including 2 children
▪️ houses and a school damaged
Rescuers are working at the scene 🙏""",
[inc("Chernihiv", "UA-74", "2025-06-25", "day", ["drone"], k=1, i=5, ci=2, dmg=["residential", "education"])]),

case("mixed-oneanother-001", "local_news", ["one_another", "injured_phrasing", "killed_phrasing", "weapons", "non_count"], "2025-08-05",
"""Two drones struck Nikopol within ten minutes. One hit a bus, injuring the driver; another exploded near a pharmacy, killing a pensioner and wounding a passer-by.""",
[inc("Nikopol", "UA-12", "2025-08-05", "reported", ["drone"], k=1, i=2, hit=2, dmg=["transport", "commercial"])]),

case("mixed-crossborder-001", "wire", ["cross_border", "attacker_side", "injured_phrasing", "numbers_words", "weapons", "relative_dates"], "2024-10-30",
"""Ukrainian shelling on Wednesday wounded three civilians in Grayvoron, a Russian border town, regional governor Vyacheslav Gladkov said; a school and a gas pipeline were damaged.""",
[inc("Grayvoron", "RU-BEL", "2024-10-30", "day", ["artillery"], att="UA", i=3, dmg=["education", "gas"])]),
]
