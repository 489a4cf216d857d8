from lib import *

CASES = [
case("numbers-digits-001", "wire", ["numbers_digits", "killed_phrasing", "injured_phrasing", "weapons", "claimant"], "2025-03-07",
"""A Russian missile struck an apartment block in Dobropillia, killing 11 people and wounding 30, Donetsk regional governor Vadym Filashkin said.""",
[inc("Dobropillia", "UA-14", "2025-03-07", "reported", ["missile"], k=11, i=30, dmg=["residential"])]),

case("numbers-words-001", "local_news", ["numbers_words", "killed_phrasing", "injured_phrasing", "weapons", "relative_dates"], "2024-10-15",
"""Seven residents of Kupiansk were wounded and two died when Russian forces shelled the town's central market on Tuesday morning.""",
[inc("Kupiansk", "UA-63", "2024-10-15", "day", ["artillery"], k=2, i=7, dmg=["commercial"])]),

case("numbers-words-002", "wire", ["numbers_words", "killed_phrasing", "weapons", "qualifier"], "2025-01-15",
"""At least twenty-one civilians lost their lives after a Russian ballistic missile hit a crowded street in Zaporizhzhia, officials said.""",
[inc("Zaporizhzhia", "UA-23", "2025-01-15", "reported", ["missile"], k=21)]),

case("numbers-words-003", "telegram", ["numbers_words", "injured_phrasing", "overnight", "weapons"], "2025-06-17",
"""Overnight the enemy attacked Kremenchuk with Shaheds. Sixty-two people sought medical help, fourteen of them were hospitalised.""",
[inc("Kremenchuk", "UA-53", "2025-06-17", "day", ["drone"], i=62)]),

case("numbers-words-004", "wire", ["numbers_words", "injured_phrasing", "weapons"], "2024-09-04",
"""A dozen people were hurt when a guided aerial bomb exploded near a bus stop in Kharkiv, police said.""",
[inc("Kharkiv", "UA-63", "2024-09-04", "reported", ["glide_bomb"], i=12, dmg=["transport"])]),

case("numbers-article-001", "local_news", ["article_one", "killed_phrasing", "injured_phrasing", "weapons", "non_count"], "2025-05-17",
"""A 54-year-old woman was killed and a man was injured when a drone dropped explosives on a car in Beryslav, the regional administration said.""",
[inc("Beryslav", "UA-65", "2025-05-17", "reported", ["drone"], k=1, i=1, dmg=["vehicles"])]),

case("numbers-article-002", "telegram", ["article_one", "children_subset", "injured_phrasing", "weapons"], "2024-08-27",
"""A toddler sustained shrapnel wounds in Nikopol after artillery fire hit a private house. The child is in hospital in moderate condition.""",
[inc("Nikopol", "UA-12", "2024-08-27", "reported", ["artillery"], i=1, ci=1, dmg=["residential"])]),

case("numbers-oneanother-001", "wire", ["one_another", "killed_phrasing", "weapons"], "2024-12-25",
"""One man died at the scene in Kherson and another passed away in an ambulance after a Russian drone struck their minibus, the city's military administration said.""",
[inc("Kherson", "UA-65", "2024-12-25", "reported", ["drone"], k=2, dmg=["transport", "vehicles"])]),

case("numbers-oneanother-002", "local_news", ["one_another", "injured_phrasing", "non_count", "weapons"], "2025-04-24",
"""One woman, aged 63, was treated for a concussion, and another, 70, was taken to hospital with cuts after mortar shells landed in a courtyard in Kostiantynivka.""",
[inc("Kostiantynivka", "UA-14", "2025-04-24", "reported", ["artillery"], i=2)]),

case("numbers-noncount-001", "wire", ["non_count", "numbers_digits", "killed_phrasing", "weapons"], "2025-07-04",
"""A 41-year-old postal worker was killed in Sumy at about 09:00 when a drone struck the depot, which lies some 30 kilometers from the Russian border.""",
[inc("Sumy", "UA-59", "2025-07-04", "reported", ["drone"], k=1)]),

case("numbers-noncount-002", "local_news", ["non_count", "numbers_words", "injured_phrasing", "weapons"], "2025-02-01",
"""The strike on the five-storey building in Poltava blew out 150 windows and wounded four residents, among them two pensioners aged 63 and 70, the regional head said. It was the city's third attack this year.""",
[inc("Poltava", "UA-53", "2025-02-01", "reported", ["unknown"], i=4, dmg=["residential"])]),

case("numbers-noncount-003", "wire", ["non_count", "weapons", "explicit_zero"], "2024-11-17",
"""Russia's missile barrage left some 800,000 customers in Odesa region without electricity, about 40% of the region's consumers. No casualties were reported, the energy ministry said.""",
[inc("Odesa Oblast", "UA-51", "2024-11-17", "reported", ["missile"], k=0, i=0, dmg=["power"])]),

case("numbers-noncount-004", "wire", ["non_count", "killed_phrasing", "numbers_digits", "weapons"], "2025-06-06",
"""The attack on Chernihiv killed 6, the heaviest toll the city had suffered since 2023, in the 39-month war that has displaced 20% of its population.""",
[inc("Chernihiv", "UA-74", "2025-06-06", "reported", ["unknown"], k=6)]),

case("numbers-noncount-005", "local_news", ["non_count", "children_subset", "injured_phrasing", "numbers_digits", "relative_dates"], "2024-07-08",
"""Doctors in Okhtyrka are treating 5 injured children aged 2 to 15 after Monday's strike on a playground, the second in two weeks. Shrapnel travelled 200 metres.""",
[inc("Okhtyrka", "UA-59", "2024-07-08", "day", ["unknown"], i=5, ci=5)]),

case("numbers-digits-002", "wire", ["numbers_digits", "qualifier", "injured_phrasing", "killed_phrasing", "weapons"], "2025-10-05",
"""More than 100 people were injured and 4 killed in a combined missile and drone attack on Lviv, according to the regional governor.""",
[inc("Lviv", "UA-46", "2025-10-05", "reported", ["missile", "drone"], k=4, i=100)]),

case("numbers-digits-003", "local_news", ["numbers_digits", "qualifier", "injured_phrasing"], "2025-08-28",
"""Nearly 40 people were hospitalised in Bila Tserkva after debris from a downed drone set a dormitory ablaze.""",
[inc("Bila Tserkva", "UA-32", "2025-08-28", "reported", ["drone"], i=40, dmg=["residential"])]),

case("numbers-words-005", "telegram", ["numbers_words", "qualifier", "killed_phrasing", "children_subset"], "2025-09-07",
"""This morning brought grief to Pavlohrad. Up to nine people were killed, among them a girl. The rubble is still being cleared.""",
[inc("Pavlohrad", "UA-12", "2025-09-07", "day", ["unknown"], k=9, ck=1)]),

case("numbers-words-006", "wire", ["numbers_words", "subset_total", "injured_phrasing", "weapons"], "2024-06-20",
"""Thirty-four people were wounded by the glide bomb that hit a supermarket in Kharkiv, two dozen of them seriously, the governor said.""",
[inc("Kharkiv", "UA-63", "2024-06-20", "reported", ["glide_bomb"], i=34, dmg=["commercial"])]),

case("numbers-article-003", "wire", ["article_one", "one_another", "killed_phrasing", "weapons"], "2025-10-22",
"""An elderly man was killed in Huliaipole by a mortar round. In a neighbouring street, one more resident died hours later when a second shell hit his yard.""",
[inc("Huliaipole", "UA-23", "2025-10-22", "reported", ["artillery"], k=2)]),

case("numbers-noncount-006", "air_force", ["non_count", "air_defense", "numbers_digits", "overnight"], "2025-11-14",
"""From 18:00 on 13 November until 08:30 this morning, the enemy launched 112 Shahed-type attack drones from Kursk, Oryol and Primorsko-Akhtarsk, at distances of up to 1,000 km. 87 of them were shot down.""",
[], [ad("2025-11-14", "drone", 112, 87)]),

case("numbers-digits-004", "local_news", ["numbers_digits", "injured_phrasing", "killed_phrasing", "weapons", "non_count"], "2024-03-22",
"""1 person was killed and 12 injured as 3 missiles slammed into an industrial site on the outskirts of Zaporizhzhia at 07:15, officials said; the plant employs 2,000 people.""",
[inc("Zaporizhzhia", "UA-23", "2024-03-22", "reported", ["missile"], k=1, i=12, hit=3, dmg=["industrial"])]),

case("numbers-words-007", "wire", ["numbers_words", "injured_phrasing", "weapons", "attacker_side"], "2024-04-04",
"""Eighteen people received injuries when Russian Grad rockets hit residential streets of Kherson, the prosecutor's office said.""",
[inc("Kherson", "UA-65", "2024-04-04", "reported", ["mlrs"], i=18, dmg=["residential"])]),

case("numbers-noncount-007", "local_news", ["non_count", "numbers_words", "killed_phrasing", "weapons"], "2025-04-13",
"""Two men, aged 45 and 52, died on the 3rd floor of a nine-storey block in Kryvyi Rih after the ballistic missile strike, rescuers reported.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-13", "reported", ["missile"], k=2, dmg=["residential"])]),

case("numbers-oneanother-003", "telegram", ["one_another", "children_subset", "injured_phrasing", "weapons"], "2024-02-15",
"""Another night of Shahed attacks on Odesa. One teenager was hurt by glass, another has a leg injury. Both are being treated.""",
[inc("Odesa", "UA-51", "2024-02-15", "day", ["drone"], i=2, ci=2)]),

case("numbers-words-008", "wire", ["numbers_words", "killed_phrasing", "injured_phrasing", "subset_total", "weapons", "non_count"], "2025-07-31",
"""Forty-five people were killed in Kyiv, and 159 wounded, including 16 in intensive care, in what officials called the deadliest drone and missile assault on the capital this year.""",
[inc("Kyiv", "UA-30", "2025-07-31", "reported", ["drone", "missile"], k=45, i=159)]),
]
