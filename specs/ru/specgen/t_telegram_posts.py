"""Short official Telegram posts in Russian: regional and city heads, rescuers, district heads."""
from lib import Corpus, I, S, weekday, days_before

C = Corpus("tg")
P = "2025-06-09"
C("telegram", "overnight weapons numbers_digits injured_phrasing district_place", P, """
Харьков. Ночью враг атаковал город ударными БПЛА типа «Шахед». Прилеты в Салтовском районе: повреждены многоэтажка и несколько автомобилей.

По предварительной информации, пострадали 4 человека. Медики оказывают помощь на месте.
""", inc=[I("Kharkiv", w="drone", i=4, dist="Saltivskyi", dmg="residential vehicles")])

P = "2025-06-12"
C("telegram", "case_forms collective_numeral killed_phrasing injured_phrasing numbers_words weapons", P, """
Днепр. Враг ударил ракетой по Днепру. Погибли двое мужчин, еще пятеро горожан ранены, троих из них госпитализировали.

Повреждено предприятие и административное здание. На месте работают все экстренные службы.
""", inc=[I("Dnipro", w="missile", k=2, i=5, dmg="industrial administrative", p="r")])

P = "2025-06-14"
C("telegram", "telegram_hashtags explicit_zero weapons overnight case_forms", P, """
#Николаев
Минувшей ночью над Николаевом работала ПВО. Обломки сбитого беспилотника упали во двор частного дома в Заводском районе, повреждены крыша и окна.

Пострадавших нет.
""", inc=[I("Mykolaiv", w="drone", k=0, i=0, dist="Zavodskyi", dmg="residential")])

P = "2025-06-18"
C("telegram", "children_subset injured_phrasing non_count weapons case_forms", P, """
Запорожье. В результате вражеской атаки на город ранены 7 человек, среди них 14-летняя девочка и мальчик 9 лет.

Разрушения в Шевченковском районе: пострадал частный сектор, выбиты окна в школе.

Иван Федоров, начальник Запорожской ОВА
""", inc=[I("Zaporizhzhia", w="unknown", i=7, ci=2, dist="Shevchenkivskyi", dmg="residential education", p="r")])

P = "2025-06-21"
C("telegram", "weapons killed_phrasing article_one relative_dates case_forms", P, """
Никополь. Сегодня утром россияне обстреляли город из тяжелой артиллерии. Погибла женщина 67 лет. Повреждены два частных дома, газопровод и линия электропередачи.
""", inc=[I("Nikopol", w="artillery", k=1, dmg="residential gas power")])

P = "2025-06-22"
C("telegram", "weapons injured_phrasing numbers_digits telegram_hashtags case_forms", P, """
Враг сбросил две управляемые авиабомбы на Купянск. Ранены 3 мирных жителя, повреждены магазин и пятиэтажка.

#Харьковщина #КАБ
""", inc=[I("Kupiansk", w="glide_bomb", i=3, h=2, dmg="commercial residential", p="r")])

P = "2025-06-25"
C("telegram", "explicit_zero weapons overnight telegram_hashtags case_forms", P, """
#Одесса: ночная атака «шахедов».

Силы ПВО сбили большинство целей. В Приморском районе от падения обломков загорелась крыша административного здания, пожар потушен.

Обошлось без жертв.
""", inc=[I("Odesa", w="drone", k=0, i=0, dist="Prymorskyi", dmg="administrative")])

P = "2025-06-28"
C("telegram", "claimant injured_phrasing numbers_words case_forms weapons", P, """
ГСЧС Харьковской области: в Чугуеве в результате удара FPV-дрона по автомобилю травмированы двое спасателей. Им оказана медицинская помощь.
""", inc=[I("Chuhuiv", w="drone", i=2, dmg="vehicles", p="r")])

P = "2025-07-02"
C("telegram", "increment_total injured_phrasing killed_phrasing overnight weapons district_place", P, """
Обновление по ночной атаке на Харьков.

Число пострадавших выросло до 11. Один человек погиб: тело мужчины извлекли из-под завалов в Киевском районе.

Спасатели продолжают разбор конструкций.
""", inc=[I("Kharkiv", w="unknown", k=1, i=11, dist="Kyivskyi")])

