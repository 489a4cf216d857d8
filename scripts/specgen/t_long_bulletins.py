from lib import *

CASES = [
case("long-bulletin-001", "air_force", ["air_defense", "ew_suppressed", "overnight", "non_count", "weapons", "numbers_digits"], "2025-05-26",
"""On the night of 26 May (from 18:00 on 25 May), the enemy attacked with 9 Kh-101 cruise missiles and 355 Shahed strike UAVs and decoy drones of various types.

Launch areas: Kursk, Oryol, Millerovo, Primorsko-Akhtarsk (Russian Federation); the missiles were fired by Tu-95MS strategic bombers from the Saratov region.

The main direction of the strike was Khmelnytskyi, Ternopil, Mykolaiv and Kyiv regions.

The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units and mobile fire groups.

As of 08:30, the destruction or suppression of 6 Kh-101 missiles and 288 enemy UAVs has been confirmed: 233 were shot down and 55 were locationally lost as a result of EW.

Hits by 3 cruise missiles and 45 drones were recorded in 12 locations. Monitoring continues.""",
[], [ad("2025-05-26", "missile", 9, 6), ad("2025-05-26", "drone", 355, 288)]),

case("long-bulletin-002", "air_force", ["air_defense", "ew_suppressed", "overnight", "weapons", "numbers_digits"], "2024-11-17",
"""On 17 November, from 18:00 on 16 November, the enemy launched a combined strike with 210 means of air attack: 120 missiles and 90 drones.

Missiles: 8 Kh-22 cruise missiles, 6 Iskander-M/KN-23 ballistic missiles, 2 Kinzhal aeroballistic missiles, 84 Kh-101/Kalibr cruise missiles and 20 Kh-59/69 guided air missiles.

Destroyed: 104 missiles (81 Kh-101/Kalibr, 1 Kh-22, 2 Kinzhal, 20 Kh-59/69).

Drones: 42 shot down; 41 locationally lost as a result of active EW counteraction; 1 left Ukrainian airspace towards Belarus.

The strike targeted energy infrastructure across the country. Kalibr missiles were launched from ships of the Black Sea Fleet.""",
[], [ad("2024-11-17", "missile", 120, 104), ad("2024-11-17", "drone", 90, 83)]),

case("long-bulletin-003", "air_force", ["air_defense", "military_losses", "non_attack_event", "relative_dates", "weapons", "numbers_digits", "non_count"], "2025-10-05",
"""Operational update as of 08:00 on 5 October.

On 4 October, Russian forces carried out 6 missile strikes using 9 missiles and 62 air strikes, dropping 113 guided aerial bombs. In addition, they used 1,900 kamikaze drones and carried out 3,100 attacks on the positions of Ukrainian troops and on settlements.

A total of 171 combat engagements took place along the front line over the past day. The enemy was most active in the Pokrovsk direction, where 52 assaults were repelled.

Russian losses over the past day amounted to 960 personnel, 2 tanks, 27 artillery systems and 114 operational-tactical UAVs.""",
[], [ad("2025-10-04", "missile", 9, None), ad("2025-10-04", "glide_bomb", 113, None), ad("2025-10-04", "drone", 1900, None)],
[], [ev("military_losses")]),

case("long-bulletin-004", "air_force", ["air_defense", "explicit_zero", "overnight", "relative_dates", "weapons", "numbers_digits", "qualifier"], "2025-08-19",
"""During the night of 19 August, the enemy attacked with 1 Iskander-M ballistic missile launched from the Kursk region and 58 strike UAVs of the Shahed, Gerbera and other types (about 35 of them Shaheds).

As of 09:00, 30 drones were shot down or suppressed in the north and east of the country. The ballistic missile was not intercepted.

Hits by 23 UAVs were recorded in 9 locations; debris fell in 2 locations.

In addition, over the past day the enemy dropped 42 guided aerial bombs on frontline areas of Sumy and Donetsk regions.""",
[], [ad("2025-08-19", "missile", 1, 0), ad("2025-08-19", "drone", 58, 30), ad("2025-08-19", "glide_bomb", 42, None)]),

case("long-bulletin-005", "air_force", ["air_defense", "overnight", "weapons", "numbers_digits", "non_count"], "2024-05-31",
"""On the night of 31 May, the Russian occupiers launched another massive combined attack on Ukraine's energy infrastructure, using 53 missiles and 47 Shahed drones in total.

The missiles included Kh-101 and Kh-555 air-launched cruise missiles fired from 11 Tu-95MS bombers over the Caspian Sea, Kalibr cruise missiles from the Black Sea, and Kinzhal and Iskander-M ballistic missiles.

As a result of combat work, 35 missiles and 46 attack drones were destroyed. The Kinzhal and Iskander-M missiles could not be intercepted.

Energy facilities in five regions were hit; details will be provided by regional administrations.""",
[], [ad("2024-05-31", "missile", 53, 35), ad("2024-05-31", "drone", 47, 46)]),

case("long-bulletin-006", "air_force", ["air_defense", "ew_suppressed", "overnight", "weapons", "numbers_digits"], "2025-09-07",
"""On the night of 7 September (from 18:00 on 6 September), the enemy attacked with 823 air attack means: 810 strike UAVs and decoy drones and 13 missiles (9 Iskander-M ballistic missiles and 4 Iskander-K cruise missiles).

As of 09:00, air defence shot down or suppressed 747 UAVs and 4 Iskander-K missiles.

Hits by 9 missiles and 54 attack UAVs were recorded in 37 locations, and falling debris in 8 locations.

The attack is ongoing: several enemy UAVs remain in the airspace. Do not ignore air raid alerts!""",
[], [ad("2025-09-07", "drone", 810, 747), ad("2025-09-07", "missile", 13, 4)]),

case("long-bulletin-007", "air_force", ["air_defense", "ew_suppressed", "overnight", "weapons", "numbers_digits", "numbers_words"], "2025-01-15",
"""On the night of 15 January (from 18:00 on 14 January), the enemy attacked with 43 missiles of various types (Kh-101, Kalibr, Kh-59/69, Iskander-M and KN-23, including two Kh-22 that were fired at Kharkiv region and could not be intercepted) and 74 strike UAVs and decoys.

Confirmed: 30 missiles shot down; 47 UAVs shot down, and 27 decoy drones were locationally lost without negative consequences.

The enemy's main target was gas production and energy facilities in Lviv, Ivano-Frankivsk, Kharkiv and Poltava regions.""",
[], [ad("2025-01-15", "missile", 43, 30), ad("2025-01-15", "drone", 74, 74)]),

case("long-bulletin-008", "air_force", ["air_defense", "ew_suppressed", "relative_dates", "overnight", "weapons", "numbers_digits"], "2025-07-22",
"""Results for the night of 21 July: the enemy attacked with 426 UAVs and 24 missiles of various types. Neutralised: 200 UAVs were shot down and 183 were lost in location thanks to electronic warfare; 17 missiles were destroyed.

Tonight, 22 July, the enemy launched another 37 Shahed-type drones from the Bryansk and Kursk directions. As of 08:00, 30 of them have been shot down in the north of the country.

Hits by 7 drones were recorded in 3 locations.""",
[], [ad("2025-07-21", "drone", 426, 383), ad("2025-07-21", "missile", 24, 17), ad("2025-07-22", "drone", 37, 30)]),

case("long-bulletin-009", "air_force", ["adversary_claim", "air_defense", "attacker_side", "cross_border", "overnight", "weapons", "numbers_digits", "military_losses", "non_attack_event"], "2025-06-25",
"""Over the past night, on-duty air defence systems intercepted and destroyed 105 Ukrainian fixed-wing unmanned aerial vehicles: 45 over the Bryansk region, 30 over the Kursk region, 20 over the Belgorod region and 10 over the Moscow region.

In addition, air defence shot down 4 guided aerial bombs and 2 HIMARS rockets during the day.

Over the past 24 hours, the Ukrainian armed forces lost up to 1,150 servicemen, 3 tanks and 11 field artillery guns, the Russian defence ministry said.""",
[], [ad("2025-06-25", "drone", None, 105, att="UA"), ad("2025-06-25", "glide_bomb", None, 4, att="UA"), ad("2025-06-25", "mlrs", None, 2, att="UA")],
[], [ev("military_losses")]),
]
