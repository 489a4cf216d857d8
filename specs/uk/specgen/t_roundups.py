from uklib import *

T, L = "telegram", "local_news"
CASES = [
case("uk-roundup-001", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "article_one", "non_count", "case_forms", "relative_dates"], "2025-02-18",
"""Харківщина, минула доба.

Під ворожим вогнем перебували понад 15 населених пунктів.

Куп'янський район: у Куп'янську внаслідок удару КАБом загинула 71-річна жінка. У Великому Бурлуці FPV-дрон атакував автомобіль, поранено водія, 45 років.

Чугуївський район: у Вовчанській громаді через мінометний обстріл пошкоджено два приватні будинки, без постраждалих.

Харківський район: у Дергачах уламки шахеда впали на територію підприємства, травмовано охоронця.

Ізюмський район: обстріли Борівської громади, руйнувань не зафіксовано.""",
[inc("Kupiansk", "UA-63", "2025-02-18", "day", ["glide_bomb"], k=1),
 inc("Velykyi Burluk", "UA-63", "2025-02-18", "day", ["drone"], i=1, dmg=["vehicles"]),
 inc("Vovchansk", "UA-63", "2025-02-18", "day", ["artillery"], k=0, i=0, dmg=["residential"]),
 inc("Derhachi", "UA-63", "2025-02-18", "day", ["drone"], i=1, dmg=["industrial"])]),

case("uk-roundup-002", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "non_count", "case_forms", "relative_dates", "telegram_hashtags"], "2025-03-19",
"""Минулої доби ворог 386 разів атакував 11 населених пунктів Запорізької області.

Окупанти завдали 9 авіаударів по Степногірську, Малій Токмачці та Оріхову. 214 ударів БпЛА різних модифікацій припали на Гуляйполе, Малокатеринівку, Тернувате. 160 артилерійських обстрілів — по території Оріхівської та Гуляйпільської громад.

У Гуляйполі загинув 58-річний чоловік. У Малокатеринівці поранено 2 жінок.

Надійшло 27 повідомлень про руйнування житла, автомобілів та об'єктів інфраструктури.

#Запоріжжя #ЗапорізькаОВА""",
[inc("Huliaipole", "UA-23", "2025-03-19", "day", ["drone", "artillery"], k=1),
 inc("Malokaterynivka", "UA-23", "2025-03-19", "day", ["drone"], i=2)]),

case("uk-roundup-003", T, ["roundup", "multi_incident", "weapons", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates", "explicit_zero"], "2024-10-22",
"""Нікопольщина: підсумки доби.

Агресор понад 20 разів гатив по району дронами-камікадзе та з важкої артилерії. Під ударами були Нікополь, Марганецька, Покровська, Червоногригорівська та Мирівська громади.

У Нікополі поранено 2 людей: 34-річного чоловіка та 67-річну жінку. Понівечено 5 приватних будинків, 3 автівки, газогін.

У Покровській громаді зачепило адмінбудівлю. Люди не постраждали.

#Нікопольщина""",
[inc("Nikopol", "UA-12", "2024-10-22", "day", ["drone", "artillery"], i=2, dmg=["residential", "vehicles", "gas"]),
 inc("Pokrov", "UA-12", "2024-10-22", "day", ["drone", "artillery"], k=0, i=0, dmg=["administrative"])]),

case("uk-roundup-004", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "children_subset", "non_count", "case_forms", "relative_dates"], "2025-05-06",
"""Протягом минулої доби ворог атакував 30 населених пунктів Херсонщини, зокрема Херсон, Білозерку, Антонівку, Комишани, Станіслав, Чорнобаївку, Велику Олександрівку.

Внаслідок російської агресії загинула 1 людина, ще 11 отримали поранення, серед них 1 дитина.

Детальніше: у Херсоні — 1 загиблий і 7 поранених, у Білозерці поранено 13-річного хлопця, у Комишанах — 3 поранених.

Окупанти пошкодили 9 житлових будинків, газопровід та приватні автомобілі.""",
[inc("Kherson", "UA-65", "2025-05-06", "day", ["unknown"], k=1, i=7),
 inc("Bilozerka", "UA-65", "2025-05-06", "day", ["unknown"], i=1, ci=1),
 inc("Komyshany", "UA-65", "2025-05-06", "day", ["unknown"], i=3)]),