P = "2025-07-05"
C("telegram", "qualifier injured_phrasing weapons numbers_digits case_forms", P, """
Одесса. Известно как минимум о 9 пострадавших в результате ракетного удара по порту. Информация уточняется.
""", inc=[I("Odesa", w="missile", i=9, dmg="port", p="r")])

P = "2025-07-07"
C("telegram", "weapons relative_dates killed_phrasing injured_phrasing collective_numeral", P, """
Кривой Рог. Вчера вечером по городу ударил «Искандер». Трое погибших. Девятеро раненых, детей среди них нет. Разрушено несколько частных домов.

Александр Вилкул
""", inc=[I("Kryvyi Rih", d="2025-07-06", w="missile", k=3, i=9, ci=0, dmg="residential")])

P = "2025-07-09"
C("telegram", "killed_phrasing case_forms numbers_words weapons", P, """
Херсон. Днем российская армия накрыла огнем Корабельный район. Погибли двое: мужчина и женщина. Их тела обнаружили на остановке общественного транспорта.
""", inc=[I("Kherson", w="artillery", k=2, dist="Korabelnyi")])

P = "2025-07-11"
C("telegram", "explicit_zero weapons telegram_hashtags oblast_place case_forms", P, """
Над Николаевщиной ночью уничтожено 11 ударных БПЛА. Последствий и пострадавших нет.

#ПВО #Николаевщина
""", inc=[])

P = "2025-07-13"
C("telegram", "children_subset case_forms injured_phrasing weapons numbers_words", P, """
Сумы. В результате удара беспилотника по жилому кварталу пострадали десять человек, из них трое детей. Все они в больнице.
""", inc=[I("Sumy", w="drone", i=10, ci=3, dmg="residential", p="r")])

P = "2025-07-15"
C("telegram", "weapons killed_phrasing injured_phrasing article_one", P, """
Оккупанты обстреляли Бериславщину из «Градов». В Бериславе погиб пожилой мужчина, его соседка ранена.
""", inc=[I("Beryslav", w="mlrs", k=1, i=1, p="r")])

P = "2025-07-17"
C("telegram", "qualifier killed_phrasing injured_phrasing weapons overnight numbers_digits", P, """
Одесса. По меньшей мере 2 человека погибли и 14 получили ранения в результате массированной ночной атаки.

Горели жилые дома, повреждена подстанция.
""", inc=[I("Odesa", w="unknown", k=2, i=14, dmg="residential power")])

P = "2025-07-20"
C("telegram", "missing_people killed_phrasing weapons case_forms numbers_words", P, """
Днепр, промзона. После ракетного удара под завалами цеха находятся еще четыре работника, их судьба неизвестна. Одного человека спасатели нашли мертвым.
""", inc=[I("Dnipro", w="missile", k=1, m=4, dmg="industrial", p="r")])

P = "2025-07-23"
C("telegram", "weapons relative_dates injured_phrasing case_forms article_one", P, """
Синельниковский район. Сегодня около 14:00 дрон атаковал Синельниково. Ранен 43-летний мужчина, поврежден частный дом.
""", inc=[I("Synelnykove", w="drone", i=1, dmg="residential")])

P = "2025-07-25"
C("telegram", "children_subset case_forms injured_phrasing weapons overnight", P, """
Ночью шахеды атаковали Павлоград. Ранения получили пятеро человек, в том числе младенец. Все они госпитализированы.
""", inc=[I("Pavlohrad", w="drone", i=5, ci=1)])

P = "2025-07-27"
C("telegram", "revision killed_phrasing case_forms numbers_words weapons", P, """
Уточнение: в результате утреннего обстрела Херсона погибли не трое, а двое человек. Ранее поступила ошибочная информация.
""", inc=[I("Kherson", w="unknown", k=2)])

