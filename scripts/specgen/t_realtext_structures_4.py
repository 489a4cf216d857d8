"""More structures real reports have, each a different shape: mixed recaps and updates, page
chrome, quoted officials, lower bounds, cross-border reports, zeros and needs, written in our own words."""
from lib import *

C = "realtext-shapes"

CASES = [
case(f"{C}-001", "wire", ["past_incident", "killed_phrasing", "weapons", "relative_dates"], "2025-02-04",
"""A drone killed a delivery driver in Kherson on Tuesday. The day before, a similar drone had attacked a bus in the city, but the passengers escaped unhurt.""",
[inc("Kherson", "UA-65", "2025-02-04", "day", ["drone"], k=1)]),

case(f"{C}-002", "local_news", ["revision", "killed_phrasing", "numbers_digits"], "2025-02-11",
"""The toll of the strike on Poltava rose to 14 on Tuesday as rescuers finished clearing the rubble. Officials had initially reported 11 dead.""",
[inc("Poltava", "UA-53", "2025-02-11", "day", ["unknown"], k=14)]),

case(f"{C}-003", "wire", ["qualifier", "injured_phrasing", "weapons", "overnight"], "2025-02-18",
"""At least 9 people, among them a pregnant woman, were injured in a Russian drone attack on Kharkiv overnight, the mayor said.""",
[inc("Kharkiv", "UA-63", "2025-02-18", "day", ["drone"], i=9)]),

case(f"{C}-004", "telegram", ["explicit_zero", "weapons", "oblast_place", "overnight"], "2025-02-25",
"""Poltava region. At night air defence worked against drones. Debris fell in two communities; no casualties or damage.""",
[inc("Poltava Oblast", "UA-53", "2025-02-25", "day", ["drone"], k=0, i=0)]),

case(f"{C}-005", "wire", ["cross_border", "killed_phrasing", "attacker_side"], "2025-03-03",
"""A Ukrainian drone strike killed a man in the Russian border town of Shebekino on Monday, the Belgorod governor said; Kyiv did not comment.""",
[inc("Shebekino", "RU-BEL", "2025-03-03", "day", ["drone"], att="UA", k=1)]),

case(f"{C}-006", "wire", ["injured_phrasing", "children_subset", "numbers_words"], "2025-03-10",
"""Eleven people were hurt, five of them children, when a missile struck a school yard in Kryvyi Rih on Monday.""",
[inc("Kryvyi Rih", "UA-12", "2025-03-10", "day", ["missile"], i=11, ci=5, dmg=["education"])]),

case(f"{C}-007", "local_news", ["killed_phrasing", "weapons", "district_place"], "2025-03-17",
"""A Russian glide bomb hit the Osnovianskyi district of Kharkiv on Monday afternoon, killing a 47-year-old man, Governor Oleh Syniehubov said on Telegram.""",
[inc("Kharkiv", "UA-63", "2025-03-17", "day", ["glide_bomb"], k=1, district="Osnovianskyi")]),

case(f"{C}-008", "wire", ["adversary_claim", "air_defense", "relative_dates"], "2025-03-24",
"""Russia's defence ministry said on Monday that air defence units had destroyed 57 Ukrainian drones over the past day, most of them over the Kursk region.""",
air=[ad("2025-03-24", "drone", None, 57, att="UA")]),

case(f"{C}-009", "telegram", ["injured_phrasing", "weapons", "numbers_digits"], "2025-03-31",
"""Sumy. A KAB hit a private house this afternoon. 3 people were injured, all of them are receiving medical assistance.""",
[inc("Sumy", "UA-59", "2025-03-31", "day", ["glide_bomb"], i=3, dmg=["residential"])]),

case(f"{C}-010", "wire", ["killed_phrasing", "injured_phrasing", "revision"], "2025-04-07",
"""Russian missiles killed 4 people and injured 17 in Odesa on Monday, according to updated figures from the regional administration; earlier reports had put the number of injured at 12.""",
[inc("Odesa", "UA-51", "2025-04-07", "day", ["missile"], k=4, i=17)]),

case(f"{C}-011", "local_news", ["injured_phrasing", "weapons", "past_incident"], "2025-04-14",
"""Artillery fire wounded a woman in Beryslav on Monday. It was the third attack on the town's centre since the beginning of April.""",
[inc("Beryslav", "UA-65", "2025-04-14", "day", ["artillery"], i=1)]),

case(f"{C}-012", "wire", ["killed_phrasing", "weapons", "multi_incident"], "2025-04-21",
"""Russian attacks killed three people in southern Ukraine on Monday: two in Kherson, where a drone hit a car, and one in Nikopol, hit by artillery.""",
[inc("Kherson", "UA-65", "2025-04-21", "day", ["drone"], k=2, dmg=["vehicles"]),
 inc("Nikopol", "UA-12", "2025-04-21", "day", ["artillery"], k=1)]),

case(f"{C}-013", "telegram", ["explicit_zero", "weapons"], "2025-04-28",
"""Odesa district: enemy drones attacked port infrastructure this morning. A fire broke out at the terminal and was quickly put out. No one was injured.""",
[inc("Odesa", "UA-51", "2025-04-28", "day", ["drone"], i=0, dmg=["port"])]),

case(f"{C}-014", "wire", ["injured_phrasing", "weapons", "non_count"], "2025-05-05",
"""A missile struck a nine-storey building in Dnipro on Monday, injuring 6 people and blowing out windows in 20 apartments, the governor said.""",
[inc("Dnipro", "UA-12", "2025-05-05", "day", ["missile"], i=6, dmg=["residential"])]),

case(f"{C}-015", "local_news", ["killed_phrasing", "children_subset", "numbers_words"], "2025-05-12",
"""Two brothers, aged 8 and 12, were among the five people killed when a drone struck a house in Bilopillia on Monday.""",
[inc("Bilopillia", "UA-59", "2025-05-12", "day", ["drone"], k=5, ck=2, dmg=["residential"])]),

case(f"{C}-016", "wire", ["qualifier", "killed_phrasing", "weapons"], "2025-05-19",
"""Nearly 20 people were killed in the ballistic missile strike on Sumy on Monday, officials said, in one of the deadliest attacks on the city.""",
[inc("Sumy", "UA-59", "2025-05-19", "day", ["missile"], k=20)]),

case(f"{C}-017", "telegram", ["injured_phrasing", "increment_total"], "2025-05-26",
"""Kryvyi Rih. Another victim of the morning attack has been identified: a 33-year-old woman with a concussion. In total, 8 people were injured.""",
[inc("Kryvyi Rih", "UA-12", "2025-05-26", "day", ["unknown"], i=8)]),

case(f"{C}-018", "wire", ["killed_phrasing", "weapons", "statements"], "2025-06-02",
"""A drone killed two utility workers repairing a power line near Bohodukhiv on Monday. "They were doing their job so that people would have light," Governor Oleh Syniehubov said.""",
[inc("Bohodukhiv", "UA-63", "2025-06-02", "day", ["drone"], k=2, dmg=["power"])],
statements=[st("Oleh Syniehubov", "governor")]),

case(f"{C}-019", "local_news", ["injured_phrasing", "weapons", "oblast_place"], "2025-06-09",
"""Russian forces shelled 9 settlements in Kherson region on Monday with artillery and drones, wounding 4 people, the regional administration said.""",
[inc("Kherson Oblast", "UA-65", "2025-06-09", "day", ["artillery", "drone"], i=4)]),

case(f"{C}-020", "wire", ["killed_phrasing", "injured_phrasing", "weapons", "overnight"], "2025-06-16",
"""Kyiv came under a combined missile and drone attack overnight. Two people were killed and 14 injured across four districts of the capital, the city's military administration said.""",
[inc("Kyiv", "UA-30", "2025-06-16", "day", ["missile", "drone"], k=2, i=14)]),

case(f"{C}-021", "telegram", ["injured_phrasing", "subset_total", "numbers_digits"], "2025-06-23",
"""Zaporizhzhia: 6 wounded after the morning strike, 4 of them hospitalised. Doctors describe the condition of one man as severe.""",
[inc("Zaporizhzhia", "UA-23", "2025-06-23", "day", ["unknown"], i=6)]),

case(f"{C}-022", "wire", ["missing_people", "killed_phrasing", "weapons"], "2025-06-30",
"""Three people were killed and two are missing after a missile struck an apartment block in Smila on Monday, rescuers said.""",
[inc("Smila", "UA-71", "2025-06-30", "day", ["missile"], k=3, m=2, dmg=["residential"])]),

case(f"{C}-023", "wire", ["injured_phrasing", "weapons", "past_incident"], "2025-07-07",
"""A drone hit a kindergarten in Kharkiv on Monday; one staff member was hurt. The city's schools and kindergartens have moved to underground classrooms since last year's strikes.""",
[inc("Kharkiv", "UA-63", "2025-07-07", "day", ["drone"], i=1, dmg=["education"])]),

case(f"{C}-024", "local_news", ["killed_phrasing", "weapons"], "2025-07-14",
"""A man died when an FPV drone hit his tractor in a field near Velyka Pysarivka on Monday morning, the community head said.""",
[inc("Velyka Pysarivka", "UA-59", "2025-07-14", "day", ["drone"], k=1, dmg=["agricultural", "vehicles"])]),

case(f"{C}-025", "wire", ["air_defense", "overnight", "qualifier"], "2025-07-21",
"""Russia launched about 300 drones and 7 missiles at Ukraine overnight, the air force said. Air defences shot down 289 drones and all the missiles.""",
air=[ad("2025-07-21", "drone", 300, 289), ad("2025-07-21", "missile", 7, 7)]),

case(f"{C}-026", "telegram", ["explicit_zero", "injured_phrasing", "weapons"], "2025-07-28",
"""Nikopol district. The enemy hit Marhanets with heavy artillery today. A 52-year-old man was wounded. No one was killed.""",
[inc("Marhanets", "UA-12", "2025-07-28", "day", ["artillery"], k=0, i=1)]),

case(f"{C}-027", "wire", ["killed_phrasing", "weapons", "claimant"], "2025-08-04",
"""One person was killed in a Russian missile strike on the outskirts of Dnipro on Monday, according to Serhii Lysak, head of the regional military administration.""",
[inc("Dnipro", "UA-12", "2025-08-04", "day", ["missile"], k=1)]),

case(f"{C}-028", "local_news", ["injured_phrasing", "weapons"], "2025-08-11",
"""Shrapnel from a Russian glide bomb wounded two women queueing at a pharmacy in Kostiantynivka on Monday, the town's military administration said.""",
[inc("Kostiantynivka", "UA-14", "2025-08-11", "day", ["glide_bomb"], i=2, dmg=["commercial"])]),

case(f"{C}-029", "wire", ["killed_phrasing", "injured_phrasing", "cumulative"], "2025-08-18",
"""Russian strikes on Monday killed two civilians in Donetsk region and injured five, the governor said. Since the full-scale invasion began, more than 3,000 civilians have been killed in the region's Ukrainian-held areas.""",
[inc("Donetsk Oblast", "UA-14", "2025-08-18", "day", ["unknown"], k=2, i=5)],
statistics=[stat("civilians_killed_cumulative", 3000, "more_than")]),

case(f"{C}-030", "telegram", ["injured_phrasing", "children_subset", "overnight"], "2025-08-25",
"""Night in Chernihiv: drones hit a residential area. Injured: a 14-year-old girl and her grandmother.""",
[inc("Chernihiv", "UA-74", "2025-08-25", "day", ["drone"], i=2, ci=1, dmg=["residential"])]),

case(f"{C}-031", "wire", ["killed_phrasing", "weapons", "relative_dates"], "2025-09-01",
"""A woman who was wounded in Saturday's shelling of Kherson died in hospital on Monday, the city administration said.""",
[inc("Kherson", "UA-65", wd("2025-09-01", "saturday"), "day", ["artillery"], k=1)]),

case(f"{C}-032", "local_news", ["injured_phrasing", "weapons", "numbers_words"], "2025-09-08",
"""Three employees of a grain terminal in Chornomorsk were injured when drones struck the port on Monday, the regional administration said.""",
[inc("Chornomorsk", "UA-51", "2025-09-08", "day", ["drone"], i=3, dmg=["port"])]),

case(f"{C}-033", "wire", ["injured_phrasing", "weapons", "multi_incident", "overnight"], "2025-09-15",
"""Drones attacked Kyiv and Bila Tserkva overnight. In the capital, falling debris injured one man; in Bila Tserkva, two people were hurt when a drone hit a warehouse.""",
[inc("Kyiv", "UA-30", "2025-09-15", "day", ["drone"], i=1),
 inc("Bila Tserkva", "UA-32", "2025-09-15", "day", ["drone"], i=2, dmg=["industrial"])]),

case(f"{C}-034", "telegram", ["killed_phrasing", "numbers_digits", "qualifier"], "2025-09-22",
"""Zaporizhzhia. As of 14:00, the number of dead has risen to 4. Over 20 people are injured.""",
[inc("Zaporizhzhia", "UA-23", "2025-09-22", "reported", ["unknown"], k=4, i=20)]),

case(f"{C}-035", "wire", ["killed_phrasing", "weapons", "claimant"], "2025-09-29",
"""KYIV, Sept 29 (Reuters) - A Russian glide bomb killed three people in the city of Sloviansk on Monday, Ukrainian officials said.""",
[inc("Sloviansk", "UA-14", "2025-09-29", "day", ["glide_bomb"], k=3)]),

case(f"{C}-036", "local_news", ["injured_phrasing", "weapons", "past_incident"], "2025-10-06",
"""An FPV drone injured a cyclist in Kherson's Korabelnyi district on Monday. In recent days the district has been hit by drones almost every hour, local officials say.""",
[inc("Kherson", "UA-65", "2025-10-06", "day", ["drone"], i=1, district="Korabelnyi")]),

case(f"{C}-037", "wire", ["killed_phrasing", "weapons", "children_subset"], "2025-10-13",
"""A 9-year-old boy was killed and his mother wounded when a drone hit their car near Kupiansk on Monday.""",
[inc("Kupiansk", "UA-63", "2025-10-13", "day", ["drone"], k=1, i=1, ck=1, dmg=["vehicles"])]),

case(f"{C}-038", "telegram", ["explicit_zero", "weapons", "overnight"], "2025-10-20",
"""Kyiv region, night attack: a drone hit a private house in Boryspil district, the house burned down. There were no people inside, nobody was hurt.""",
[inc("Boryspil Raion", "UA-32", "2025-10-20", "day", ["drone"], i=0, dmg=["residential"])]),

case(f"{C}-039", "wire", ["air_defense", "adversary_claim", "multi_incident", "cross_border"], "2025-10-27",
"""Ukraine's air force said it downed 45 of 70 Russian drones overnight, while Russia's defence ministry said it shot down 23 Ukrainian drones over its territory.""",
air=[ad("2025-10-27", "drone", 70, 45), ad("2025-10-27", "drone", None, 23, att="UA")]),

case(f"{C}-040", "local_news", ["injured_phrasing", "numbers_words"], "2025-11-03",
"""A shell hit a minibus in Nikopol on Monday; the driver and two passengers were wounded.""",
[inc("Nikopol", "UA-12", "2025-11-03", "day", ["artillery"], i=3, dmg=["vehicles", "transport"])]),

case(f"{C}-041", "wire", ["killed_phrasing", "weapons", "past_incident"], "2025-11-10",
"""A missile strike on a railway station in Lozova killed one man on Monday. Rail traffic through the town was halted for several hours, and the operator said trains to Kharkiv were delayed.""",
[inc("Lozova", "UA-63", "2025-11-10", "day", ["missile"], k=1, dmg=["transport"])]),

case(f"{C}-042", "telegram", ["injured_phrasing", "weapons", "non_count"], "2025-11-17",
"""Kharkiv, 11:40. A drone hit the roof of a 16-storey building in the Shevchenkivskyi district. Preliminary, 2 people were injured.""",
[inc("Kharkiv", "UA-63", "2025-11-17", "reported", ["drone"], i=2, district="Shevchenkivskyi", dmg=["residential"])]),

case(f"{C}-043", "wire", ["killed_phrasing", "injured_phrasing", "weapons"], "2025-11-24",
"""A Russian attack on energy facilities in Odesa on Monday killed one worker and injured two. Tens of thousands of residents remained without electricity and water into the evening.""",
[inc("Odesa", "UA-51", "2025-11-24", "day", ["unknown"], k=1, i=2, dmg=["power"])]),

case(f"{C}-044", "local_news", ["injured_phrasing", "weapons", "claimant"], "2025-12-01",
"""According to the head of the Sumy regional military administration, a drone wounded a woman in Krasnopillia on Monday morning.""",
[inc("Krasnopillia", "UA-59", "2025-12-01", "day", ["drone"], i=1)]),

case(f"{C}-045", "wire", ["killed_phrasing", "weapons", "claimant"], "2025-12-08",
"""Russian shelling killed two people in Kherson on Monday, officials said.
Photo: Firefighters at the scene of a strike in Zaporizhzhia in November""",
[inc("Kherson", "UA-65", "2025-12-08", "day", ["artillery"], k=2)]),
]
