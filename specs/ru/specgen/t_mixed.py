"""Short reports that each exercise one Russian construct: numbers in words and their cases,
collective numerals, qualifiers, zero phrases, children's words, revisions, old names, events."""
from lib import Corpus, I, A, S, T, weekday, days_before

C = Corpus("mixed")

P = "2025-06-08"
C("wire", "numbers_words case_forms killed_phrasing injured_phrasing weapons", P, """
Число погибших в результате ракетного удара по Полтаве достигло двадцати одного человека, еще сорок семь получили ранения.
""", inc=[I("Poltava", w="missile", k=21, i=47, p="r")])

P = "2025-06-11"
C("local_news", "numbers_words case_forms injured_phrasing weapons", P, """
Медики Запорожья оказали помощь тридцати пяти пострадавшим после атаки шахедов.
""", inc=[I("Zaporizhzhia", w="drone", i=35, p="r")])

P = "2025-06-14"
C("wire", "collective_numeral case_forms killed_phrasing children_subset weapons", P, """
В Сумах под обломками дома погибли семеро, из них двое детей. Россия ударила по городу баллистической ракетой.
""", inc=[I("Sumy", w="missile", k=7, ck=2, dmg="residential", p="r")])

P = "2025-06-19"
C("local_news", "collective_numeral case_forms injured_phrasing weapons", P, """
В Херсоне врачи спасают пятерых раненых после обстрела жилого квартала.
""", inc=[I("Kherson", w="artillery", i=5, dmg="residential", p="r")])

P = "2025-06-22"
C("telegram", "collective_numeral case_forms children_subset injured_phrasing weapons", P, """
Дрон атаковал автомобиль в Белозерке. Ранены мать и двое ее сыновей 6 и 9 лет.
""", inc=[I("Bilozerka", w="drone", i=3, ci=2, dmg="vehicles", p="r")])

P = "2025-06-25"
C("wire", "numbers_words case_forms injured_phrasing qualifier weapons", P, """
Не менее одиннадцати человек пострадали в Харькове после удара КАБ по жилому кварталу.
""", inc=[I("Kharkiv", w="glide_bomb", i=11, dmg="residential", p="r")])

P = "2025-06-28"
C("wire", "qualifier killed_phrasing injured_phrasing numbers_digits weapons", P, """
По меньшей мере 3 человека погибли и более 40 ранены в результате массированного удара по Днепру.
""", inc=[I("Dnipro", w="unknown", k=3, i=40, p="r")])

P = "2025-07-01"
C("local_news", "qualifier injured_phrasing numbers_digits weapons", P, """
Около 20 человек обратились за медпомощью после атаки дронов на Одессу: у большинства порезы и острая реакция на стресс.
""", inc=[I("Odesa", w="drone", i=20, p="r")])

P = "2025-07-03"
C("telegram", "qualifier killed_phrasing numbers_words case_forms weapons", P, """
В Краматорске до девяти погибших после удара ракетой по центру города. Данные уточняются.
""", inc=[I("Kramatorsk", w="missile", k=9, p="r")])

P = "2025-07-05"
C("telegram", "explicit_zero weapons", P, """
Удар по Лозовой. Поврежден частный дом. Жертв нет.
""", inc=[I("Lozova", w="unknown", k=0, i=0, dmg="residential", p="r")])

P = "2025-07-08"
C("telegram", "explicit_zero weapons relative_dates", P, """
Чугуев. Сегодня утром беспилотник попал в здание бывшего завода. Обошлось без жертв.
""", inc=[I("Chuhuiv", w="drone", k=0, i=0, dmg="industrial")])

P = "2025-07-10"
C("telegram", "explicit_zero killed_phrasing injured_phrasing weapons", P, """
Павлоград: ракета попала в промышленное предприятие. Погибших нет, один человек ранен.
""", inc=[I("Pavlohrad", w="missile", k=0, i=1, dmg="industrial", p="r")])

P = "2025-07-12"
C("telegram", "explicit_zero injured_phrasing weapons", P, """
Вознесенск. Обломки дрона повредили газопровод. Раненых нет.
""", inc=[I("Voznesensk", w="drone", i=0, dmg="gas", p="r")])

P = "2025-07-15"
C("wire", "children_subset case_forms injured_phrasing weapons", P, """
В Днепре ранен ребёнок: осколки ракеты попали в окна квартиры, где находился 4-летний мальчик с бабушкой. Пострадали оба.
""", inc=[I("Dnipro", w="missile", i=2, ci=1, dmg="residential", p="r")])