P = "2025-07-30"
C("telegram", "weapons injured_phrasing oblast_place case_forms", P, """
Враг атаковал Запорожскую область авиацией и КАБами. Пострадали 6 человек в Орехове и еще один — в Степногорске.
""", inc=[I("Orikhiv", w="aircraft glide_bomb", i=6, p="r"), I("Stepnohirsk", w="aircraft glide_bomb", i=1, p="r")])

P = "2025-08-02"
C("telegram", "explicit_zero weapons telegram_hashtags relative_dates case_forms", P, """
#Харьков: в 10:42 удар КАБа по Индустриальному району. По предварительным данным, без пострадавших.
""", inc=[I("Kharkiv", w="glide_bomb", k=0, i=0, dist="Industrialnyi", p="r")])

P = "2025-08-04"
C("telegram", "injured_phrasing numbers_digits vague_amount weapons", P, """
Запорожье: повреждены десятки квартир. Обратились за помощью 12 горожан, несколько человек отказались от госпитализации.
""", inc=[I("Zaporizhzhia", w="unknown", i=12, dmg="residential", p="r")])

P = "2025-08-06"
C("telegram", "weapons killed_phrasing case_forms relative_dates", P, """
Херсонщина. Днем вражеский FPV-дрон атаковал велосипедиста в Белозерке. 58-летний мужчина погиб на месте.
""", inc=[I("Bilozerka", w="drone", k=1)])

P = "2025-08-08"
C("telegram", "explicit_zero numbers_words weapons overnight", P, """
Ночью по Краматорску ударили три ракеты. Попадания в промышленный объект. Жертв нет.
""", inc=[I("Kramatorsk", w="missile", k=0, i=0, h=3, dmg="industrial")])

P = "2025-08-10"
C("telegram", "children_subset killed_phrasing injured_phrasing case_forms weapons", P, """
Константиновка. Удар авиабомбы по жилому кварталу: погибли 3 человека, среди них подросток, еще 8 ранены.
""", inc=[I("Kostiantynivka", code="UA-14", w="glide_bomb", k=3, ck=1, i=8, dmg="residential", p="r")])

P = "2025-08-12"
C("telegram", "increment_total injured_phrasing numbers_digits weapons", P, """
Еще двое пострадавших обратились к медикам после удара по Николаеву. Общее число раненых — 7.
""", inc=[I("Mykolaiv", w="unknown", i=7, p="r")])

P = "2025-08-14"
C("telegram", "statements claimant injured_phrasing weapons case_forms", P, """
«В Немышлянском районе Харькова вражеский дрон попал в частный дом. Ранены два человека», — написал городской голова Игорь Терехов в телеграм-канале.
""", inc=[I("Kharkiv", w="drone", i=2, dist="Nemyshlianskyi", dmg="residential", p="r")], st=[S("Ihor Terekhov", "mayor")])

P = "2025-08-16"
C("telegram", "weapons injured_phrasing case_forms article_one", P, """
В Изюмском районе на противопехотной мине подорвался тракторист. Мужчина получил тяжелые травмы, его доставили в больницу.
""", inc=[I("Kharkiv Oblast", w="mine", att=None, i=1, p="r")])

P = "2025-08-18"
C("telegram", "killed_phrasing case_forms numbers_words weapons relative_dates", P, """
В Марганце утром погибли двое работников коммунального предприятия: российский дрон попал в их служебный автомобиль.
""", inc=[I("Marhanets", w="drone", k=2, dmg="vehicles")])

P = "2025-08-20"
C("telegram", "explicit_zero vague_amount weapons case_forms", P, """
Очаков снова под обстрелом. Повреждены несколько домов, хозяйственные постройки. Погибших и раненых нет.
""", inc=[I("Ochakiv", w="unknown", k=0, i=0, dmg="residential", p="r")])

P = "2025-08-22"
C("telegram", "children_subset case_forms injured_phrasing collective_numeral weapons relative_dates", P, """
Харьков, вечер. Удар «Молнии» по детской площадке в Слободском районе: ранены двое детей 7 и 11 лет и их мать.
""", inc=[I("Kharkiv", w="drone", i=3, ci=2, dist="Slobidskyi")])