case("uk-roundup-005", T, ["roundup", "multi_incident", "weapons", "numbers_digits", "case_forms", "relative_dates", "injured_phrasing", "killed_phrasing", "explicit_zero"], "2025-06-02",
"""Обстріли Сумщини за добу.

Ворог здійснив 94 обстріли 37 населених пунктів у 15 громадах.

Білопільська громада: КАБ, мінометний обстріл, FPV-дрони. Поранено 2 людей, зруйновано магазин.
Краснопільська громада: удари БпЛА, артилерія. Загинув 1 чоловік.
Хотінська громада: мінометний обстріл, без наслідків.
Юнаківська громада: удар КАБом, пошкоджено будинки.
Сумська громада: удар дрона по об'єкту інфраструктури, постраждалих немає.""",
[inc("Bilopillia", "UA-59", "2025-06-02", "day", ["glide_bomb", "artillery", "drone"], i=2, dmg=["commercial"]),
 inc("Krasnopillia", "UA-59", "2025-06-02", "day", ["drone", "artillery"], k=1),
 inc("Khotin", "UA-59", "2025-06-02", "day", ["artillery"], k=0, i=0),
 inc("Yunakivka", "UA-59", "2025-06-02", "day", ["glide_bomb"], dmg=["residential"]),
 inc("Sumy", "UA-59", "2025-06-02", "day", ["drone"], k=0, i=0)]),

case("uk-roundup-006", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "statements", "case_forms", "relative_dates"], "2025-01-14",
"""Донеччина: за добу росіяни вбили трьох мирних жителів

Протягом минулої доби російські військові вбили трьох жителів Донецької області: двох у Костянтинівці та одного в Мирнограді. Ще 9 людей в області поранені.

«Кожен обстріл Донеччини — воєнний злочин, за який росія відповідатиме», — наголосив Вадим Філашкін.

Загалом за добу росіяни обстріляли населені пункти області 1870 разів.""",
[inc("Kostiantynivka", "UA-14", "2025-01-14", "day", ["unknown"], k=2),
 inc("Myrnohrad", "UA-14", "2025-01-14", "day", ["unknown"], k=1)],
statements=[sp("Вадим Філашкін", "head of the regional military administration")]),

case("uk-roundup-007", T, ["roundup", "multi_incident", "weapons", "overnight", "injured_phrasing", "explicit_zero", "case_forms", "numbers_words"], "2025-07-29",
"""Ранкове зведення по Дніпропетровщині.

Вночі ворог атакував Кам'янське ударними дронами. Спалахнула пожежа в багатоповерхівці. Травмовано двох чоловіків.

На Синельниківщині росіяни били по Межівській та Петропавлівській громадах КАБами й артилерією. Пошкоджені приватні оселі та господарські будівлі. Без постраждалих.

Над областю ППО знищила 12 БпЛА.""",
[inc("Kamianske", "UA-12", "2025-07-29", "day", ["drone"], i=2, dmg=["residential"]),
 inc("Mezhova", "UA-12", "2025-07-29", "day", ["glide_bomb", "artillery"], k=0, i=0, dmg=["residential"]),
 inc("Petropavlivka", "UA-12", "2025-07-29", "day", ["glide_bomb", "artillery"], k=0, i=0, dmg=["residential"])]),

