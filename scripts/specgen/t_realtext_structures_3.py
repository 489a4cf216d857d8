"""Tallies (restated, "all but one", "four of nine", the air force on Russian launches, local
strike counts), the other side's claims and region-wide round-ups: structures real reports have,
written in our own words."""
from lib import *

C = "realtext-tallies"

CASES = [
# --- Ukraine's Air Force on Russian launches: attacker RU ---
case(f"{C}-airforce-001", "air_force", ["air_defense", "attacker_side", "overnight"], "2025-03-09",
"""Ukraine's Air Force said Russia launched 112 drones at the country overnight and that 87 of them were shot down or jammed.""",
air=[ad("2025-03-09", "drone", 112, 87)]),

case(f"{C}-airforce-002", "wire", ["air_defense", "attacker_side", "overnight"], "2025-04-13",
"""Russia attacked Ukraine overnight with 6 ballistic missiles and 140 drones, Ukraine's air force said, adding that air defences downed 2 missiles and 98 drones.""",
air=[ad("2025-04-13", "missile", 6, 2), ad("2025-04-13", "drone", 140, 98)]),

case(f"{C}-airforce-003", "air_force", ["air_defense", "attacker_side", "overnight"], "2025-05-11",
"""During the night the enemy attacked with 9 Iskander-M ballistic missiles. Air defence downed four of nine missiles, the Air Force reported.""",
air=[ad("2025-05-11", "missile", 9, 4)]),

case(f"{C}-airforce-004", "wire", ["air_defense", "attacker_side", "overnight"], "2025-06-15",
"""Russia fired eight cruise missiles at western Ukraine overnight; all but one were intercepted, the Ukrainian air force said.""",
air=[ad("2025-06-15", "missile", 8, 7)]),

case(f"{C}-airforce-005", "wire", ["air_defense", "attacker_side", "overnight", "killed_phrasing"], "2025-07-06",
"""Russian drones killed two people in Kharkiv overnight, the mayor said. Ukraine's air force said Russia had launched 54 drones and decoys, of which 41 were shot down.""",
[inc("Kharkiv", "UA-63", "2025-07-06", "day", ["drone"], k=2)],
air=[ad("2025-07-06", "drone", 54, 41)]),

# --- a tally restated later in the report counts once ---
case(f"{C}-restated-001", "wire", ["air_defense", "overnight"], "2025-08-03",
"""Ukrainian air defences shot down 60 of 73 drones launched by Russia overnight, the air force said.
The attack hit energy facilities in three regions. According to the air force, 60 drones were downed and 13 hit their targets or were lost to jamming.""",
air=[ad("2025-08-03", "drone", 73, 60)]),

case(f"{C}-restated-002", "air_force", ["air_defense", "overnight"], "2025-09-07",
"""On the night of 7 September, the enemy launched 250 attack UAVs of the Shahed type and decoys. As of 09:00, air defence has neutralised 221 enemy drones. In total, 221 drones were shot down or suppressed.""",
air=[ad("2025-09-07", "drone", 250, 221)]),

case(f"{C}-restated-003", "wire", ["air_defense", "overnight", "injured_phrasing"], "2025-10-05",
"""Russia launched 95 drones at Ukraine overnight, the air force said, and 72 were brought down. Two people were injured in Odesa. Of the 95 drones, 72 were downed, the statement added.""",
[inc("Odesa", "UA-51", "2025-10-05", "day", ["drone"], i=2)],
air=[ad("2025-10-05", "drone", 95, 72)]),

# --- local strike counts are not launches ---
case(f"{C}-local-001", "telegram", ["attacker_side", "numbers_digits", "killed_phrasing", "oblast_place"], "2025-11-09",
"""Over the past day, Russian troops carried out 412 strikes on 14 settlements of Zaporizhzhia region. One person was killed.""",
[inc("Zaporizhzhia Oblast", "UA-23", "2025-11-09", "day", ["unknown"], k=1)]),

case(f"{C}-local-002", "telegram", ["weapons", "injured_phrasing", "oblast_place"], "2025-12-07",
"""The enemy shelled Nikopol 23 times over the day with artillery and drones. A 45-year-old man was wounded in the city.""",
[inc("Nikopol", "UA-12", "2025-12-07", "day", ["artillery", "drone"], i=1)]),

case(f"{C}-local-003", "local_news", ["weapons", "injured_phrasing"], "2025-02-18",
"""Russian forces dropped 17 guided bombs on the Kupiansk area on Tuesday, the regional governor said; two residents of Kupiansk were injured.""",
[inc("Kupiansk", "UA-63", "2025-02-18", "day", ["glide_bomb"], i=2)]),

case(f"{C}-local-004", "telegram", ["weapons", "numbers_digits", "explicit_zero"], "2025-03-23",
"""Sumy region: the enemy made 96 attacks on border communities over the past day, using mortars, FPV drones and guided bombs. No casualties.""",
[inc("Sumy Oblast", "UA-59", "2025-03-23", "day", ["artillery", "drone", "glide_bomb"], k=0, i=0)]),

# --- the other side's claims: adversary tallies, never civilian incidents ---
case(f"{C}-mod-001", "wire", ["adversary_claim", "air_defense", "overnight"], "2025-04-06",
"""Russia's defence ministry said on Sunday its forces had destroyed 41 Ukrainian unmanned aerial vehicles overnight over the Bryansk, Kursk and Belgorod regions.""",
air=[ad("2025-04-06", "drone", None, 41, att="UA")]),

case(f"{C}-mod-002", "wire", ["adversary_claim", "air_defense", "killed_phrasing", "multi_incident"], "2025-05-18",
"""A Russian drone killed one person in Sumy on Sunday, Ukrainian officials said. Separately, the Russian defence ministry claimed its air defences had intercepted 27 Ukrainian drones.""",
[inc("Sumy", "UA-59", "2025-05-18", "day", ["drone"], k=1)],
air=[ad("2025-05-18", "drone", None, 27, att="UA")]),

case(f"{C}-mod-003", "wire", ["adversary_claim", "air_defense", "overnight"], "2025-06-22",
"""Moscow said it downed 18 Ukrainian unmanned aerial vehicles overnight, eight of them over the Moscow region. There was no information on damage or casualties.""",
air=[ad("2025-06-22", "drone", None, 18, att="UA")]),

case(f"{C}-mod-004", "wire", ["adversary_claim", "air_defense", "cross_border", "injured_phrasing"], "2025-07-27",
"""The governor of Russia's Belgorod region said a Ukrainian drone injured two people in the town of Shebekino on Sunday. Russia's defence ministry said air defence systems destroyed 35 Ukrainian drones across several regions.""",
[inc("Shebekino", "RU-BEL", "2025-07-27", "day", ["drone"], att="UA", i=2)],
air=[ad("2025-07-27", "drone", None, 35, att="UA")]),

case(f"{C}-mod-005", "wire", ["adversary_claim", "air_defense", "military_losses"], "2025-08-31",
"""The Russian Defence Ministry claimed to have shot down four Neptune missiles and 52 Ukrainian UAVs, and said Ukraine had lost up to 1,300 troops in the past day.""",
air=[ad("2025-08-31", "missile", None, 4, att="UA"), ad("2025-08-31", "drone", None, 52, att="UA")],
events=[ev("military_losses")]),

# --- region-wide round-ups ---
case(f"{C}-roundup-001", "local_news", ["oblast_place", "killed_phrasing", "injured_phrasing", "weapons"], "2025-09-14",
"""A drone hit a minibus in Kherson on Sunday morning, injuring three passengers. Over the past day, Russian attacks across the region killed one person and wounded 14, the regional administration said.""",
[inc("Kherson", "UA-65", "2025-09-14", "day", ["drone"], i=3, dmg=["transport", "vehicles"])]),

case(f"{C}-roundup-002", "telegram", ["oblast_place", "injured_phrasing", "weapons"], "2025-10-19",
"""Kharkiv region. In Kupiansk, an FPV drone wounded a 60-year-old man. In total, four people were injured across the region over the past day.""",
[inc("Kupiansk", "UA-63", "2025-10-19", "day", ["drone"], i=1)]),

case(f"{C}-roundup-003", "wire", ["oblast_place", "killed_phrasing", "weapons"], "2025-11-16",
"""Russian shelling killed a woman in Nikopol on Sunday. Throughout the region, attacks with artillery and drones killed two people and damaged 15 houses over the day, the governor said.""",
[inc("Nikopol", "UA-12", "2025-11-16", "day", ["artillery"], k=1)]),

case(f"{C}-roundup-004", "telegram", ["oblast_place", "injured_phrasing", "weapons", "multi_incident"], "2025-12-14",
"""Zaporizhzhia region over the past day: the enemy attacked 11 settlements. In Orikhiv, a drone wounded a man; in Stepnohirsk, shelling wounded two women.""",
[inc("Orikhiv", "UA-23", "2025-12-14", "day", ["drone"], i=1),
 inc("Stepnohirsk", "UA-23", "2025-12-14", "day", ["artillery"], i=2)]),

# --- attacker side and 'unmanned aerial vehicles' ---
case(f"{C}-uav-001", "wire", ["weapons", "injured_phrasing", "attacker_side"], "2025-02-23",
"""Unmanned aerial vehicles attacked Chernihiv on Sunday, injuring one woman; a car and a shop were damaged, local officials said.""",
[inc("Chernihiv", "UA-74", "2025-02-23", "day", ["drone"], i=1, dmg=["vehicles", "commercial"])]),

case(f"{C}-uav-002", "wire", ["weapons", "explicit_zero", "attacker_side", "cross_border"], "2025-03-16",
"""Ukrainian unmanned aerial vehicles attacked an oil depot in Russia's Bryansk region on Sunday, the regional governor said, adding that no one was hurt.""",
[inc("Bryansk Oblast", "RU-BRY", "2025-03-16", "day", ["drone"], att="UA", i=0, dmg=["industrial"])]),

# --- lower bounds and updates in one report ---
case(f"{C}-bound-001", "wire", ["qualifier", "revision", "killed_phrasing"], "2025-04-20",
"""At least five people were killed in a missile strike on Sumy on Sunday, officials said in the morning. By the evening, the regional administration put the toll at seven.""",
[inc("Sumy", "UA-59", "2025-04-20", "day", ["missile"], k=7)]),

case(f"{C}-bound-002", "wire", ["qualifier", "injured_phrasing", "weapons"], "2025-05-25",
"""More than 20 people were wounded when drones hit an apartment building in Kyiv on Sunday, including a 7-year-old boy, the city's military administration said.""",
[inc("Kyiv", "UA-30", "2025-05-25", "day", ["drone"], i=20, ci=1, dmg=["residential"])]),

case(f"{C}-bound-003", "telegram", ["qualifier", "revision", "injured_phrasing"], "2025-06-29",
"""Dnipro: at least 12 injured in the missile attack. Update: 17 people are now known to be injured.""",
[inc("Dnipro", "UA-12", "2025-06-29", "reported", ["missile"], i=17)]),

# --- a figure repeated in the headline and body counts once ---
case(f"{C}-repeat-001", "wire", ["killed_phrasing", "weapons"], "2025-07-13",
"""Three killed as Russian missile hits Dnipro bus station

A Russian missile struck a bus station in Dnipro on Sunday, killing three people and wounding 19, the regional governor said. The three dead were waiting for a bus to Kyiv, he said.""",
[inc("Dnipro", "UA-12", "2025-07-13", "day", ["missile"], k=3, i=19, dmg=["transport"])]),

case(f"{C}-repeat-002", "local_news", ["injured_phrasing", "weapons", "overnight"], "2025-08-10",
"""Russian drones attacked Zhytomyr overnight, injuring four people. All four injured people are adults, doctors said; they were taken to the city hospital.""",
[inc("Zhytomyr", "UA-18", "2025-08-10", "day", ["drone"], i=4)]),
]
