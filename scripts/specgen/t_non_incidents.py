from lib import *

CASES = [
case("nonincident-cumulative-001", "wire", ["cumulative", "claimant", "numbers_digits", "qualifier"], "2025-06-17",
"""The UN human rights monitoring mission in Ukraine says it has verified more than 13,300 civilian deaths since February 2022, including 700 children.""",
[], [], [], [],
[stat("civilians_killed_cumulative", 13300, "more_than"), stat("children_killed_cumulative", 700)]),

case("nonincident-cumulative-002", "local_news", ["cumulative", "numbers_digits", "qualifier", "non_count"], "2024-12-25",
"""Since the start of the full-scale invasion, at least 1,107 civilians have been killed in Kharkiv region, and 3,211 have been wounded, the regional prosecutor's office said.""",
[], [], [], [],
[stat("civilians_killed_cumulative", 1107, "at_least"), stat("civilians_injured_cumulative", 3211)]),

case("nonincident-cumulative-003", "wire", ["cumulative", "children_subset", "numbers_digits", "qualifier", "claimant"], "2025-04-24",
"""According to the Prosecutor General's Office, about 620 children have been killed and over 1,800 injured in Ukraine since 2022.""",
[], [], [], [],
[stat("children_killed_cumulative", 620, "about"), stat("children_injured_cumulative", 1800, "more_than")]),

case("nonincident-losses-001", "wire", ["military_losses", "non_attack_event", "numbers_digits"], "2025-03-07",
"""Ukraine's general staff said Russia had lost 1,270 troops over the past day, along with 12 tanks and 38 artillery systems.""",
[], [], [], [ev("military_losses")]),

case("nonincident-losses-002", "wire", ["military_losses", "non_attack_event", "numbers_words", "cross_border"], "2024-08-27",
"""A Ukrainian drone strike on a Russian airbase in Kursk region destroyed two fighter jets, Ukrainian military intelligence said.""",
[], [], [], [ev("military_losses")]),

case("nonincident-exchange-001", "wire", ["non_attack_event", "numbers_digits", "statements"], "2025-05-17",
"""Ukraine and Russia each released 390 prisoners on Friday in the first stage of an exchange agreed at talks in Istanbul. "They are home," President Volodymyr Zelensky wrote.""",
[], [], [st("Volodymyr Zelensky", "president")], [ev("prisoner_exchange"), ev("talks")]),

case("nonincident-exchange-002", "telegram", ["non_attack_event", "numbers_digits", "non_count"], "2024-12-25",
"""150 of our defenders are home. Some of them spent more than 2 years in captivity. The exchange was mediated by the United Arab Emirates.""",
[], [], [], [ev("prisoner_exchange")]),

case("nonincident-talks-001", "wire", ["non_attack_event", "statements", "non_count"], "2025-06-06",
"""Delegations from Kyiv and Moscow met for a second round of talks lasting just over an hour. "There is no progress on a ceasefire," a Ukrainian negotiator said.""",
[], [], [st(None, "negotiator")], [ev("talks")]),

case("nonincident-evacuation-001", "local_news", ["non_attack_event", "numbers_digits", "oblast_place"], "2024-05-10",
"""Authorities in Kharkiv region ordered the evacuation of 2,700 residents from villages near Vovchansk as Russian forces advanced.""",
[], [], [], [ev("evacuation")]),

case("nonincident-evacuation-002", "telegram", ["non_attack_event", "numbers_digits", "children_subset"], "2025-08-28",
"""Mandatory evacuation of families with children continues in 14 settlements of the Druzhkivka community. 312 children have already been taken to safety.""",
[], [], [], [ev("evacuation")]),

case("nonincident-ceasefire-001", "wire", ["non_attack_event", "relative_dates", "statements"], "2025-04-24",
"""Russia announced a three-day Easter ceasefire that Kyiv dismissed as theatre. "Shelling did not stop for a single hour," the Ukrainian foreign ministry said.""",
[], [], [st(None, "foreign ministry")], [ev("ceasefire")]),

case("nonincident-weekly-001", "telegram", ["air_defense", "numbers_digits", "non_count"], "2025-10-05",
"""This week alone, Russia launched more than 1,300 attack drones, almost 1,200 guided aerial bombs and over 50 missiles of various types against our cities.""",
[]),

case("nonincident-frontline-001", "wire", ["military_losses", "non_attack_event", "numbers_digits"], "2024-10-15",
"""Ukrainian troops repelled 26 Russian assaults near Pokrovsk over the past day, the general staff said. Russian forces lost about 100 soldiers in the area.""",
[], [], [], [ev("military_losses")]),

case("nonincident-cumulative-004", "wire", ["cumulative", "numbers_words", "qualifier", "killed_phrasing"], "2025-01-15",
"""More than twelve thousand civilians have died in the war so far, according to the United Nations.""",
[], [], [], [],
[stat("civilians_killed_cumulative", 12000, "more_than")]),

case("nonincident-mixed-001", "wire", ["cumulative", "killed_phrasing", "numbers_digits", "weapons", "relative_dates"], "2024-09-04",
"""A missile strike on Poltava on Tuesday killed 51 people. Since 2022, Russian strikes have killed 627 civilians in the region, officials said.""",
[inc("Poltava", "UA-53", wd("2024-09-04", "tuesday"), "day", ["missile"], k=51)], [], [], [],
[stat("civilians_killed_cumulative", 627)]),

case("nonincident-energy-001", "wire", ["non_count", "numbers_digits"], "2025-02-01",
"""Ukraine's grid operator said 40% of the generation capacity had been lost since the start of the year; 1,200 settlements in 6 regions were without power.""",
[]),
]