P = "2025-07-18"
C("telegram", "children_subset killed_phrasing case_forms weapons", P, """
В Харькове погиб младенец: дрон попал в частный дом в Немышлянском районе. Родители госпитализированы.
""", inc=[I("Kharkiv", w="drone", k=1, ck=1, i=2, dist="Nemyshlianskyi", dmg="residential", p="r")])

P = "2025-07-21"
C("telegram", "children_subset injured_phrasing case_forms weapons", P, """
Несовершеннолетний получил ранения во время обстрела Никополя. Парню 17 лет, его состояние стабильное.
""", inc=[I("Nikopol", w="artillery", i=1, ci=1, p="r")])

P = "2025-07-24"
C("wire", "children_subset injured_phrasing numbers_digits case_forms weapons", P, """
Среди 14 раненых в Запорожье — 5 детей, младшему из них 2 года.
""", inc=[I("Zaporizhzhia", w="unknown", i=14, ci=5, p="r")])

P = "2025-07-26"
C("telegram", "children_subset killed_phrasing injured_phrasing case_forms weapons", P, """
В Одессе из-за удара дрона погибла 14-летняя девочка. Ранены ее отец и соседка.
""", inc=[I("Odesa", w="drone", k=1, ck=1, i=2, p="r")])

P = "2025-07-29"
C("telegram", "children_subset injured_phrasing case_forms weapons", P, """
Херсон. Под обстрел попал внук 70-летней пенсионерки — подросток получил осколочное ранение. Женщина не пострадала.
""", inc=[I("Kherson", w="artillery", i=1, ci=1, p="r")])

P = "2025-07-31"
C("wire", "non_count injured_phrasing numbers_digits weapons", P, """
В Кривом Роге ракета попала в 9-этажный дом в 300 метрах от школы. В доме выбиты 120 окон, ранены 4 человека.
""", inc=[I("Kryvyi Rih", w="missile", i=4, dmg="residential", p="r")])

P = "2025-08-02"
C("telegram", "non_count killed_phrasing article_one weapons", P, """
В Николаеве погибла женщина 1961 года рождения. Удар пришелся около 23:30 по частному сектору.
""", inc=[I("Mykolaiv", w="unknown", k=1, dmg="residential", p="r")])

P = "2025-08-05"
C("telegram", "non_count injured_phrasing weapons numbers_digits", P, """
Днепр. После атаки 35% абонентов Самарского района остаются без света. Пострадали 2 человека.
""", inc=[I("Dnipro", w="unknown", i=2, dist="Samarskyi", dmg="power", p="r")])

P = "2025-08-07"
C("telegram", "one_another killed_phrasing injured_phrasing weapons", P, """
Орехов. Один человек погиб, еще один ранен после удара FPV-дрона.
""", inc=[I("Orikhiv", w="drone", k=1, i=1, p="r")])

P = "2025-08-09"
C("telegram", "article_one killed_phrasing injured_phrasing weapons", P, """
В Краматорске погиб пожилой мужчина, ранена его супруга.
""", inc=[I("Kramatorsk", w="unknown", k=1, i=1, p="r")])

P = "2025-08-12"
C("wire", "revision killed_phrasing numbers_digits weapons", P, """
Прокуратура уточнила данные об ударе по Николаеву: погибли 4 человека, а не 5, как сообщалось ранее.
""", inc=[I("Mykolaiv", w="unknown", k=4, p="r")])

P = "2025-08-15"
C("wire", "revision injured_phrasing numbers_words weapons", P, """
Сначала власти сообщили о семи раненых в Сумах, позже число пострадавших уточнили — двенадцать.
""", inc=[I("Sumy", w="unknown", i=12, p="r")])

P = "2025-08-18"
C("telegram", "increment_total killed_phrasing numbers_words case_forms weapons", P, """
Число погибших в Запорожье увеличилось на двоих — до пяти. Спасатели нашли тела под завалами.
""", inc=[I("Zaporizhzhia", w="unknown", k=5, p="r")])

P = "2025-08-21"
C("wire", "missing_people killed_phrasing numbers_words case_forms weapons", P, """
В Днепре под завалами многоэтажки ищут троих пропавших без вести. Погибли уже 5 человек.
""", inc=[I("Dnipro", w="unknown", k=5, m=3, dmg="residential", p="r")])

