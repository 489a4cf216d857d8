"""Daily oblast round-ups in Russian: many villages, hromadas and raions in one post."""
from lib import Corpus, I, S, T, weekday, days_before

C = Corpus("roundup")

P = "2025-06-16"
C("telegram", "roundup multi_incident relative_dates injured_phrasing killed_phrasing case_forms weapons collective_numeral", P, """
За минувшие сутки враг обстрелял 11 населенных пунктов Харьковской области.

Харьковский район: в Казачьей Лопани от удара FPV-дрона ранен мужчина 51 года. В Липцах поврежден частный дом.

Купянский район: в Купянске погибли двое мужчин, трое горожан ранены в результате удара КАБ. В Двуречной повреждено здание почты.

Изюмский район: в Боровой обломки БПЛА повредили гараж, пострадавших нет.

Всего за сутки на Харьковщине зафиксировано применение 2 КАБ, 5 БПЛА «Герань-2» и 14 FPV-дронов.
""", inc=[I("Kozacha Lopan", w="drone", i=1), I("Lyptsi", w="unknown", dmg="residential"),
          I("Kupiansk", w="glide_bomb", k=2, i=3), I("Dvorichna", w="unknown", dmg="commercial"),
          I("Borova", code="UA-63", w="drone", k=0, i=0)])

P = "2025-06-23"
C("telegram", "roundup multi_incident overnight weapons killed_phrasing injured_phrasing case_forms telegram_hashtags", P, """
Никопольщина. Ночь и утро прошли неспокойно.

Россияне атаковали район дронами-камикадзе и били из тяжелой артиллерии. Под удар попали Никополь, Марганецкая, Покровская и Червоногригоровская громады.

В Никополе погибла 49-летняя женщина, двое мужчин ранены. Повреждены пятиэтажка, 4 частных дома, автомобиль.

В Марганецкой громаде пострадал пожилой мужчина. Разбит магазин.

В других громадах обошлось без жертв.

#Никополь #Марганец
""", inc=[I("Nikopol", w="drone artillery", k=1, i=2, dmg="residential vehicles"),
          I("Marhanets", w="drone artillery", i=1, dmg="commercial")])

P = "2025-06-30"
C("telegram", "roundup multi_incident statements killed_phrasing injured_phrasing case_forms numbers_digits weapons", P, """
Иван Федоров: за сутки россияне нанесли 486 ударов по 12 населенным пунктам Запорожской области.

Авиаудары пришлись по Степногорску, Малой Токмачке и Камышевахе. 312 БПЛА различных модификаций атаковали Орехов, Гуляйполе и Малокатериновку. Кроме того, 8 ударов из РСЗО нанесены по Степногорску и 164 артиллерийских удара — по территориям Ореховской, Гуляйпольской и Степногорской громад.

Поступило 14 сообщений о разрушении жилья, автомобилей и объектов инфраструктуры.

«В Орехове погиб мужчина, в Малокатериновке ранена женщина», — говорится в сообщении.
""", inc=[I("Orikhiv", w="drone artillery", k=1), I("Malokaterynivka", w="drone", i=1)],
  st=[S("Ivan Fedorov", None)])

P = "2025-07-06"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing children_subset case_forms weapons statements", P, """
Херсонщина: за минувшие сутки под вражескими обстрелами оказались Белозерка, Антоновка, Станислав, Камышаны, Садовое, Дарьевка, Казачьи Лагеря и Херсон.

Россияне попали по жилым кварталам, в Белозерке повреждено здание больницы.

В результате российской агрессии 1 человек погиб и 9 получили ранения, среди них ребенок.

«В Херсоне в Корабельном районе погиб мужчина 60 лет, ранены его жена и сосед», — сообщил глава ОВА Александр Прокудин.
""", inc=[I("Bilozerka", w="unknown", dmg="medical"), I("Kherson", w="unknown", k=1, i=2, dist="Korabelnyi")],
  st=[S("Oleksandr Prokudin", "head of the regional military administration")])

P = "2025-07-13"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms numbers_words weapons", P, """
Донетчина за сутки: россияне убили трех жителей области.

Двое погибли в Константиновке, один — в Дружковке. Еще 8 человек в области получили ранения: пятеро в Краматорске, трое в Славянске.

