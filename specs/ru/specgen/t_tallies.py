"""Air force bulletins quoted in Russian, Russian defence ministry claims (attacker UA) and
Russian border-region governors' posts (Belgorod, Kursk, Bryansk: incidents attacked by UA)."""
from lib import Corpus, I, A, S, T, weekday, days_before

C = Corpus("tally")

# --- Ukrainian air force, in Russian -------------------------------------------------------
P = "2025-06-10"
C("air_force", "air_defense overnight numbers_digits weapons ew_suppressed", P, """
В ночь на 10 июня (с 18:00 9 июня) противник атаковал 315 ударными БпЛА типа «Шахед» и дронами-имитаторами, а также 7 ракетами: 3 баллистическими «Искандер-М» и 4 крылатыми Х-101.

По предварительным данным, по состоянию на 08:30 сбито 277 БпЛА, еще 19 локационно потеряны (подавлены средствами РЭБ). Сбиты 6 ракет.
""", ad=[A(P, "drone", 315, 296), A(P, "missile", 7, 6)])

P = "2025-06-19"
C("air_force", "air_defense overnight numbers_digits weapons claimant", P, """
Воздушные силы ВСУ: ночью враг запустил по Украине 89 беспилотников. Сбито/подавлено 71. Зафиксировано попадание 18 ударных БпЛА на 6 локациях.
""", ad=[A(P, "drone", 89, 71)])

P = "2025-06-27"
C("air_force", "air_defense overnight numbers_digits weapons case_forms", P, """
В ночь на 27 июня враг атаковал Украину 2 управляемыми авиационными ракетами Х-59/69 и 104 ударными беспилотниками разных типов. Противовоздушной обороной обезврежены 88 целей: 1 ракета и 87 БпЛА.
""", ad=[A(P, "missile", 2, 1), A(P, "drone", 104, 87)])

P = "2025-07-04"
C("air_force", "air_defense overnight numbers_digits weapons", P, """
Массированная комбинированная атака: в ночь на 4 июля противник применил 539 ударных БпЛА и имитаторов, 11 баллистических ракет «Искандер-М»/KN-23 и крылатую ракету Х-101. Сбиты/подавлены 476 дронов и 6 ракет.
""", ad=[A(P, "drone", 539, 476), A(P, "missile", 12, 6)])

P = "2025-07-16"
C("air_force", "air_defense numbers_digits weapons vague_amount", P, """
Ночью противник атаковал более чем сотней ударных беспилотников. По состоянию на 09:00 сбито 81 БпЛА на севере, юге и востоке страны.
""", ad=[A(P, "drone", None, 81)])

P = "2025-07-21"
C("air_force", "air_defense overnight numbers_words weapons claimant statements", P, """
Спикер Воздушных сил Юрий Игнат сообщил, что ночью ПВО не смогла перехватить ни одной из четырех баллистических ракет. «Баллистика остается главной проблемой, таких комплексов у нас мало», — сказал он в эфире телемарафона.
""", ad=[A(P, "missile", 4, 0)], st=[S("Yurii Ihnat", "air force")])

P = "2025-08-03"
C("air_force", "air_defense overnight numbers_digits weapons", P, """
Итоги ночи: враг выпустил 52 «Шахеда», «Гербера» и дроны других типов, а также 2 ракеты «Искандер-М» из Курской области. Сбито 40 дронов. Ракеты цели не достигли — информация уточняется.
""", ad=[A(P, "drone", 52, 40), A(P, "missile", 2, None)])

P = "2025-08-19"
C("air_force", "air_defense weapons numbers_digits relative_dates", P, """
Вчера с 18:00 до полуночи противник запустил 17 БпЛА типа «Шахед». Силами ПВО уничтожено 14.
""", ad=[A("2025-08-18", "drone", 17, 14)])

P = "2025-09-07"
C("air_force", "air_defense overnight numbers_digits weapons ew_suppressed case_forms", P, """
В ночь на 7 сентября враг атаковал 810 ударными БпЛА и дронами-имитаторами, 9 крылатыми ракетами Х-101 и 4 баллистическими «Искандер-М». Сбито 747 БпЛА, 4 крылатые ракеты; еще 54 дрона локационно потеряны.
""", ad=[A(P, "drone", 810, 801), A(P, "missile", 13, 4)])

P = "2025-09-25"
C("air_force", "air_defense weapons numbers_digits relative_dates", P, """
За минувшие сутки на юге Украины сбиты 3 управляемые авиабомбы и 22 БпЛА, сообщили в Силах обороны юга.
""", ad=[])