case("uk-roundup-008", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "non_count", "case_forms", "relative_dates", "article_one"], "2024-12-17",
"""Минулої доби окупанти обстрілювали Харківський, Чугуївський, Куп'янський, Ізюмський та Богодухівський райони.

• Золочівська громада — удар КАБом, поранено 60-річного чоловіка.
• Куп'янськ — артобстріл, загинула жінка 1952 р. н.
• Ківшарівка — FPV-дрон, поранено 2 чоловіків.
• Мала Данилівка — уламки БпЛА, пошкоджено 4 автомобілі.
• Вовчанська громада — мінометний обстріл, пошкоджено ферму.""",
[inc("Zolochiv", "UA-63", "2024-12-17", "day", ["glide_bomb"], i=1),
 inc("Kupiansk", "UA-63", "2024-12-17", "day", ["artillery"], k=1),
 inc("Kivsharivka", "UA-63", "2024-12-17", "day", ["drone"], i=2),
 inc("Mala Danylivka", "UA-63", "2024-12-17", "day", ["drone"], dmg=["vehicles"]),
 inc("Vovchansk", "UA-63", "2024-12-17", "day", ["artillery"], dmg=["agricultural"])]),

case("uk-roundup-009", T, ["roundup", "multi_incident", "weapons", "injured_phrasing", "numbers_words", "collective_numeral", "overnight", "case_forms"], "2025-09-09",
"""Ніч на Миколаївщині.

Очаківську громаду обстрілювали з артилерії та атакували дронами. Пошкоджено приватний будинок і лінію електропередачі. Постраждали двоє людей — чоловік і жінка.

Куцурубську громаду обстріляли з РСЗВ, там загорілася суха трава, постраждалих немає.

В інших громадах ніч минула спокійно.""",
[inc("Ochakiv", "UA-48", "2025-09-09", "day", ["artillery", "drone"], i=2, dmg=["residential", "power"]),
 inc("Kutsurub", "UA-48", "2025-09-09", "day", ["mlrs"], k=0, i=0)]),

case("uk-roundup-010", T, ["roundup", "multi_incident", "weapons", "numbers_digits", "case_forms", "relative_dates", "injured_phrasing", "explicit_zero"], "2025-04-24",
"""Чернігівщина за добу: 41 обстріл, 114 вибухів.

Новгород-Сіверська громада: обстріл з мінометів, дрони. Поранено 1 жінку.
Семенівська громада: атака FPV, понівечено автомобіль.
Городнянська громада: артилерія, без втрат.
Корюківська громада: КАБ, пошкоджено лісове господарство.""",
[inc("Novhorod-Siverskyi", "UA-74", "2025-04-24", "day", ["artillery", "drone"], i=1),
 inc("Semenivka", "UA-74", "2025-04-24", "day", ["drone"], dmg=["vehicles"]),
 inc("Horodnia", "UA-74", "2025-04-24", "day", ["artillery"], k=0, i=0),
 inc("Koriukivka", "UA-74", "2025-04-24", "day", ["glide_bomb"], dmg=["agricultural"])]),

case("uk-roundup-011", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "claimant", "case_forms", "relative_dates", "recap_paragraph", "past_incident"], "2025-08-12",
"""Росіяни обстріляли Херсонщину: одна людина загинула, шестеро поранені

Протягом минулої доби під обстрілами опинились понад 25 населених пунктів Херсонської області. Про це повідомив Олександр Прокудін.

У Бериславі від удару дрона загинула жінка. У Херсоні поранено чотирьох людей, ще двох — у Станіславі. Пошкоджено 6 житлових будинків і 3 багатоквартирні.

Нагадаємо, 9 серпня через удар дрона по маршрутці в Херсоні поранено 8 пасажирів.""",
[inc("Beryslav", "UA-65", "2025-08-12", "day", ["drone"], k=1),
 inc("Kherson", "UA-65", "2025-08-12", "day", ["unknown"], i=4),
 inc("Stanislav", "UA-65", "2025-08-12", "day", ["unknown"], i=2),
 inc("Kherson", "UA-65", "2025-08-09", "day", ["drone"], i=8, dmg=["transport"])]),