Всего за сутки россияне 1 760 раз обстреляли населенные пункты Донецкой области. Повреждены 9 частных домов, 2 многоэтажки, админздание и 4 автомобиля.
""", inc=[I("Kostiantynivka", code="UA-14", w="unknown", k=2), I("Druzhkivka", w="unknown", k=1),
          I("Kramatorsk", w="unknown", i=5), I("Sloviansk", w="unknown", i=3)])

P = "2025-07-20"
C("telegram", "roundup multi_incident relative_dates explicit_zero injured_phrasing case_forms weapons numbers_digits", P, """
Сумщина. За прошедшие сутки россияне нанесли 89 обстрелов по 23 населенным пунктам области. Зафиксировано 147 взрывов.

Белопольская громада: 2 КАБ по городу, ранен 1 человек, повреждены магазин и 3 дома.
Краснопольская громада: минометный обстрел, без последствий.
Юнаковская громада: удар FPV-дрона по автомобилю, пострадал водитель.
Великописаревская громада: обстрел из артиллерии, поврежден частный дом.
Сумская громада: удар БПЛА по инфраструктурному объекту, частично нарушено энергоснабжение. Пострадавших нет.
""", inc=[I("Bilopillia", w="glide_bomb", i=1, h=2, dmg="commercial residential"),
          I("Yunakivka", w="drone", i=1, dmg="vehicles"),
          I("Velyka Pysarivka", w="artillery", dmg="residential"),
          I("Sumy", w="drone", k=0, i=0, dmg="power")])

P = "2025-07-27"
C("telegram", "roundup multi_incident overnight injured_phrasing case_forms weapons old_name", P, """
Днепропетровщина. Ночью враг атаковал Самаровский район и Павлоград.

В Самаре (бывший Новомосковск) поврежден частный дом, ранен 70-летний мужчина.
В Павлограде горело предприятие. Пострадали двое работников.

Над областью силы ПВО уничтожили 15 беспилотников.
""", inc=[I("Samar", w="drone", i=1, dmg="residential"), I("Pavlohrad", w="drone", i=2, dmg="industrial")])

P = "2025-08-03"
C("telegram", "roundup multi_incident injured_phrasing children_subset case_forms weapons relative_dates district_place", P, """
Харьковщина: итоги дня.

Харьков: в 16:20 удар «Шахеда» по Киевскому району, ранены 2 человека, в том числе 10-летний мальчик.
Чугуев: дрон попал в частный дом, травмирована 58-летняя женщина.
Дергачевская громада: обстрел поселка Слатино, повреждены хозпостройки.
Богодуховский район: в Богодухове ранен мужчина 37 лет.
""", inc=[I("Kharkiv", w="drone", i=2, ci=1, dist="Kyivskyi"), I("Chuhuiv", w="drone", i=1, dmg="residential"),
          I("Slatyne", w="unknown"), I("Bohodukhiv", w="unknown", i=1)])

P = "2025-08-10"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms weapons numbers_words", P, """
Николаевщина: за прошедшие сутки Очаковская громада трижды попадала под обстрел.

В Очакове осколками ранены двое людей, повреждены частные дома и газопровод. В Кутсурубской громаде дрон атаковал трактор, тракторист погиб.

Над областью сбиты шесть БПЛА.
""", inc=[I("Ochakiv", w="unknown", i=2, dmg="residential gas"), I("Kutsurub", w="drone", k=1, dmg="vehicles agricultural")])

P = "2025-08-17"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms weapons numbers_digits", P, """
Донецкая область. За сутки в результате российских обстрелов погибли 4 мирных жителя, еще 11 ранены.

Добропольская громада: ранен 1 человек в Доброполье.
Белозерская громада: погибли 2 человека.
Краматорская громада: ранены 4 человека, повреждены 2 многоэтажки.
Лиманская громада: погибли 2 человека, ранены 3.
Северская громада: ранен 1 человек.
Неизвестны данные о пострадавших в Покровске и Мирнограде.
""", inc=[I("Bilozerske", w="unknown", k=2), I("Dobropillia", code="UA-14", w="unknown", i=1),
          I("Kramatorsk", w="unknown", i=4, dmg="residential"), I("Lyman", code="UA-14", w="unknown", k=2, i=3),
          I("Siversk", w="unknown", i=1)])

P = "2025-08-24"
C("telegram", "roundup multi_incident relative_dates weapons explicit_zero case_forms", P, """
Запорожская область за день: 17 КАБов и 400 дронов.

