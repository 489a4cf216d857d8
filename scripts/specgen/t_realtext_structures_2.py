"""Which number is the total (sub-counts, increments, children listed, zeros) and needs: structures
real reports have, written in our own words."""
from lib import *

C = "realtext-totals"

CASES = [
# --- sub-counts of the injured never become the total ---
case(f"{C}-subcount-001", "wire", ["subset_total", "injured_phrasing", "numbers_words"], "2025-03-04",
"""Fourteen people were injured when a missile hit a shopping centre in Kremenchuk on Tuesday. Six of them remain in hospital, two in a serious condition.""",
[inc("Kremenchuk", "UA-53", "2025-03-04", "day", ["missile"], i=14, dmg=["commercial"])]),

case(f"{C}-subcount-002", "telegram", ["subset_total", "injured_phrasing", "numbers_digits"], "2025-04-16",
"""Update on the attack on Sumy: 23 injured. 9 people are still in hospital, the rest received help on the spot.""",
[inc("Sumy", "UA-59", "2025-04-16", "reported", ["unknown"], i=23)]),

case(f"{C}-subcount-003", "wire", ["subset_total", "killed_phrasing", "injured_phrasing"], "2025-05-14",
"""A Russian strike on Zaporizhzhia on Wednesday killed one person and wounded 11, the governor said. Three of the wounded are in critical condition.""",
[inc("Zaporizhzhia", "UA-23", "2025-05-14", "day", ["unknown"], k=1, i=11)]),

case(f"{C}-subcount-004", "local_news", ["subset_total", "injured_phrasing", "weapons"], "2025-06-05",
"""Doctors in Kharkiv are treating the victims of Thursday's glide bomb strike: of the 17 people injured, four are in intensive care.""",
[inc("Kharkiv", "UA-63", wd("2025-06-05", "thursday"), "day", ["glide_bomb"], i=17)]),

case(f"{C}-subcount-005", "wire", ["subset_total", "injured_phrasing", "weapons"], "2025-07-15",
"""The number of people injured in Monday's drone strike on Odesa stands at 8, the regional administration said on Tuesday. Two remain hospitalised.""",
[inc("Odesa", "UA-51", wd("2025-07-15", "monday"), "day", ["drone"], i=8)]),

case(f"{C}-subcount-006", "telegram", ["subset_total", "injured_phrasing"], "2025-08-21",
"""Dnipro. After the enemy attack, the number of wounded has risen to 19. 7 of them are in hospitals, one man is in grave condition.""",
[inc("Dnipro", "UA-12", "2025-08-21", "reported", ["unknown"], i=19)]),

case(f"{C}-subcount-007", "wire", ["subset_total", "injured_phrasing", "weapons", "overnight"], "2025-09-09",
"""Russian drones attacked Kyiv overnight, wounding 12 people, of whom five were taken to hospital, Mayor Vitali Klitschko said.""",
[inc("Kyiv", "UA-30", "2025-09-09", "day", ["drone"], i=12)]),

case(f"{C}-subcount-008", "local_news", ["subset_total", "injured_phrasing"], "2025-10-08",
"""Two people remain in hospital in serious condition after the strike on Chuhuiv, the regional governor said on Wednesday, without giving the total number of injured.""",
[inc("Chuhuiv", "UA-63", "2025-10-08", "reported", ["unknown"])]),

case(f"{C}-subcount-009", "wire", ["subset_total", "injured_phrasing", "numbers_words"], "2025-11-18",
"""Nine people were hurt in the missile strike on Ternopil on Tuesday. Four were discharged after treatment, officials said.""",
[inc("Ternopil", "UA-61", "2025-11-18", "day", ["missile"], i=9)]),

case(f"{C}-subcount-010", "telegram", ["subset_total", "injured_phrasing", "children_subset"], "2025-12-09",
"""Kryvyi Rih: the number of injured has increased to 15, including 3 children. Among the injured, 5 are in a serious condition.""",
[inc("Kryvyi Rih", "UA-12", "2025-12-09", "reported", ["unknown"], i=15, ci=3)]),

# --- increments ---
case(f"{C}-increment-001", "wire", ["increment_total", "killed_phrasing", "weapons"], "2025-03-20",
"""The death toll from Tuesday's missile strike on Sumy rose to 11 on Thursday after another woman died in hospital.""",
[inc("Sumy", "UA-59", wd("2025-03-20", "tuesday"), "day", ["missile"], k=11)]),

case(f"{C}-increment-002", "telegram", ["increment_total", "injured_phrasing", "numbers_digits"], "2025-04-24",
"""Kharkiv. Two more people sought medical help after this morning's attack. In total, 27 people have been injured.""",
[inc("Kharkiv", "UA-63", "2025-04-24", "day", ["unknown"], i=27)]),

case(f"{C}-increment-003", "wire", ["increment_total", "killed_phrasing", "numbers_words"], "2025-05-29",
"""Rescuers recovered one more body from the ruins of the apartment block in Dnipro on Thursday, bringing the toll to 9.""",
[inc("Dnipro", "UA-12", "2025-05-29", "day", ["unknown"], k=9, dmg=["residential"])]),

case(f"{C}-increment-004", "local_news", ["increment_total", "killed_phrasing", "injured_phrasing"], "2025-06-19",
"""A drone attack on Kherson on Thursday killed one man and wounded three people. Later in the day, another resident died of his wounds.""",
[inc("Kherson", "UA-65", "2025-06-19", "day", ["drone"], k=2, i=3)]),

case(f"{C}-increment-005", "telegram", ["increment_total", "injured_phrasing", "numbers_words"], "2025-07-23",
"""Odesa. As of now, four people are known to be injured. Three more residents have asked for medical help overnight.""",
[inc("Odesa", "UA-51", "2025-07-23", "day", ["unknown"], i=7)]),

case(f"{C}-increment-006", "wire", ["increment_total", "revision", "killed_phrasing"], "2025-08-28",
"""The number of people killed in Thursday's strike on Kyiv has increased to 23, officials said, up from 18 in the morning.""",
[inc("Kyiv", "UA-30", "2025-08-28", "day", ["unknown"], k=23)]),

case(f"{C}-increment-007", "wire", ["increment_total", "killed_phrasing", "weapons"], "2025-09-25",
"""Russian shelling killed two people in Nikopol on Thursday, the regional governor said. A third person, a 64-year-old woman, died in hospital in the evening.""",
[inc("Nikopol", "UA-12", "2025-09-25", "day", ["artillery"], k=3)]),

case(f"{C}-increment-008", "telegram", ["increment_total", "injured_phrasing", "numbers_digits"], "2025-10-16",
"""Zaporizhzhia: 5 injured after the strike this afternoon. Update: 2 more people were injured, the total is now 7.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-16", "day", ["unknown"], i=7)]),

case(f"{C}-increment-009", "wire", ["increment_total", "killed_phrasing", "numbers_words"], "2025-11-27",
"""A man wounded in Tuesday's glide bomb attack on Kostiantynivka died on Thursday, raising the number of dead from that attack to four.""",
[inc("Kostiantynivka", "UA-14", wd("2025-11-27", "tuesday"), "day", ["glide_bomb"], k=4)]),

# --- children listed one by one, children by age only ---
case(f"{C}-children-001", "wire", ["children_subset", "injured_phrasing", "numbers_words"], "2025-03-11",
"""Seven people were injured in the strike on Kharkiv on Tuesday, including two children: a boy aged 9 and a 15-year-old girl.""",
[inc("Kharkiv", "UA-63", "2025-03-11", "day", ["unknown"], i=7, ci=2)]),

case(f"{C}-children-002", "local_news", ["children_subset", "killed_phrasing", "numbers_words"], "2025-04-10",
"""Among the three people killed in Sumy on Thursday were a 6-year-old and his 11-year-old sister, the regional administration said.""",
[inc("Sumy", "UA-59", "2025-04-10", "day", ["unknown"], k=3, ck=2)]),

case(f"{C}-children-003", "telegram", ["children_subset", "injured_phrasing"], "2025-05-22",
"""Odesa. A 16-year-old boy and a 17-year-old girl were injured in the drone attack on Thursday.""",
[inc("Odesa", "UA-51", "2025-05-22", "day", ["drone"], i=2, ci=2)]),

case(f"{C}-children-004", "wire", ["children_subset", "qualifier", "injured_phrasing"], "2025-06-12",
"""More than 30 people were wounded in Thursday's strike on Dnipro, including a newborn baby, officials said.""",
[inc("Dnipro", "UA-12", "2025-06-12", "day", ["unknown"], i=30, ci=1)]),

case(f"{C}-children-005", "wire", ["children_subset", "killed_phrasing", "injured_phrasing", "numbers_words"], "2025-07-08",
"""Two children, aged 4 and 13, were killed and five adults injured when a missile struck a residential building in Bila Tserkva on Tuesday.""",
[inc("Bila Tserkva", "UA-32", "2025-07-08", "day", ["missile"], k=2, i=5, ck=2, dmg=["residential"])]),

case(f"{C}-children-006", "local_news", ["children_subset", "injured_phrasing"], "2025-08-14",
"""A drone hit a car in Kherson on Thursday. The driver, his wife and their 10-year-old son were injured.""",
[inc("Kherson", "UA-65", "2025-08-14", "day", ["drone"], i=3, ci=1, dmg=["vehicles"])]),

# --- zeros ---
case(f"{C}-zero-001", "wire", ["explicit_zero", "weapons"], "2025-03-27",
"""A Russian drone hit a grain storage facility near Izmail on Thursday. No casualties were reported, the governor said.""",
[inc("Izmail", "UA-51", "2025-03-27", "day", ["drone"], k=0, i=0, dmg=["agricultural"])]),

case(f"{C}-zero-002", "telegram", ["explicit_zero", "weapons", "overnight"], "2025-04-30",
"""Overnight, an enemy missile hit an infrastructure facility in Khmelnytskyi. There were no casualties.""",
[inc("Khmelnytskyi", "UA-68", "2025-04-30", "day", ["missile"], k=0, i=0)]),

case(f"{C}-zero-003", "local_news", ["explicit_zero", "weapons"], "2025-06-17",
"""Debris from a downed drone fell on a house in Vyshhorod on Tuesday and started a fire. Nobody was injured.""",
[inc("Vyshhorod", "UA-32", "2025-06-17", "day", ["drone"], i=0, dmg=["residential"])]),

case(f"{C}-zero-004", "wire", ["explicit_zero", "weapons"], "2025-07-29",
"""A missile struck a railway depot in Kovel on Tuesday without causing casualties, Ukrainian Railways said.""",
[inc("Kovel", "UA-07", "2025-07-29", "day", ["missile"], k=0, i=0, dmg=["transport"])]),

case(f"{C}-zero-005", "telegram", ["explicit_zero", "weapons"], "2025-09-04",
"""Cherkasy region. A Shahed fell in a field near Smila this morning. No one was killed or injured.""",
[inc("Smila", "UA-71", "2025-09-04", "day", ["drone"], k=0, i=0)]),

case(f"{C}-zero-006", "wire", ["explicit_zero", "killed_phrasing", "injured_phrasing"], "2025-10-23",
"""Russian shelling damaged a school in Kherson on Thursday. No one was killed, but a teacher was injured.""",
[inc("Kherson", "UA-65", "2025-10-23", "day", ["artillery"], k=0, i=1, dmg=["education"])]),

# --- needs (power, water, heating, shelter, medicine, evacuation) beside the figures ---
case(f"{C}-needs-001", "wire", ["injured_phrasing", "weapons"], "2025-11-25",
"""A Russian drone hit an energy facility in Sumy on Tuesday, injuring one worker. Around 40,000 households were left without power and the water supply was disrupted.""",
[inc("Sumy", "UA-59", "2025-11-25", "day", ["drone"], i=1, dmg=["power"])]),

case(f"{C}-needs-002", "local_news", ["killed_phrasing", "weapons"], "2025-12-02",
"""One man was killed when a missile hit a boiler house in Kryvyi Rih on Tuesday. Several neighbourhoods were without heating as temperatures dropped below zero.""",
[inc("Kryvyi Rih", "UA-12", "2025-12-02", "day", ["missile"], k=1, dmg=["heating"])]),

case(f"{C}-needs-003", "telegram", ["injured_phrasing", "numbers_words"], "2025-12-16",
"""Kherson. Shelling damaged a multi-storey building this morning, two residents were injured. The city is preparing temporary housing for the families who lost their homes.""",
[inc("Kherson", "UA-65", "2025-12-16", "day", ["artillery"], i=2, dmg=["residential"])]),

case(f"{C}-needs-004", "wire", ["injured_phrasing", "weapons"], "2025-02-25",
"""Hospitals in Zaporizhzhia appealed for blood donors after a missile strike on Tuesday wounded 21 people.""",
[inc("Zaporizhzhia", "UA-23", "2025-02-25", "day", ["missile"], i=21)]),

case(f"{C}-needs-005", "wire", ["injured_phrasing", "weapons", "non_attack_event"], "2025-03-13",
"""Russian glide bombs wounded three people in Kupiansk on Thursday. Authorities ordered the mandatory evacuation of families with children from nearby villages.""",
[inc("Kupiansk", "UA-63", "2025-03-13", "day", ["glide_bomb"], i=3)], events=[ev("evacuation")]),

case(f"{C}-needs-006", "telegram", ["explicit_zero", "weapons"], "2025-01-14",
"""Odesa. A drone attack damaged energy infrastructure overnight, no one was hurt. Part of the city is without electricity and heat supply; repair crews are working.""",
[inc("Odesa", "UA-51", "2025-01-14", "day", ["drone"], i=0, dmg=["power"])]),
]