case("uk-roundup-012", T, ["roundup", "weapons", "injured_phrasing", "numbers_digits", "oblast_place", "case_forms", "relative_dates"], "2025-02-05",
"""За минулу добу на Донеччині поранено 8 цивільних. Ворог бив КАБами, артилерією та дронами по прифронтових громадах.""",
[inc("Donetsk Oblast", "UA-14", "2025-02-05", "day", ["glide_bomb", "artillery", "drone"], i=8)]),

case("uk-roundup-013", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "overnight", "case_forms", "subset_total"], "2025-11-03",
"""Наслідки масованої атаки на Дніпропетровщину

У ніч на понеділок росіяни атакували Дніпропетровську область ракетами та ударними дронами. Загалом постраждали 14 людей, одна з них загинула.

У Дніпрі поранено 9 людей, пошкоджено багатоповерхівку та автосалон. У Павлограді загинув чоловік, ще 4 — травмовані; там пошкоджено підприємство.

Ще в Синельниківському районі горіла суха трава.""",
[inc("Dnipro", "UA-12", "2025-11-03", "day", ["missile", "drone"], i=9, dmg=["residential", "commercial"]),
 inc("Pavlohrad", "UA-12", "2025-11-03", "day", ["missile", "drone"], k=1, i=4, dmg=["industrial"])]),

case("uk-roundup-014", T, ["roundup", "multi_incident", "weapons", "numbers_digits", "case_forms", "relative_dates", "explicit_zero", "killed_phrasing"], "2024-08-30",
"""Зведення на ранок 30 серпня.

Протягом доби ворог 11 разів обстрілював прикордоння Сумщини. Зафіксовано 63 вибухи.

Миропільська громада: скидання ВОП з БпЛА, загинув чоловік.
Есманська громада: мінометний обстріл (12 вибухів), обійшлося без жертв.
Великописарівська громада: артобстріл (20 вибухів).
Шосткинська громада: удар дрона по інфраструктурі, пошкоджено лінію електропередачі.""",
[inc("Myropillia", "UA-59", "2024-08-30", "day", ["drone"], k=1),
 inc("Esman", "UA-59", "2024-08-30", "day", ["artillery"], k=0),
 inc("Shostka", "UA-59", "2024-08-30", "day", ["drone"], dmg=["power"])]),

case("uk-roundup-015", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "collective_numeral", "case_forms", "relative_dates", "statements"], "2025-10-07",
"""Понеділок на Харківщині: троє загиблих і семеро поранених

У понеділок росіяни завдали ударів по Харкову та області. У Богодухові дрон влучив у багатоповерхівку: загинули троє людей, серед них подружжя пенсіонерів. У Харкові через удар КАБом по Слобідському району поранено сімох людей.

«Рятувальники досі розбирають завали в Богодухові», — сказав Олег Синєгубов.""",
[inc("Bohodukhiv", "UA-63", wd("2025-10-07", "monday"), "day", ["drone"], k=3, dmg=["residential"]),
 inc("Kharkiv", "UA-63", wd("2025-10-07", "monday"), "day", ["glide_bomb"], i=7, district="Slobidskyi")],
statements=[sp("Олег Синєгубов", "head of the regional military administration")]),

case("uk-roundup-016", T, ["roundup", "weapons", "numbers_digits", "case_forms", "relative_dates"], "2025-03-04",
"""Протягом минулої доби росіяни завдали 512 ударів по 14 населених пунктах Запорізької області. Надійшло 19 повідомлень про руйнування житла та інфраструктури. Інформації про постраждалих серед населення не надходило.""",
[]),