P = "2025-08-24"
C("telegram", "weapons overnight explicit_zero case_forms", P, """
Ночью БПЛА атаковали Измаил. Повреждены портовая инфраструктура и зернохранилище. Люди не пострадали.
""", inc=[I("Izmail", w="drone", k=0, i=0, dmg="port agricultural")])

P = "2025-08-26"
C("telegram", "killed_phrasing injured_phrasing qualifier weapons numbers_digits", P, """
Краматорск. Не менее 2 погибших и 5 раненых после удара КАБ по центру города.
""", inc=[I("Kramatorsk", w="glide_bomb", k=2, i=5, p="r")])

P = "2025-08-28"
C("telegram", "injured_phrasing case_forms non_count weapons district_place", P, """
Днепр. В Самарском районе обломки ракеты повредили 9-этажный дом. Пострадал 1 человек, в квартирах выбиты окна.
""", inc=[I("Dnipro", w="missile", i=1, dist="Samarskyi", dmg="residential", p="r")])

P = "2025-08-30"
C("telegram", "weapons injured_phrasing case_forms relative_dates", P, """
Херсон. Около 09:30 россияне обстреляли Днепровский район. Ранена женщина 72 лет, она была на улице.
""", inc=[I("Kherson", w="artillery", i=1, dist="Dniprovskyi", p="r")])

P = "2025-09-01"
C("telegram", "explicit_zero weapons case_forms", P, """
Харьков. Обломки беспилотника упали на территорию школы в Основянском районе. Выбиты окна, поврежден спортзал. Пострадавших нет — занятия проходят онлайн.
""", inc=[I("Kharkiv", w="drone", k=0, i=0, dist="Osnovianskyi", dmg="education", p="r")])

P = "2025-09-03"
C("telegram", "injured_phrasing children_subset case_forms weapons numbers_digits", P, """
Запорожский район: дрон ударил по маршрутке в Балабино. 6 пострадавших, среди них несовершеннолетний.
""", inc=[I("Balabyne", w="drone", i=6, ci=1, dmg="transport vehicles", p="r")])

P = "2025-09-05"
C("telegram", "killed_phrasing injured_phrasing weapons overnight numbers_words collective_numeral", P, """
Ночная атака на Полтаву: погиб один человек, четверо ранены. Повреждена инфраструктура.
""", inc=[I("Poltava", w="unknown", k=1, i=4)])

P = "2025-09-07"
C("telegram", "relative_dates weapons injured_phrasing case_forms article_one", P, """
Вчера около 18:00 дрон атаковал Белополье Сумской области. Пострадала пенсионерка, повреждено здание почты.
""", inc=[I("Bilopillia", d="2025-09-06", w="drone", i=1, dmg="commercial")])

P = "2025-09-09"
C("telegram", "telegram_hashtags weapons explicit_zero case_forms", P, """
#Никопольщина
Враг бил по Марганцу из РСЗО. Поврежден частный дом, линия электропередачи. Обошлось без пострадавших.
""", inc=[I("Marhanets", w="mlrs", k=0, i=0, dmg="residential power", p="r")])

P = "2025-09-11"
C("telegram", "injured_phrasing killed_phrasing children_subset case_forms weapons", P, """
Удар по Одессе. Погибла девушка 17 лет, ранены еще 3 человека.
""", inc=[I("Odesa", w="unknown", k=1, ck=1, i=3, p="r")])

P = "2025-09-13"
C("telegram", "overnight weapons injured_phrasing case_forms", P, """
Ночью дроны атаковали Черноморск. Повреждены частные дома, есть пострадавший — мужчина 40 лет.
""", inc=[I("Chornomorsk", w="drone", i=1, dmg="residential")])

P = "2025-09-15"
C("telegram", "weapons missing_people case_forms numbers_words", P, """
После обстрела Купянска двое жителей считаются пропавшими без вести. Поиски продолжаются.
""", inc=[I("Kupiansk", w="artillery", m=2, p="r")])