P = "2025-08-24"
C("wire", "vague_amount injured_phrasing weapons", P, """
В Одессе есть раненые, их количество уточняется. Повреждены несколько многоэтажек и десятки автомобилей.
""", inc=[I("Odesa", w="unknown", dmg="residential vehicles", p="r")])

P = "2025-08-27"
C("wire", "vague_amount subset_total injured_phrasing weapons", P, """
После удара по Харькову за помощью обратились десятки людей, трое из них госпитализированы.
""", inc=[I("Kharkiv", w="unknown", p="r")])

P = "2025-08-30"
C("wire", "old_name killed_phrasing weapons", P, """
В Днепропетровске, как его до сих пор называют российские СМИ, при ударе по предприятию погибли 2 человека.
""", inc=[I("Dnipro", w="unknown", k=2, dmg="industrial", p="r")])

P = "2025-09-02"
C("wire", "old_name injured_phrasing weapons numbers_digits", P, """
В Кировограде (ныне Кропивницкий) обломки дрона повредили жилой дом, пострадал 1 человек.
""", inc=[I("Kropyvnytskyi", w="drone", i=1, dmg="residential", p="r")])

P = "2025-09-05"
C("wire", "military_losses non_attack_event", P, """
Генштаб ВСУ: потери российских войск за сутки составили 980 человек, уничтожены 4 танка и 31 артсистема.
""", ev=["military_losses"])

P = "2025-09-08"
C("wire", "non_attack_event statements", P, """
«Мы готовы к прекращению огня на 30 дней, если Россия сделает то же самое», — заявил министр иностранных дел Украины.
""", ev=["talks"], st=[S(None, "foreign minister")])

P = "2025-09-11"
C("wire", "non_attack_event", P, """
Пасхальное перемирие нарушено: Россия обстреливала позиции ВСУ, несмотря на объявленное прекращение огня, сообщили в Генштабе.
""", ev=["ceasefire"])

P = "2025-09-14"
C("wire", "non_attack_event numbers_digits", P, """
Из прифронтовых сел Запорожской области эвакуировали 46 человек, из них 9 детей.
""", ev=["evacuation"])

P = "2025-09-17"
C("wire", "cumulative qualifier", P, """
По данным ООН, с февраля 2022 года в Украине погибли более 13 500 мирных жителей, в том числе не менее 700 детей.
""", stats=[T("civilians_killed_cumulative", 13500, "more_than"), T("children_killed_cumulative", 700, "at_least")])

P = "2025-09-20"
C("wire", "cumulative qualifier numbers_digits", P, """
Офис генпрокурора: с начала полномасштабного вторжения ранены около 2 200 детей.
""", stats=[T("children_injured_cumulative", 2200, "about")])

P = "2025-09-23"
C("telegram", "relative_dates killed_phrasing weapons", P, """
Накануне вечером российский дрон атаковал автомобиль в Белополье. Водитель погиб.
""", inc=[I("Bilopillia", d="2025-09-22", w="drone", k=1, dmg="vehicles")])

P = "2025-09-26"
C("telegram", "relative_dates injured_phrasing weapons", P, """
В четверг около 15:00 Херсон попал под обстрел. Ранены двое.
""", inc=[I("Kherson", d=weekday("2025-09-26", "четверг"), w="artillery", i=2)])

P = "2025-09-29"
C("telegram", "relative_dates non_count injured_phrasing weapons", P, """
Около 14:00 в Сумах прогремел взрыв. Пострадали 3 человека.
""", inc=[I("Sumy", w="unknown", i=3, p="r")])

P = "2025-10-02"
C("wire", "relative_dates overnight killed_phrasing weapons", P, """
В ночь на 1 октября российский удар по Харькову унес жизни двух человек.
""", inc=[I("Kharkiv", d="2025-10-01", w="unknown", k=2)])

P = "2025-10-05"
C("wire", "injured_phrasing killed_phrasing case_forms weapons subset_total", P, """
В Запорожье пострадали 10 человек, двое из них погибли.
""", inc=[I("Zaporizhzhia", w="unknown", k=2, i=8, p="r")])

P = "2025-10-08"
C("telegram", "injured_phrasing case_forms weapons", P, """
Травмированы трое горожан, все госпитализированы: в Николаеве дрон попал в маршрутку.
""", inc=[I("Mykolaiv", w="drone", i=3, dmg="transport vehicles", p="r")])