P = "2025-10-05"
C("air_force", "air_defense weapons numbers_digits overnight", P, """
Ночью по Украине выпущено 496 дронов и 53 ракеты, в том числе «Кинжалы» и «Калибры». Сбиты или подавлены 495 БпЛА, 8 баллистических и 32 крылатых ракеты.
""", ad=[A(P, "drone", 496, 495), A(P, "missile", 53, 40)])

P = "2025-10-22"
C("air_force", "air_defense weapons numbers_digits", P, """
Генштаб ВСУ: за прошедшие сутки россияне нанесли 2 ракетных удара с применением 4 ракет, 71 авиаудар со сбросом 142 КАБ, а также задействовали 2 980 дронов-камикадзе.
""", ad=[A(P, "missile", 4, None), A(P, "glide_bomb", 142, None), A(P, "drone", 2980, None)])

# --- Russian defence ministry claims: air_defense with attacker UA --------------------------
P = "2025-06-11"
C("wire", "adversary_claim air_defense overnight numbers_digits claimant attacker_side", P, """
Минобороны России заявило, что за прошедшую ночь дежурными средствами ПВО перехвачены и уничтожены 49 украинских беспилотных летательных аппаратов самолетного типа: 21 — над территорией Брянской области, 17 — над Курской и 11 — над Белгородской.
""", ad=[A(P, "drone", None, 49, att="UA")])

P = "2025-06-24"
C("wire", "adversary_claim air_defense numbers_words relative_dates case_forms attacker_side", P, """
В российском военном ведомстве сообщили, что сегодня с 13:00 до 16:00 по московскому времени над Белгородской областью сбиты шесть украинских БПЛА.
""", ad=[A(P, "drone", None, 6, att="UA")])

P = "2025-07-08"
C("wire", "adversary_claim air_defense weapons numbers_digits attacker_side military_losses", P, """
По данным Минобороны РФ, за сутки средствами ПВО сбиты 4 управляемые авиабомбы JDAM, 6 реактивных снарядов системы HIMARS и 143 беспилотника самолетного типа. Ведомство также заявило, что ВСУ за сутки потеряли до 1 200 военнослужащих.
""", ad=[A(P, "glide_bomb", None, 4, att="UA"), A(P, "mlrs", None, 6, att="UA"), A(P, "drone", None, 143, att="UA")], ev=["military_losses"])

P = "2025-07-19"
C("wire", "adversary_claim air_defense overnight weapons numbers_digits attacker_side", P, """
Российское Минобороны утверждает, что ночью над Крымом и Черным морем перехвачены 2 крылатые ракеты «Нептун-Д» и 27 БПЛА.
""", ad=[A(P, "missile", None, 2, att="UA"), A(P, "drone", None, 27, att="UA")])

P = "2025-07-31"
C("wire", "adversary_claim air_defense numbers_digits attacker_side case_forms statements", P, """
«С 20:00 до 23:59 мск дежурными средствами ПВО перехвачены и уничтожены 33 украинских БПЛА», — говорится в сообщении Минобороны России. Днем ведомство уже отчиталось о 12 дронах. Таким образом, за 31 июля, по версии военных, сбиты 45 беспилотников.
""", ad=[A(P, "drone", None, 45, att="UA")], st=[S(None, "defence ministry")])

P = "2025-08-15"
C("wire", "adversary_claim air_defense overnight numbers_digits attacker_side cross_border", P, """
Ночью российские ПВО, по данным Минобороны РФ, уничтожили 112 беспилотников над 9 регионами, в том числе 38 над Брянской и 20 над Курской областью. О последствиях ведомство не сообщает.
""", ad=[A(P, "drone", None, 112, att="UA")])

P = "2025-09-02"
C("wire", "adversary_claim air_defense weapons numbers_digits attacker_side", P, """
Минобороны РФ сообщило об уничтожении за неделю 1 046 украинских беспилотников, 23 управляемых авиабомб и 5 ракет «Нептун».
""", ad=[])

P = "2025-09-14"
C("wire", "adversary_claim air_defense overnight numbers_words attacker_side case_forms", P, """
В Минобороны России заявили, что в течение прошедшей ночи над территорией Курской области перехвачены и уничтожены двадцать восемь украинских беспилотников.
""", ad=[A(P, "drone", None, 28, att="UA")])

P = "2025-10-01"
C("wire", "adversary_claim air_defense military_losses weapons attacker_side numbers_digits", P, """
Сводка Минобороны РФ: российская авиация и ракетные войска поразили пункты временной дислокации ВСУ в 142 районах. Средствами ПВО за сутки сбиты 3 ракеты ATACMS и 251 беспилотник.
""", ad=[A(P, "missile", None, 3, att="UA"), A(P, "drone", None, 251, att="UA")], ev=["military_losses"])