case("uk-roundup-017", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "children_subset", "non_count", "case_forms", "relative_dates"], "2025-06-23",
"""Харківщина, 22 червня.

12:35 — Харків, Немишлянський район. Удар КАБом, поранено 3 людей, у тому числі 16-річна дівчина.
15:10 — Куп'янськ. Артобстріл, загинув 64-річний чоловік.
18:20 — с. Слатине Дергачівської громади. Удар FPV-дрона по цивільному авто, травмовано 2 чоловіків.
21:50 — Чугуїв. Влучання шахеда в нежитлову будівлю, без постраждалих.""",
[inc("Kharkiv", "UA-63", "2025-06-22", "day", ["glide_bomb"], i=3, ci=1, district="Nemyshlianskyi"),
 inc("Kupiansk", "UA-63", "2025-06-22", "day", ["artillery"], k=1),
 inc("Slatyne", "UA-63", "2025-06-22", "day", ["drone"], i=2, dmg=["vehicles"]),
 inc("Chuhuiv", "UA-63", "2025-06-22", "day", ["drone"], k=0, i=0)]),

case("uk-roundup-018", L, ["roundup", "multi_incident", "weapons", "injured_phrasing", "numbers_words", "case_forms", "overnight", "claimant"], "2025-01-20",
"""Одещина: ніч атак на енергетику та порти

У ніч на 20 січня ворог атакував Одещину ударними безпілотниками, повідомили в ОВА. В Ізмаїлі пошкоджено портову інфраструктуру, двоє працівників отримали поранення. У Білгороді-Дністровському уламки впали на приватний будинок, травмовано літню жінку. У Чорноморську вибуховою хвилею вибито вікна в школі.""",
[inc("Izmail", "UA-51", "2025-01-20", "day", ["drone"], i=2, dmg=["port"]),
 inc("Bilhorod-Dnistrovskyi", "UA-51", "2025-01-20", "day", ["drone"], i=1, dmg=["residential"]),
 inc("Chornomorsk", "UA-51", "2025-01-20", "day", ["drone"], dmg=["education"])]),

case("uk-roundup-019", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "numbers_digits", "case_forms", "relative_dates", "non_count"], "2025-08-28",
"""Підсумки доби на Херсонщині.

Херсон: 3 поранених, пошкоджено 12 приватних будинків.
Антонівка: загинув чоловік 1961 р. н.
Дніпровський район Херсона: влучання дрона в тролейбус, 2 поранених.
Станіслав, Білозерка, Тягинка — обстріли без постраждалих.""",
[inc("Kherson", "UA-65", "2025-08-28", "day", ["unknown"], i=3, dmg=["residential"]),
 inc("Kherson", "UA-65", "2025-08-28", "day", ["drone"], i=2, district="Dniprovskyi", dmg=["transport"]),
 inc("Antonivka", "UA-65", "2025-08-28", "day", ["unknown"], k=1),
 inc("Stanislav", "UA-65", "2025-08-28", "day", ["unknown"], k=0, i=0),
 inc("Bilozerka", "UA-65", "2025-08-28", "day", ["unknown"], k=0, i=0),
 inc("Tiahynka", "UA-65", "2025-08-28", "day", ["unknown"], k=0, i=0)]),

case("uk-roundup-020", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "cross_border", "attacker_side"], "2025-04-08",
"""Прикордоння під вогнем: Сумщина і Білгородщина звітують про втрати

За минулу добу в Сумській області через російські обстріли загинули двоє людей у Білопільській громаді, ще троє поранені в Краснопіллі.

Водночас губернатор Бєлгородської області заявив, що в Бєлгороді внаслідок атаки українського дрона поранено одну людину.""",
[inc("Bilopillia", "UA-59", "2025-04-08", "day", ["unknown"], k=2),
 inc("Krasnopillia", "UA-59", "2025-04-08", "day", ["unknown"], i=3),
 inc("Belgorod", "RU-BEL", "2025-04-08", "day", ["drone"], att="UA", i=1)]),