P = "2025-10-11"
C("telegram", "injured_phrasing numbers_digits weapons", P, """
Никополь. Госпитализированы 2 женщины, их ранило осколками дрона на рынке.
""", inc=[I("Nikopol", w="drone", i=2, dmg="commercial", p="r")])

P = "2025-10-14"
C("wire", "weapons killed_phrasing", P, """
В Днепре «Искандер» с кассетной боевой частью убил троих прохожих.
""", inc=[I("Dnipro", w="missile", k=3, p="r")])

P = "2025-10-17"
C("telegram", "weapons explicit_zero", P, """
Очаков: обстрел из РСЗО «Ураган». Пострадавших нет, горела трава.
""", inc=[I("Ochakiv", w="mlrs", k=0, i=0, p="r")])

P = "2025-10-20"
C("telegram", "weapons injured_phrasing", P, """
Херсонская область: в Белозерке ранена женщина после сброса взрывчатки с дрона.
""", inc=[I("Bilozerka", w="drone", i=1, p="r")])

P = "2025-10-23"
C("telegram", "weapons killed_phrasing", P, """
На Запорожском направлении ФАБ-500 уничтожила многоэтажку в Степногорске. Погиб мужчина.
""", inc=[I("Stepnohirsk", w="glide_bomb", k=1, dmg="residential", p="r")])

P = "2025-10-26"
C("wire", "weapons killed_phrasing numbers_words case_forms", P, """
Ракета Х-101 попала в жилой дом во Львове. Погибли четыре человека.
""", inc=[I("Lviv", w="missile", k=4, dmg="residential", p="r")])

P = "2025-10-29"
C("telegram", "injured_phrasing case_forms numbers_digits weapons", P, """
Всего в результате атаки «Гераней» на Чугуев ранено 5 человек, из них 1 — тяжело. Повреждены 3 частных дома.
""", inc=[I("Chuhuiv", w="drone", i=5, dmg="residential", p="r")])

P = "2025-11-02"
C("wire", "missing_people killed_phrasing case_forms weapons", P, """
После удара по Лиману погиб один человек, еще двое местных жителей пропали без вести, сообщили в полиции Донецкой области.
""", inc=[I("Lyman", code="UA-14", w="unknown", k=1, m=2, p="r")])

P = "2025-11-05"
C("telegram", "statements children_subset injured_phrasing weapons case_forms relative_dates", P, """
Начальник Никопольской ГВА сообщил, что сегодня утром «Молния» ударила по двору многоэтажки: «Ранен ребёнок 11 лет, его мама не пострадала».
""", inc=[I("Nikopol", w="drone", i=1, ci=1)], st=[S(None, "head of the city military administration")])

P = "2025-11-09"
C("local_news", "case_forms oblast_place injured_phrasing weapons relative_dates", P, """
На Харьковщине накануне ранены трое жителей села: российская авиация сбросила на окраину ФАБ-250 с модулем планирования.
""", inc=[I("Kharkiv Oblast", d="2025-11-08", w="glide_bomb", i=3)])

P = "2025-11-12"
C("wire", "case_forms oblast_place killed_phrasing numbers_words weapons", P, """
В Днепропетровской области в результате удара дрона по сельскохозяйственному предприятию погибли двое работников. Название села власти не уточняют.
""", inc=[I("Dnipropetrovsk Oblast", w="drone", k=2, dmg="agricultural", p="r")])

P = "2025-11-18"
C("telegram", "collective_numeral case_forms killed_phrasing injured_phrasing weapons", P, """
Под Купянском дрон атаковал эвакуационный автомобиль волонтеров: обоих пассажиров ранило, водитель погиб.
""", inc=[I("Kupiansk", w="drone", k=1, i=2, dmg="vehicles", p="r")])

P = "2025-11-24"
C("wire", "numbers_words case_forms injured_phrasing killed_phrasing weapons qualifier", P, """
Удар по Запорожью: число раненых превысило сорок, погибших — трое. Еще несколько человек могут находиться под завалами.
""", inc=[I("Zaporizhzhia", w="unknown", k=3, i=40, p="r")])

P = "2025-12-01"
C("telegram", "numbers_words case_forms killed_phrasing weapons", P, """
Херсон прощается с семьей, погибшей от удара дрона: мать, отец и их сын двадцати двух лет.
""", inc=[I("Kherson", w="drone", k=3, p="r")])