# --- Russian border governors: incidents attacked by UA --------------------------------------
P = "2025-06-13"
C("telegram", "cross_border attacker_side injured_phrasing weapons case_forms article_one", P, """
В Шебекино FPV-дрон ВСУ атаковал легковой автомобиль. Водитель получил минно-взрывную травму и осколочные ранения, его доставили в городскую больницу. Машина повреждена.
""", inc=[I("Shebekino", w="drone", i=1, dmg="vehicles", p="r")])

P = "2025-06-20"
C("telegram", "cross_border attacker_side killed_phrasing injured_phrasing weapons statements overnight", P, """
«Ночью город Белгород подвергся ракетному обстрелу. Погибли 2 человека, ранены 7, среди них ребенок», — написал губернатор Белгородской области Вячеслав Гладков.
""", inc=[I("Belgorod", w="missile", k=2, i=7, ci=1)], st=[S("Vyacheslav Gladkov", "governor")])

P = "2025-07-01"
C("telegram", "cross_border attacker_side explicit_zero weapons case_forms", P, """
Брянская область. ВСУ обстреляли из артиллерии Суземку. Поврежден жилой дом и линия электропередачи. Пострадавших нет.
""", inc=[I("Suzemka", w="artillery", k=0, i=0, dmg="residential power", p="r")])

P = "2025-07-12"
C("telegram", "cross_border attacker_side injured_phrasing case_forms collective_numeral numbers_words weapons", P, """
Курская область. В Рыльске атака беспилотника: ранены трое мирных жителей — двое мужчин и женщина. Все госпитализированы.
""", inc=[I("Rylsk", w="drone", i=3, p="r")])

P = "2025-07-24"
C("telegram", "cross_border attacker_side killed_phrasing weapons relative_dates case_forms oblast_place", P, """
Вчера вечером в результате удара дрона по селу в Грайворонском округе погибла местная жительница. Губернатор выразил соболезнования семье.
""", inc=[I("Belgorod Oblast", d="2025-07-23", w="drone", k=1)])

P = "2025-08-09"
C("telegram", "cross_border attacker_side weapons explicit_zero", P, """
Новости Брянска: в Климово после атаки БПЛА загорелся склад. Глава региона Александр Богомаз уточнил, что жертв нет.
""", inc=[I("Klimovo", w="drone", k=0, i=0, dmg="commercial", p="r")])

P = "2025-08-23"
C("telegram", "cross_border attacker_side children_subset injured_phrasing weapons", P, """
В Валуйках при детонации дрона ранен 12-летний мальчик. Он получил баротравму и осколочные ранения ног.
""", inc=[I("Valuyki", w="drone", i=1, ci=1, p="r")])

P = "2025-09-04"
C("telegram", "cross_border attacker_side injured_phrasing numbers_digits weapons overnight statements", P, """
«Над Курском этой ночью сбиты 11 беспилотников. Обломки повредили три многоквартирных дома, пострадали 4 человека», — сообщил врио губернатора Курской области Александр Хинштейн.
""", inc=[I("Kursk", w="drone", i=4, dmg="residential")], st=[S("Oleksandr Khinshtein", "governor")])

P = "2025-09-18"
C("telegram", "cross_border attacker_side weapons killed_phrasing injured_phrasing numbers_words", P, """
Грайворон обстреляли из РСЗО «Вампир». Один человек погиб, еще двое ранены. Повреждены частные дома и автомобили.
""", inc=[I("Grayvoron", w="mlrs", k=1, i=2, dmg="residential vehicles", p="r")])

P = "2025-10-09"
C("telegram", "cross_border attacker_side air_defense adversary_claim injured_phrasing weapons", P, """
Белгород. Над городом и районом сбиты 8 воздушных целей. В результате падения обломков повреждено здание предприятия, пострадал охранник.
""", inc=[I("Belgorod", w="unknown", i=1, dmg="industrial", p="r")])

P = "2025-10-27"
C("telegram", "cross_border attacker_side explicit_zero weapons", P, """
В Новозыбкове дрон попал в подстанцию, часть города осталась без света. Никто не пострадал.
""", inc=[I("Novozybkov", w="drone", k=0, i=0, dmg="power", p="r")])

P = "2025-11-06"
C("telegram", "cross_border attacker_side killed_phrasing injured_phrasing weapons relative_dates numbers_digits", P, """
Курская область. В пятницу днем БПЛА атаковал рейсовый автобус под Глушково: 1 человек погиб, 5 ранены.
""", inc=[I("Glushkovo", d=weekday("2025-11-06", "пятницу"), w="drone", k=1, i=5, dmg="transport vehicles")])