Под удар попали Запорожье, Степногорск, Приморское и Гуляйполе. В Запорожье выбиты окна в детской больнице, пострадавших нет. В Гуляйполе разрушен многоквартирный дом.
""", inc=[I("Zaporizhzhia", w="unknown", k=0, i=0, dmg="medical"), I("Huliaipole", w="unknown", dmg="residential")])

P = "2025-08-31"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms weapons numbers_words statements", P, """
Сергей Лысак рассказал о последствиях вражеских атак на Днепропетровщину за минувшие сутки.

«Несколько десятков раз враг бил по Никопольскому району. Под ударами оказались Никополь, Покров, Мировская и Марганецкая громады. Погиб мужчина в Покрове. В Никополе ранены пятеро.

В Синельниковском районе дроны атаковали Межевскую громаду. Повреждены дома и хозпостройки».

В Каменском и Криворожском районах обошлось без пострадавших.
""", inc=[I("Pokrov", w="unknown", k=1), I("Nikopol", w="unknown", i=5), I("Mezhova", w="drone", dmg="residential")],
  st=[S("Serhii Lysak", None)])

P = "2025-09-06"
C("telegram", "roundup multi_incident killed_phrasing injured_phrasing case_forms weapons relative_dates", P, """
Херсонская область. Вчера вечером россияне обстреляли из «Града» Антоновку и Камышаны. В Антоновке погибла женщина, в Камышанах ранены двое мужчин.

Сегодня утром в Станиславе ранен еще один человек: его автомобиль атаковал дрон.
""", inc=[I("Antonivka", code="UA-65", d="2025-09-05", w="mlrs", k=1), I("Komyshany", d="2025-09-05", w="mlrs", i=2),
          I("Stanislav", w="drone", i=1, dmg="vehicles")])

P = "2025-09-13"
C("telegram", "roundup multi_incident relative_dates case_forms weapons vague_amount explicit_zero", P, """
Харьковщина, 13 сентября. Враг бил по Купянскому и Изюмскому районам.

Купянск-Узловой: поврежден многоквартирный дом, несколько человек обратились за помощью.
Савинцы: обломки дрона упали на территорию агропредприятия.
Балаклея: попадание КАБ в промзону, без пострадавших.
""", inc=[I("Kupiansk-Vuzlovyi", w="unknown", dmg="residential"), I("Savyntsi", code="UA-63", w="drone", dmg="agricultural"),
          I("Balakliia", w="glide_bomb", k=0, i=0, dmg="industrial")])

P = "2025-09-20"
C("telegram", "roundup subset_total multi_incident killed_phrasing injured_phrasing case_forms weapons relative_dates", P, """
За прошедшие сутки на Херсонщине погибли 3 человека, 14 получили ранения.

В Херсоне ранены 9 человек, среди них медик скорой помощи. В Белозерке погиб пенсионер. В Чернобаевке дрон сбросил взрывчатку на остановку — погибли двое, пострадали пятеро.
""", inc=[I("Kherson", w="unknown", i=9), I("Bilozerka", w="unknown", k=1),
          I("Chornobaivka", w="drone", k=2, i=5, dmg="transport")])

P = "2025-09-27"
C("telegram", "roundup multi_incident explicit_zero weapons overnight case_forms telegram_hashtags", P, """
#Одесщина Ночная атака. Дроны атаковали Измаильский и Белгород-Днестровский районы.

В Измаиле повреждена портовая инфраструктура. В Белгороде-Днестровском горел склад. Люди не пострадали.
""", inc=[I("Izmail", w="drone", k=0, i=0, dmg="port"), I("Bilhorod-Dnistrovskyi", w="drone", k=0, i=0, dmg="commercial")])

P = "2025-10-04"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing children_subset case_forms weapons", P, """
Сумская область: сутки обстрелов.

Шосткинская громада: дрон ударил по предприятию, пострадали трое рабочих.
Ворожбянская громада: ранен подросток 15 лет.
Мирополье: обстрел из минометов, погиб мужчина.
Эсманская громада: 12 взрывов, разрушений нет.
""", inc=[I("Shostka", w="drone", i=3, dmg="industrial"), I("Vorozhba", w="unknown", i=1, ci=1),
          I("Myropillia", w="artillery", k=1)])

P = "2025-10-11"
C("telegram", "roundup multi_incident overnight weapons killed_phrasing injured_phrasing case_forms oblast_place", P, """
Запорожская область. Ночью Россия атаковала область ракетами и БПЛА.