P = "2025-09-17"
C("telegram", "injured_phrasing weapons numbers_digits case_forms district_place relative_dates", P, """
Сегодня днем в Холодногорском районе Харькова от удара дрона пострадали 2 женщины. Обе госпитализированы.
""", inc=[I("Kharkiv", w="drone", i=2, dist="Kholodnohirskyi")])

P = "2025-09-19"
C("telegram", "killed_phrasing case_forms weapons relative_dates", P, """
Вечером враг сбросил КАБ на Славянск. Погибли двое мужчин.
""", inc=[I("Sloviansk", w="glide_bomb", k=2)])

P = "2025-09-21"
C("telegram", "explicit_zero weapons case_forms", P, """
Вознесенск: БПЛА попал в складское помещение. Пострадавших нет.
""", inc=[I("Voznesensk", w="drone", k=0, i=0, dmg="commercial", p="r")])

P = "2025-09-24"
C("telegram", "claimant explicit_zero weapons overnight telegram_hashtags case_forms", P, """
#ГСЧС_Одесщина
Ночью в Одессе после атаки БПЛА возник пожар на территории гаражного кооператива. Огонь уничтожил 6 гаражей и 2 автомобиля. Спасатели ликвидировали возгорание на площади 300 кв. м. Пострадавших нет.
""", inc=[I("Odesa", w="drone", k=0, i=0, dmg="vehicles")])

P = "2025-09-26"
C("telegram", "claimant injured_phrasing weapons case_forms article_one", P, """
Полиция Харьковщины: в Золочеве российский дрон сбросил боеприпас на дворовую территорию. Ранена 71-летняя местная жительница. На месте работает следственно-оперативная группа.
""", inc=[I("Zolochiv", code="UA-63", w="drone", i=1, p="r")])

P = "2025-09-28"
C("telegram", "oblast_place injured_phrasing numbers_words weapons case_forms", P, """
В Одесской области дрон атаковал гражданский автомобиль на трассе. Ранены двое мужчин, их госпитализировали.
""", inc=[I("Odesa Oblast", w="drone", i=2, dmg="vehicles", p="r")])

P = "2025-09-30"
C("telegram", "one_another killed_phrasing injured_phrasing weapons relative_dates", P, """
Херсон. Сегодня около полудня в результате обстрела погибла женщина, еще одна получила ранения.
""", inc=[I("Kherson", w="artillery", k=1, i=1)])

P = "2025-10-02"
C("telegram", "statements claimant killed_phrasing injured_phrasing weapons case_forms relative_dates", P, """
«В Краматорске после удара КАБ погибли два человека, еще трое ранены. Россия продолжает бить по мирным жителям», — написал начальник Донецкой ОВА Вадим Филашкин в телеграм-канале. По его словам, удар был нанесен сегодня утром.
""", inc=[I("Kramatorsk", w="glide_bomb", k=2, i=3)], st=[S("Vadym Filashkin", "head of the regional military administration")])

P = "2025-10-04"
C("telegram", "statements claimant explicit_zero weapons overnight case_forms", P, """
Виталий Ким: «Ночью на Николаевщине сбиты 14 шахедов. Обломки упали в поле в Баштанском районе, пострадавших нет».
""", inc=[], st=[S("Vitalii Kim", None)])

P = "2025-10-06"
C("telegram", "statements claimant injured_phrasing children_subset weapons case_forms relative_dates", P, """
Сумы. Начальник городской военной администрации сообщил, что утром дрон попал в частный дом в Ковпаковском районе: «Ранены бабушка и ее 6-летняя внучка. Обе в больнице».
""", inc=[I("Sumy", w="drone", i=2, ci=1, dist="Kovpakivskyi", dmg="residential")], st=[S(None, "head of the city military administration")])

P = "2025-10-08"
C("telegram", "missing_people claimant killed_phrasing weapons case_forms numbers_words", P, """
По данным ГСЧС, после ракетного удара по Запорожью из-под завалов извлекли тела трех человек. Судьба еще одного жителя дома неизвестна.
""", inc=[I("Zaporizhzhia", w="missile", k=3, m=1, dmg="residential", p="r")])
