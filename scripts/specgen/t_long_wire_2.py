from lib import *

CASES = [
case("long-wire-013", "wire", ["old_name", "district_place", "multi_incident", "relative_dates", "statements", "killed_phrasing", "injured_phrasing", "qualifier", "non_count", "weapons", "numbers_words", "numbers_digits"], "2025-11-08",
"""Strikes on Kharkov region and Zaporozhye kill three

KYIV, Nov 8 — Russian guided bombs and drones struck the outskirts of Kharkov and the town of Kupyansk on Saturday, killing three civilians, Ukrainian officials said, while a missile attack on Zaporozhye wounded more than a dozen people.

In Kharkov's Nemyshlianskyi district, a bomb hit a private house, killing a 70-year-old man and his wife. In Kupyansk, a drone killed a man who was riding a bicycle, the regional prosecutor's office said.

In Zaporozhye, as the city is known in Russian, a missile struck an energy facility, wounding 13 people and leaving 12,000 families without power.

"The Russians are trying to break us with cold and darkness," said Ivan Fedorov, the regional governor.

Separately, Russia's defence ministry said it had captured a village in the Zaporizhzhia region, a claim Kyiv did not confirm.""",
[inc("Kharkiv", "UA-63", "2025-11-08", "day", ["glide_bomb"], k=2, district="Nemyshlianskyi", dmg=["residential"]),
 inc("Kupiansk", "UA-63", "2025-11-08", "day", ["drone"], k=1),
 inc("Zaporizhzhia", "UA-23", "2025-11-08", "day", ["missile"], i=13, dmg=["power"])],
[], [st("Ivan Fedorov", "governor")]),

case("long-wire-014", "wire", ["revision", "vague_amount", "children_subset", "one_another", "relative_dates", "statements", "non_count", "killed_phrasing", "injured_phrasing", "weapons", "numbers_words", "numbers_digits", "qualifier"], "2025-09-15",
"""Odesa port strike toll revised to eight

The number of people killed in Saturday's Russian missile strike on the port of Odesa was revised down to eight from the nine initially announced, after one victim was found to have been counted twice, the regional prosecutor's office said on Monday.

Dozens of people were treated for cuts and shock; 27 were formally registered as injured, including a 4-year-old girl, Governor Oleh Kiper said.

One of the dead was a crane operator; another was a foreign sailor aboard a civilian vessel flying the Panama flag, according to the infrastructure ministry.

"We have lost friends and colleagues, but the port will keep working," the port's director told reporters.

It was the fourth strike on Odesa's ports in a month. More than 60 million tonnes of cargo have left through the Black Sea corridor since August 2023.""",
[inc("Odesa", "UA-51", "2025-09-13", "day", ["missile"], k=8, i=27, ci=1, dmg=["port"])],
[], [st(None, "port director")]),

case("long-wire-015", "wire", ["cross_border", "attacker_side", "adversary_claim", "air_defense", "ew_suppressed", "multi_incident", "children_subset", "overnight", "claimant", "injured_phrasing", "killed_phrasing", "non_count", "weapons", "numbers_words", "numbers_digits", "oblast_place"], "2025-02-18",
"""Ukrainian drones hit Kursk and Belgorod region; Russia says 40 downed

Ukrainian drones attacked the Russian city of Kursk and the Belgorod region overnight, injuring five people, Russian officials said on Tuesday.

In Kursk, a drone hit a nine-storey apartment building, injuring three residents, among them a teenage boy, acting governor Alexander Khinshtein said. In Belgorod region, two women were hurt when a drone struck a minibus near Shebekino, Governor Vyacheslav Gladkov said.

Russia's defence ministry said air defences had intercepted and destroyed 40 Ukrainian drones over Russian territory overnight, including 22 over the Kursk region. Kyiv did not comment.

Meanwhile, Russian drones struck Sumy overnight, killing a 60-year-old man, Ukrainian officials said. Ukraine's air force said Russia launched 167 drones, 95 of which were shot down while 63 were lost to electronic jamming.""",
[inc("Kursk", "RU-KRS", "2025-02-18", "day", ["drone"], att="UA", i=3, ci=1, dmg=["residential"]),
 inc("Shebekino", "RU-BEL", "2025-02-18", "day", ["drone"], att="UA", i=2, dmg=["transport", "vehicles"]),
 inc("Sumy", "UA-59", "2025-02-18", "day", ["drone"], k=1)],
[ad("2025-02-18", "drone", None, 40, att="UA"), ad("2025-02-18", "drone", 167, 158)]),

case("long-wire-016", "wire", ["non_attack_event", "statements", "cumulative", "children_subset", "relative_dates", "killed_phrasing", "injured_phrasing", "qualifier", "weapons", "numbers_words", "numbers_digits", "non_count"], "2025-05-17",
"""Prisoner swap agreed at first direct talks in three years; drone hits bus in Sumy region

ISTANBUL — Ukrainian and Russian delegations agreed on Friday to exchange 1,000 prisoners of war each, the only tangible result of their first direct talks since 2022, which ended after less than two hours.

"We agreed on the exchange and raised a ceasefire, but the Russian side set unacceptable conditions," Ukrainian Defence Minister Rustem Umerov told reporters.

Hours later, on Saturday morning, a Russian drone struck a passenger bus leaving Bilopillia in Sumy region, killing nine people and wounding seven, among them a 16-year-old, regional authorities said.

"This was a deliberate killing of civilians," President Volodymyr Zelensky said.

The UN human rights monitoring mission says at least 13,000 civilians have been killed in Ukraine since February 2022, including 670 children.""",
[inc("Bilopillia", "UA-59", "2025-05-17", "day", ["drone"], k=9, i=7, ci=1, dmg=["transport", "vehicles"])],
[], [st("Rustem Umerov", "defence minister"), st("Volodymyr Zelensky", "president")],
[ev("prisoner_exchange"), ev("talks")],
[stat("civilians_killed_cumulative", 13000, "at_least"), stat("children_killed_cumulative", 670)]),

case("long-wire-017", "wire", ["weapons", "attacker_side", "multi_incident", "children_subset", "non_attack_event", "relative_dates", "statements", "non_count", "killed_phrasing", "injured_phrasing", "numbers_words", "numbers_digits", "article_one"], "2025-10-30",
"""Landmine kills tractor driver as shelling hits Kherson

A tractor driver was killed on Wednesday when his vehicle hit an anti-tank mine in a field near Bilozerka, the Kherson regional administration said. About 30% of the region's farmland remains contaminated by mines and unexploded shells.

"The mine was planted during the occupation. We find them every week," said deminer Serhii Tkach.

Separately, Russian artillery and drones killed two people and injured 14, including a child, in Kherson on Thursday, regional governor Oleksandr Prokudin said. A drone also hit a municipal bus, which was carrying no passengers at the time.

Authorities have been evacuating residents from 35 settlements along the Dnipro river; 250 people, including 40 children, left last week.""",
[inc("Bilozerka", "UA-65", "2025-10-29", "day", ["mine"], att=None, k=1, dmg=["agricultural", "vehicles"]),
 inc("Kherson", "UA-65", "2025-10-30", "day", ["artillery", "drone"], k=2, i=14, ci=1, dmg=["transport"])],
[], [st("Serhii Tkach", "deminer")], [ev("evacuation")]),

case("long-wire-018", "wire", ["air_defense", "revision", "increment_total", "children_subset", "past_incident", "relative_dates", "killed_phrasing", "injured_phrasing", "non_count", "weapons", "numbers_digits", "numbers_words", "multi_incident"], "2024-01-02",
"""Russia pounds Kyiv and Kharkiv in New Year barrage

Russia fired 99 missiles of various types and 35 Shahed drones at Ukraine on Tuesday, the air force said. Air defences shot down 72 of the missiles and all of the drones.

In Kyiv, missile fragments killed two people and wounded 49 across seven districts, Mayor Vitali Klitschko said.

In Kharkiv, the number of injured rose through the day from an initial 41 to 62, including 6 children, regional governor Oleh Syniehubov said. One person was killed when a missile hit a residential building in the city centre.

It was the heaviest attack since the 29 December barrage that killed 58 people across the country.""",
[inc("Kyiv", "UA-30", "2024-01-02", "day", ["missile"], k=2, i=49),
 inc("Kharkiv", "UA-63", "2024-01-02", "day", ["missile"], k=1, i=62, ci=6, dmg=["residential"])],
[ad("2024-01-02", "missile", 99, 72), ad("2024-01-02", "drone", 35, 35)]),
]