В Запорожском районе повреждены 8 частных домов, ранены двое местных жителей. В Васильевке погиб мужчина.
""", inc=[I("Zaporizhzhia Oblast", w="missile drone", i=2, dmg="residential"),
          I("Vasylivka", code="UA-23", w="missile drone", k=1)])

P = "2025-10-18"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms weapons numbers_digits", P, """
Харьковщина, итоги суток.

• Купянский район: в Купянске 2 человека погибли, 3 ранены.
• Чугуевский район: в Старом Салтове ранены 2 человека.
• Лозовский район: в Лозовой дрон повредил железнодорожную инфраструктуру.
• Богодуховский район: в Золочеве поврежден дом культуры.
""", inc=[I("Kupiansk", w="unknown", k=2, i=3), I("Staryi Saltiv", w="unknown", i=2),
          I("Lozova", w="drone", dmg="transport"), I("Zolochiv", code="UA-63", w="unknown", dmg="cultural")])

P = "2025-10-25"
C("telegram", "roundup multi_incident relative_dates killed_phrasing injured_phrasing case_forms weapons", P, """
Никопольский район за сутки: около 20 атак дронов и артиллерии.

Никополь: ранен мужчина 68 лет. Марганец: погибла женщина, ранены двое. Покровская громада: повреждены ЛЭП и газопровод.
""", inc=[I("Nikopol", w="drone artillery", i=1), I("Marhanets", w="drone artillery", k=1, i=2),
          I("Pokrov", w="drone artillery", dmg="power gas")])

P = "2025-11-01"
C("telegram", "roundup multi_incident relative_dates weapons case_forms explicit_zero numbers_words", P, """
Николаевская область за сутки. В Николаеве ночью сбиты два дрона, обломки повредили крышу дома. В Коблево никто не пострадал после атаки на базу отдыха.
""", inc=[I("Mykolaiv", w="drone", dmg="residential"), I("Kobleve", w="drone", k=0, i=0, dmg="commercial")])

P = "2025-11-08"
C("telegram", "roundup multi_incident relative_dates killed_phrasing case_forms weapons", P, """
Донецкая область. Вчера россияне убили двух человек — по одному в Славянске и Дружковке. Повреждены 14 домов.
""", inc=[I("Sloviansk", d="2025-11-07", w="unknown", k=1), I("Druzhkivka", d="2025-11-07", w="unknown", k=1)])

P = "2025-11-15"
C("telegram", "roundup multi_incident overnight killed_phrasing injured_phrasing children_subset statements case_forms weapons", P, """
Глава Харьковской ОВА Олег Синегубов подвел итоги ночи.

«Враг нанес удары по Харькову и области. В Харькове в Салтовском районе пострадали шесть человек, среди них двое детей. В Печенегах погиб 64-летний мужчина. В Шевченково поврежден детский сад», — написал Синегубов.
""", inc=[I("Kharkiv", w="unknown", i=6, ci=2, dist="Saltivskyi"), I("Pechenihy", w="unknown", k=1),
          I("Shevchenkove", code="UA-63", w="unknown", dmg="education")],
  st=[S("Oleh Syniehubov", "head of the regional military administration")])

P = "2025-11-22"
C("telegram", "roundup multi_incident relative_dates killed_phrasing case_forms weapons numbers_words", P, """
Херсонщина. Днем дроны атаковали Тягинку и Львово. В Тягинке погиб мужчина. Во Львове поврежден частный дом.
""", inc=[I("Tiahynka", w="drone", k=1), I("Lvove", w="drone", dmg="residential")])

P = "2025-11-29"
C("telegram", "roundup multi_incident relative_dates injured_phrasing case_forms weapons explicit_zero old_name", P, """
Харьковщина. За сутки удары пришлись по Златополю (бывший Первомайский), Лозовой и Барвенково.

В Златополе ранены 2 человека. В Лозовой обошлось без пострадавших, поврежден склад. В Барвенково разрушений нет.
""", inc=[I("Zlatopil", code="UA-63", w="unknown", i=2), I("Lozova", w="unknown", k=0, i=0, dmg="commercial")])