case("uk-roundup-021", T, ["roundup", "multi_incident", "weapons", "injured_phrasing", "numbers_digits", "overnight", "case_forms", "explicit_zero"], "2025-12-01",
"""Ніч на Полтавщині.

Ворог атакував область ракетами та дронами. У Кременчуцькому районі — влучання в об'єкт промисловості. У Миргороді пошкоджено адмінбудівлю, травмовано 2 людей. У Лубнах уламки впали на приватне господарство — без постраждалих.""",
[inc("Myrhorod", "UA-53", "2025-12-01", "day", ["missile", "drone"], i=2, dmg=["administrative"]),
 inc("Lubny", "UA-53", "2025-12-01", "day", ["missile", "drone"], k=0, i=0, dmg=["residential"])]),

case("uk-roundup-022", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "children_subset"], "2025-02-26",
"""Дніпропетровщина, вівторок.

Ворог атакував Нікопольщину понад 30 разів. Під ударами — Марганецька, Червоногригорівська та Томаківська громади. У Марганці поранено двох чоловіків. У Томаківці загинула 80-річна жінка.

Увечері росіяни вдарили по Кривому Рогу — травмовано 12-річну дівчинку.""",
[inc("Marhanets", "UA-12", wd("2025-02-26", "tuesday"), "day", ["unknown"], i=2),
 inc("Tomakivka", "UA-12", wd("2025-02-26", "tuesday"), "day", ["unknown"], k=1),
 inc("Kryvyi Rih", "UA-12", wd("2025-02-26", "tuesday"), "day", ["unknown"], i=1, ci=1)]),

case("uk-roundup-023", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "claimant"], "2025-05-12",
"""Поліція Донеччини задокументувала 2 456 обстрілів за добу

За минулу добу росіяни поранили вісьмох мешканців Донеччини і вбили одного, повідомили в поліції області. Загинув житель Покровська. Четверо поранених — у Костянтинівці, двоє — у Дружківці, ще двоє — у Краматорську.

Пошкоджено 63 цивільні об'єкти, серед них 31 житловий будинок.""",
[inc("Pokrovsk", "UA-14", "2025-05-12", "day", ["unknown"], k=1),
 inc("Kostiantynivka", "UA-14", "2025-05-12", "day", ["unknown"], i=4),
 inc("Druzhkivka", "UA-14", "2025-05-12", "day", ["unknown"], i=2),
 inc("Kramatorsk", "UA-14", "2025-05-12", "day", ["unknown"], i=2)]),

case("uk-roundup-024", T, ["roundup", "weapons", "case_forms", "relative_dates", "oblast_place", "telegram_hashtags"], "2025-09-22",
"""Обстановка в області за минулу добу.

Ворог продовжує атакувати прикордонні громади Чернігівщини: Новгород-Сіверську, Семенівську, Сновську. Загиблих і поранених серед цивільних немає.

#Чернігівщина""",
[inc("Chernihiv Oblast", "UA-74", "2025-09-22", "day", ["unknown"], k=0, i=0)]),

case("uk-roundup-025", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates", "district_place"], "2024-11-12",
"""Запоріжжя та область, 11 листопада:

— м. Запоріжжя, Шевченківський район: удар КАБ по промисловому об'єкту, 2 поранених;
— Степногірськ: FPV-дрон атакував автомобіль, водій загинув;
— Оріхів: артобстріл, поранено 1 жінку, зруйновано будинок;
— Комишуваха: уламки БпЛА, пошкоджено лінію електропередачі.""",
[inc("Zaporizhzhia", "UA-23", "2024-11-11", "day", ["glide_bomb"], i=2, district="Shevchenkivskyi", dmg=["industrial"]),
 inc("Stepnohirsk", "UA-23", "2024-11-11", "day", ["drone"], k=1, dmg=["vehicles"]),
 inc("Orikhiv", "UA-23", "2024-11-11", "day", ["artillery"], i=1, dmg=["residential"]),
 inc("Komyshuvakha", "UA-23", "2024-11-11", "day", ["drone"], dmg=["power"])]),

