from lib import *

CASES = [
case("airdef-bulletin-001", "air_force", ["air_defense", "numbers_digits", "overnight", "weapons"], "2025-06-17",
"""On the night of 17 June (from 18:00 on 16 June), the enemy attacked with 440 strike UAVs and decoy drones and 32 missiles of various types. As of 09:00, air defence had shot down or suppressed 428 drones and 30 missiles.""",
[], [ad("2025-06-17", "drone", 440, 428), ad("2025-06-17", "missile", 32, 30)]),

case("airdef-bulletin-002", "wire", ["air_defense", "numbers_digits", "overnight", "claimant"], "2025-07-04",
"""Ukraine's air force said it downed 563 of the 598 drones and 51 of the 70 missiles Russia launched overnight, one of the largest combined attacks of the war.""",
[], [ad("2025-07-04", "drone", 598, 563), ad("2025-07-04", "missile", 70, 51)]),

case("airdef-ew-001", "air_force", ["air_defense", "ew_suppressed", "numbers_digits", "overnight"], "2025-03-07",
"""Overnight the enemy launched 120 Shahed attack drones and drones of other types. 71 were shot down; a further 33 were locationally lost thanks to active counteraction by electronic warfare.""",
[], [ad("2025-03-07", "drone", 120, 104)]),

case("airdef-ew-002", "wire", ["air_defense", "ew_suppressed", "numbers_digits", "claimant", "relative_dates"], "2024-11-17",
"""Of the 87 drones Russia sent over Ukraine on Saturday night, 41 were destroyed by air defence and 36 were suppressed by electronic warfare, the air force said.""",
[], [ad("2024-11-17", "drone", 87, 77)]),

case("airdef-ew-003", "air_force", ["air_defense", "ew_suppressed", "numbers_digits", "overnight"], "2025-10-22",
"""Air defence neutralised 410 of the 465 drones launched overnight: 300 were shot down and 110 were suppressed by EW. Of 28 missiles, 16 were intercepted.""",
[], [ad("2025-10-22", "drone", 465, 410), ad("2025-10-22", "missile", 28, 16)]),

case("airdef-adversary-001", "wire", ["adversary_claim", "air_defense", "numbers_digits", "overnight", "attacker_side", "claimant"], "2025-05-17",
"""Russia's defence ministry said its air defences destroyed 25 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions.""",
[], [ad("2025-05-17", "drone", None, 25, att="UA")]),

case("airdef-adversary-002", "wire", ["adversary_claim", "air_defense", "numbers_words", "numbers_digits", "attacker_side", "relative_dates"], "2024-08-27",
"""Moscow claimed on Tuesday to have shot down three ATACMS missiles and 40 Ukrainian drones over Crimea and the Black Sea.""",
[], [ad("2024-08-27", "missile", None, 3, att="UA"), ad("2024-08-27", "drone", None, 40, att="UA")]),

case("airdef-missiles-001", "air_force", ["air_defense", "numbers_digits", "numbers_words", "weapons", "overnight"], "2024-12-25",
"""During the night the enemy used 2 Iskander-M ballistic missiles, 4 Kh-101 cruise missiles and one Kh-59 guided air missile. Air defence destroyed the four Kh-101 missiles and the Kh-59.""",
[], [ad("2024-12-25", "missile", 7, 5)]),

case("airdef-bulletin-003", "wire", ["air_defense", "relative_dates", "numbers_digits", "claimant"], "2025-06-11",
"""Monday's barrage involved a record 479 drones and 20 missiles, the air force said; 460 targets were neutralised, it added, without a breakdown.""",
[], [ad(wd("2025-06-11", "monday"), "drone", 479, None), ad(wd("2025-06-11", "monday"), "missile", 20, None)]),

case("airdef-bulletin-004", "air_force", ["air_defense", "numbers_digits", "weapons", "relative_dates"], "2025-01-15",
"""Over the past day the Russian army dropped 96 guided aerial bombs on frontline areas and launched 64 strike drones, 40 of which were shot down.""",
[], [ad("2025-01-15", "glide_bomb", 96, None), ad("2025-01-15", "drone", 64, 40)]),

case("airdef-adversary-003", "wire", ["adversary_claim", "air_defense", "numbers_digits", "cross_border", "overnight", "explicit_zero"], "2025-09-07",
"""The Russian defence ministry reported that 121 Ukrainian UAVs were intercepted and destroyed overnight over 11 regions. Overnight, a drone hit a power substation in Klintsy in Bryansk region, cutting electricity to part of the town; there were no casualties, the regional governor said.""",
[inc("Klintsy", "RU-BRY", "2025-09-07", "day", ["drone"], att="UA", k=0, i=0, dmg=["power"])],
[ad("2025-09-07", "drone", None, 121, att="UA")]),

case("airdef-bulletin-005", "air_force", ["air_defense", "numbers_digits", "overnight"], "2024-07-08",
"""The occupiers attacked Ukraine overnight with 38 missiles of different types. Air defence forces destroyed 30 of them. Hits were recorded in five cities.""",
[], [ad("2024-07-08", "missile", 38, 30)]),

case("airdef-ew-004", "wire", ["air_defense", "ew_suppressed", "numbers_digits", "claimant", "overnight"], "2025-02-01",
"""Ukraine's air force said 56 of the 123 drones launched overnight were shot down and another 67 vanished from radar, likely jammed by electronic warfare.""",
[], [ad("2025-02-01", "drone", 123, 123)]),

case("airdef-bulletin-006", "local_news", ["air_defense", "numbers_digits", "overnight", "explicit_zero", "weapons"], "2025-08-28",
"""Russia attacked Ukraine with 95 drones overnight, the air force said, 69 of which were downed. In Rivne, falling debris damaged a school; no one was injured.""",
[inc("Rivne", "UA-56", "2025-08-28", "day", ["drone"], i=0, dmg=["education"])],
[ad("2025-08-28", "drone", 95, 69)]),

case("airdef-adversary-004", "wire", ["adversary_claim", "air_defense", "military_losses", "non_attack_event", "numbers_digits"], "2024-10-15",
"""Russia's defence ministry said it had destroyed 47 Ukrainian drones and claimed Ukraine lost up to 1,450 troops along the front in a day.""",
[], [ad("2024-10-15", "drone", None, 47, att="UA")], [], [ev("military_losses")]),

case("airdef-bulletin-007", "air_force", ["air_defense", "numbers_digits", "ew_suppressed", "weapons", "overnight"], "2025-11-14",
"""On the night of 14 November, the enemy attacked with 3 Kinzhal aeroballistic missiles, 19 Kalibr cruise missiles and 430 drones (about 250 of them Shaheds). 405 drones and 18 missiles were downed or suppressed by EW.""",
[], [ad("2025-11-14", "missile", 22, 18), ad("2025-11-14", "drone", 430, 405)]),

case("airdef-bulletin-008", "wire", ["air_defense", "relative_dates", "numbers_digits", "adversary_claim", "cross_border"], "2025-06-06",
"""Ukraine said its forces intercepted 199 of 407 drones on Friday, while Moscow said it had downed 174 Ukrainian drones over Russian territory the same night.""",
[], [ad("2025-06-06", "drone", 407, 199), ad("2025-06-06", "drone", None, 174, att="UA")]),

case("airdef-ew-005", "air_force", ["air_defense", "ew_suppressed", "numbers_digits", "overnight", "weapons"], "2024-04-04",
"""Overnight, 20 Shahed-131/136 were launched from the Primorsko-Akhtarsk area. Mobile fire groups shot down 12; 6 more were suppressed by electronic warfare. Two drones hit an energy facility.""",
[], [ad("2024-04-04", "drone", 20, 18)]),

case("airdef-bulletin-009", "wire", ["air_defense", "numbers_words", "overnight", "weapons", "qualifier"], "2024-06-20",
"""Russia fired nine missiles and some two dozen drones at Ukraine overnight; all nine missiles were intercepted, the air force said.""",
[], [ad("2024-06-20", "missile", 9, 9), ad("2024-06-20", "drone", 24, None)]),

case("airdef-bulletin-010", "air_force", ["air_defense", "numbers_digits", "relative_dates", "weapons"], "2025-04-24",
"""On 24 April from 01:00, Russia launched 145 drones including Gerbera decoys, as well as 70 missiles including 11 ballistic ones. Downed: 112 drones, 48 missiles.""",
[], [ad("2025-04-24", "drone", 145, 112), ad("2025-04-24", "missile", 70, 48)]),

case("airdef-regional-001", "telegram", ["cross_border", "attacker_side", "numbers_digits", "explicit_zero", "claimant", "overnight"], "2025-10-05",
"""Belgorod region governor: air defence shot down 8 enemy drones over the region overnight. A private house in Shebekino was damaged. There were no casualties.""",
[inc("Shebekino", "RU-BEL", "2025-10-05", "day", ["drone"], att="UA", k=0, i=0, dmg=["residential"])]),
]