P = "2025-11-15"
C("wire", "cross_border attacker_side adversary_claim air_defense statements overnight numbers_digits", P, """
Губернатор Брянской области Александр Богомаз сообщил, что ночью ПВО отразила атаку дронов на Брянск. «Пострадавших и разрушений нет», — написал он. Минобороны РФ отчиталось о 64 перехваченных за ночь БПЛА над российскими регионами.
""", inc=[I("Bryansk", w="drone", k=0, i=0)], ad=[A(P, "drone", None, 64, att="UA")], st=[S("Oleksandr Bohomaz", "governor")])

P = "2025-11-28"
C("telegram", "cross_border attacker_side killed_phrasing increment_total case_forms weapons", P, """
Шебекинский округ: скончался в больнице мужчина, раненный утром при обстреле Шебекино. Таким образом, погибших двое.
""", inc=[I("Shebekino", w="artillery", k=2)])

P = "2025-12-04"
C("telegram", "cross_border attacker_side injured_phrasing numbers_digits weapons", P, """
Брянск. Ракетный удар по промышленному предприятию. Пострадали 3 работника, одного из них госпитализировали.
""", inc=[I("Bryansk", w="missile", i=3, dmg="industrial", p="r")])

P = "2025-12-12"
C("wire", "adversary_claim air_defense numbers_digits attacker_side weapons overnight case_forms", P, """
Минобороны России: в ночь на 12 декабря над Брянской, Белгородской и Курской областями перехвачены и уничтожены 37 украинских беспилотников и 2 ракеты «Нептун».
""", ad=[A(P, "drone", None, 37, att="UA"), A(P, "missile", None, 2, att="UA")])

P = "2026-01-09"
C("wire", "adversary_claim air_defense overnight numbers_digits attacker_side ew_suppressed", P, """
Минобороны РФ: ночью уничтожены 17 беспилотников, еще 6 подавлены средствами радиоэлектронной борьбы.
""", ad=[A(P, "drone", None, 23, att="UA")])

P = "2026-01-21"
C("air_force", "air_defense overnight numbers_digits weapons", P, """
Ночью 21 января противник атаковал 146 БпЛА. 119 из них сбиты/подавлены. 27 ударных дронов попали на 12 локациях, падение обломков — на 3.
""", ad=[A(P, "drone", 146, 119)])

P = "2026-02-03"
C("air_force", "air_defense overnight numbers_words weapons case_forms", P, """
Этой ночью россияне выпустили по Украине пятьдесят три дрона и две ракеты «Искандер-М». Все ракеты и сорок шесть дронов сбиты.
""", ad=[A(P, "drone", 53, 46), A(P, "missile", 2, 2)])

P = "2026-02-14"
C("air_force", "air_defense ew_suppressed overnight numbers_digits weapons", P, """
В ночь на 14 февраля противник атаковал 132 ударными БпЛА. По предварительным данным, сбито 71 БпЛА, локационно потеряно 48 (без негативных последствий).
""", ad=[A(P, "drone", 132, 119)])

P = "2026-02-20"
C("air_force", "air_defense ew_suppressed overnight numbers_digits weapons case_forms", P, """
Ночью враг запустил 88 «Шахедов» и 2 ракеты Х-59. Огнем ПВО уничтожено 50 дронов, еще 30 подавлены средствами РЭБ. Ракеты сбить не удалось.
""", ad=[A(P, "drone", 88, 80), A(P, "missile", 2, 0)])

P = "2026-03-02"
C("air_force", "air_defense overnight numbers_digits weapons vague_amount", P, """
Массированный удар: ночью Россия выпустила по Украине 426 дронов и 29 ракет. Обезврежено 407 целей.
""", ad=[A(P, "drone", 426, None), A(P, "missile", 29, None)])

P = "2026-03-09"
C("telegram", "cross_border attacker_side statements children_subset injured_phrasing weapons case_forms relative_dates", P, """
Вячеслав Гладков: «Сегодня днем в Белгороде дрон атаковал автомобиль. Ранены мужчина и его 8-летний сын, они доставлены в детскую областную больницу и областную больницу».
""", inc=[I("Belgorod", w="drone", i=2, ci=1, dmg="vehicles")], st=[S("Vyacheslav Gladkov", None)])

P = "2026-03-15"
C("telegram", "cross_border attacker_side oblast_place injured_phrasing weapons case_forms", P, """
Брянская область. В одном из сел Погарского района в результате атаки дрона ВСУ ранена мирная жительница.
""", inc=[I("Bryansk Oblast", w="drone", i=1, p="r")])

P = "2026-03-21"
C("wire", "adversary_claim air_defense attacker_side relative_dates numbers_words case_forms", P, """
Минобороны РФ сообщило, что вчера вечером над Ростовской областью и акваторией Азовского моря сбиты девятнадцать беспилотников ВСУ.
""", ad=[A("2026-03-20", "drone", None, 19, att="UA")])