case("uk-roundup-026", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "collective_numeral", "case_forms", "overnight", "statements"], "2025-07-15",
"""Ніч на Київщині: удари по Фастівському та Бориспільському районах

Вночі ворог атакував Київщину. У Фастові загинули двоє людей, ще четверо отримали поранення — уламки ракети впали на житловий сектор. У Борисполі пошкоджено складські приміщення, там постраждалих немає.

«Ворог цілеспрямовано тероризує мирних людей», — написав Микола Калашник.""",
[inc("Fastiv", "UA-32", "2025-07-15", "day", ["missile"], k=2, i=4, dmg=["residential"]),
 inc("Boryspil", "UA-32", "2025-07-15", "day", ["unknown"], k=0, i=0, dmg=["commercial"])],
statements=[sp("Микола Калашник", "head of the regional military administration")]),

case("uk-roundup-027", T, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "old_name"], "2025-10-14",
"""Харківщина за добу.

Золочів: КАБ, зруйновано приватний будинок.
Первомайський: дрон влучив у двір, поранено жінку.
Зміїв: артилерія, загинули двоє чоловіків.
Балаклія: уламки шахеда на території підприємства, без постраждалих.""",
[inc("Zolochiv", "UA-63", "2025-10-14", "day", ["glide_bomb"], dmg=["residential"]),
 inc("Zlatopil", "UA-63", "2025-10-14", "day", ["drone"], i=1),
 inc("Zmiiv", "UA-63", "2025-10-14", "day", ["artillery"], k=2),
 inc("Balakliia", "UA-63", "2025-10-14", "day", ["drone"], k=0, i=0, dmg=["industrial"])]),

case("uk-roundup-028", T, ["roundup", "multi_incident", "weapons", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "explicit_zero"], "2024-09-16",
"""Неділя на Сумщині.

Ворог атакував Конотоп шахедами: пошкоджено об'єкт енергетики, частина міста без світла. Поранено трьох людей.

У Ромнах уламки збитого дрона впали на подвір'я приватного будинку. Без жертв.

Путивльська громада: обстріл з артилерії, пошкоджено кілька господарських будівель.""",
[inc("Konotop", "UA-59", wd("2024-09-16", "sunday"), "day", ["drone"], i=3, dmg=["power"]),
 inc("Romny", "UA-59", wd("2024-09-16", "sunday"), "day", ["drone"], k=0, dmg=["residential"]),
 inc("Putyvl", "UA-59", wd("2024-09-16", "sunday"), "day", ["artillery"], dmg=["agricultural"])]),

case("uk-roundup-029", L, ["roundup", "multi_incident", "weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates", "increment_total"], "2025-03-10",
"""Донеччина: у Добропіллі зросла кількість загиблих

Станом на ранок понеділка відомо про 6 загиблих через суботній удар по Добропіллю — раніше йшлося про 5. Поранених 14.

За минулу добу, крім того, в Слов'янську поранено 2 людей, у Лимані — 1.""",
[inc("Dobropillia", "UA-14", wd("2025-03-10", "saturday"), "day", ["unknown"], k=6, i=14),
 inc("Sloviansk", "UA-14", "2025-03-10", "day", ["unknown"], i=2),
 inc("Lyman", "UA-14", "2025-03-10", "day", ["unknown"], i=1)]),

case("uk-roundup-030", T, ["roundup", "multi_incident", "weapons", "numbers_digits", "case_forms", "relative_dates", "injured_phrasing"], "2025-01-31",
"""Херсонщина, 30 січня. За добу окупанти випустили 418 снарядів, з них 57 — по Херсону. Скинули 14 авіабомб на Берислав та Велику Олександрівку.

Поранено 1 людину в Херсоні. У Бериславі зруйновано будівлю лікарні.""",
[inc("Kherson", "UA-65", "2025-01-30", "day", ["artillery"], i=1),
 inc("Beryslav", "UA-65", "2025-01-30", "day", ["glide_bomb"], dmg=["medical"])]),
]
