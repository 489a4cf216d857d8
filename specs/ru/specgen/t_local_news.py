"""Russian-language local news from the east and south (Kharkiv, Odesa, Dnipro, Zaporizhzhia,
Mykolaiv, Kherson outlets): headlines, leads, quoted officials and recap paragraphs."""
from lib import Corpus, I, S, T, weekday, days_before

C = Corpus("local")

P = "2025-06-15"
C("local_news", "statements recap_paragraph past_incident killed_phrasing injured_phrasing case_forms overnight children_subset", P, """
Удар по Одессе: погибла пенсионерка, еще шестеро ранены

В ночь на воскресенье российские войска атаковали Одессу ударными беспилотниками. Под удар попал жилой квартал в Киевском районе: загорелись квартиры на верхних этажах многоэтажки, повреждены припаркованные машины.

По словам начальника Одесской ОВА Олега Кипера, погибла 78-летняя женщина. Ранены шесть человек, среди них 15-летний подросток.

«Спасатели всю ночь тушили пожар и эвакуировали жильцов из задымленного подъезда», — отметил Кипер.

Напомним, 9 июня в результате удара дронов по Одессе погибли два человека и еще девять получили ранения.
""", inc=[I("Odesa", w="drone", k=1, i=6, ci=1, dist="Kyivskyi", dmg="residential vehicles"),
          I("Odesa", d="2025-06-09", w="drone", k=2, i=9)],
  st=[S("Oleh Kiper", "head of the regional military administration")])

P = "2025-06-17"
C("local_news", "statements increment_total killed_phrasing injured_phrasing numbers_words case_forms relative_dates weapons", P, """
Харьков: число жертв удара по Шевченковскому району выросло до трех

Накануне вечером россияне нанесли удар управляемой авиабомбой по Шевченковскому району Харькова. Сначала сообщалось об одном погибшем и 12 раненых.

Утром во вторник мэр Игорь Терехов уточнил: погибших уже трое, пострадавших — 17. «Двое раненых скончались в больнице ночью. Врачи борются за жизнь еще четырех человек», — написал городской голова.

Повреждены два общежития, здание вуза и трамвайная линия.
""", inc=[I("Kharkiv", d="2025-06-16", w="glide_bomb", k=3, i=17, dist="Shevchenkivskyi", dmg="residential education transport")],
  st=[S("Ihor Terekhov", "mayor")])

P = "2025-06-20"
C("local_news", "recap_paragraph weapons killed_phrasing case_forms numbers_words statements", P, """
В Никополе из-за атаки дрона погиб водитель маршрутки

Российский ударный беспилотник попал в маршрутное такси на одной из центральных улиц Никополя. Погиб водитель, пассажиров не было, рассказал глава Никопольской РВА Евгений Евтушенко.

«Враг целенаправленно охотится на гражданский транспорт», — заявил Евтушенко.

Ранее сообщалось, что за прошлую неделю в районе погибли шесть мирных жителей.
""", inc=[I("Nikopol", w="drone", k=1, dmg="transport vehicles", p="r")],
  st=[S("Yevhen Yevtushenko", "head of the district military administration")])

P = "2025-06-26"
C("local_news", "multi_incident children_subset injured_phrasing killed_phrasing weapons overnight case_forms collective_numeral", P, """
Ночная атака на Днепропетровщину: пострадали дети в Павлограде и Днепре

Российские войска этой ночью атаковали Днепропетровскую область ракетами и дронами.

В Павлограде ранены четверо, среди них двое детей 5 и 10 лет. Поврежден детский сад и жилые дома.

В Днепре, в Новокодацком районе, погиб мужчина 45 лет, еще трое горожан получили ранения. Там горело автопредприятие.

Также враг атаковал Никополь из артиллерии: без пострадавших.
""", inc=[I("Pavlohrad", w="missile drone", i=4, ci=2, dmg="education residential"),
          I("Dnipro", w="missile drone", k=1, i=3, dist="Novokodatskyi", dmg="commercial"),
          I("Nikopol", w="artillery", k=0, i=0)])

P = "2025-07-03"
C("local_news", "statements claimant injured_phrasing numbers_digits weapons district_place old_name", P, """
В Запорожье дрон ударил по Днепровскому (бывшему Ленинскому) району: 5 раненых

Дрон попал в жилую девятиэтажку. Ранены 5 человек, сообщил секретарь горсовета Регина Харченко.

«Пострадавшим оказывают помощь медики, двое в тяжелом состоянии», — сказала она.

В доме выбиты окна почти во всех квартирах.
""", inc=[I("Zaporizhzhia", w="drone", i=5, dist="Dniprovskyi", dmg="residential", p="r")],
  st=[S("Rehina Kharchenko", "secretary of the city council")])

P = "2025-07-06"
C("local_news", "past_incident recap_paragraph cumulative qualifier killed_phrasing relative_dates weapons numbers_digits", P, """
В Херсоне похоронили врача, погибшего при обстреле больницы

Сегодня в Херсоне простились с врачом-хирургом, который погиб 2 июля, когда российская артиллерия обстреляла территорию областной больницы. Тогда же ранения получили 3 медика.

Напомним, с начала года в Херсоне погибли более 120 мирных жителей.
""", inc=[I("Kherson", d="2025-07-02", w="artillery", k=1, i=3, dmg="medical")],
  stats=[T("civilians_killed_cumulative", 120, "more_than")])

P = "2025-07-10"
C("local_news", "statements multi_incident killed_phrasing injured_phrasing case_forms weapons relative_dates", P, """
Удар по Кривому Рогу: погибли двое, под завалами могут быть люди

В среду днем россияне ударили баллистической ракетой по Кривому Рогу. Разрушен подъезд пятиэтажного дома в Металлургическом районе.

Глава горвоенадминистрации Александр Вилкул сообщил, что погибли двое мужчин, ранены 11 человек, в том числе трое детей.

«Под завалами, вероятно, остаются люди. Спасатели работают, ищем», — написал Вилкул.

В тот же день вражеский дрон атаковал Зеленодольск: там ранен пожилой мужчина.
""", inc=[I("Kryvyi Rih", d=weekday("2025-07-10", "среду"), w="missile", k=2, i=11, ci=3, dist="Metalurhiinyi", dmg="residential"),
          I("Zelenodolsk", d=weekday("2025-07-10", "среду"), w="drone", i=1)],
  st=[S("Oleksandr Vilkul", "head of the city military administration")])

P = "2025-07-14"
C("local_news", "vague_amount statements injured_phrasing weapons overnight case_forms", P, """
Николаев пережил массированную атаку дронов

Ночью над Николаевом слышалось не менее двух десятков взрывов. Повреждены десятки частных домов, гаражи и объект энергетики — в части города нет света.

Есть пострадавшие, их число уточняется, сообщил городской голова Александр Сенкевич. «Несколько человек с порезами от стекла обратились в больницу», — добавил он.
""", inc=[I("Mykolaiv", w="drone", dmg="residential power")], st=[S("Oleksandr Senkevych", "mayor")])

P = "2025-07-18"
C("local_news", "killed_phrasing children_subset case_forms statements weapons overnight", P, """
Трагедия в Одессе: под завалами нашли тело ребенка

Спасатели ГСЧС завершили поисковую операцию на месте ночного удара по жилому дому в Одессе. Из-под завалов достали тело 8-летней девочки. Всего погибли четыре человека, пострадали 19.

«Мы работали без перерыва 14 часов», — рассказал руководитель смены спасателей.
""", inc=[I("Odesa", w="unknown", k=4, ck=1, i=19, dmg="residential")], st=[S(None, "rescue shift leader")])

P = "2025-07-22"
C("local_news", "killed_phrasing injured_phrasing numbers_digits weapons past_incident recap_paragraph", P, """
Запорожье: КАБы по промзоне

Днем 22 июля Россия сбросила на Запорожье 4 управляемые авиабомбы. Удары пришлись на территорию промышленного предприятия. Пострадали 3 работника.

Ранее сообщалось, что в середине июля удар КАБ по Запорожью унес жизни двоих человек.
""", inc=[I("Zaporizhzhia", w="glide_bomb", i=3, h=4, dmg="industrial")])

P = "2025-07-26"
C("local_news", "statements weapons injured_phrasing district_place relative_dates", P, """
«Проснулась от грохота»: жители Слободского района о ночном ударе

В Харькове на Слободском районе дрон попал во двор пятиэтажки ночью 26 июля. Пострадали 2 человека, повреждены автомобили и окна.

«Проснулась от грохота, стекла посыпались прямо на кровать», — рассказала жительница дома Людмила.
""", inc=[I("Kharkiv", w="drone", i=2, dist="Slobidskyi", dmg="vehicles residential")], st=[S("Liudmyla", "resident")])

P = "2025-08-01"
C("local_news", "increment_total killed_phrasing children_subset injured_phrasing statements case_forms weapons", P, """
Днепр: к утру число погибших от ракетного удара увеличилось до 6

Поисково-спасательная операция в Днепре завершена. По данным начальника Днепропетровской ОВА Сергея Лысака, погибли 6 человек, среди них ребенок. Ранены 34 человека, 9 из них — дети.

«Это был прицельный удар по жилому кварталу», — подчеркнул Лысак.

Вчера вечером сообщалось о четырех погибших.
""", inc=[I("Dnipro", w="missile", k=6, ck=1, i=34, ci=9, dmg="residential", p="r")],
  st=[S("Serhii Lysak", "head of the regional military administration")])

P = "2025-08-05"
C("local_news", "past_incident recap_paragraph killed_phrasing statements case_forms", P, """
В Мариуполе вспоминают погибших в драмтеатре

Местные активисты провели акцию памяти. «Мы не забудем ни одного имени», — сказала одна из организаторов.

Напомним, 16 марта 2022 года российский авиаудар разрушил драмтеатр, где прятались сотни мирных жителей.
""", inc=[], st=[S(None, "organizer")])

P = "2025-08-11"
C("local_news", "killed_phrasing one_another weapons injured_phrasing numbers_words", P, """
Херсон. Из-за обстрела Днепровского района погиб один мужчина, еще один ранен. Несколько снарядов попали по многоэтажкам.
""", inc=[I("Kherson", w="artillery", k=1, i=1, dist="Dniprovskyi", dmg="residential", p="r")])

P = "2025-08-15"
C("local_news", "statements explicit_zero weapons overnight case_forms", P, """
Одесский порт снова под ударом

Ночью ударные беспилотники атаковали портовую инфраструктуру Одессы. Горели складские помещения и зерновой терминал.

«Люди не пострадали, но последствия для экспорта ощутимые», — заявили в пресс-службе порта.
""", inc=[I("Odesa", w="drone", k=0, i=0, dmg="port commercial agricultural")], st=[S(None, "port press service")])

P = "2025-08-19"
C("local_news", "multi_incident relative_dates killed_phrasing injured_phrasing weapons case_forms", P, """
Сутки на Херсонщине: двое погибших, семеро раненых

За минувшие сутки россияне обстреляли 28 населенных пунктов области. В Херсоне погиб человек и пятеро получили ранения. В Антоновке дрон атаковал частный дом: один погибший и двое раненых.
""", inc=[I("Kherson", w="unknown", k=1, i=5), I("Antonivka", code="UA-65", w="drone", k=1, i=2, dmg="residential")])

P = "2025-08-23"
C("local_news", "children_subset case_forms statements injured_phrasing weapons", P, """
Мальчик получил ранение в Ахтырке

В Ахтырке Сумской области 16-летний подросток получил ранение от удара БПЛА. Его состояние врачи оценивают как средней тяжести, сообщил начальник ОВА Олег Григоров.

«Подросток был на улице возле дома», — уточнил Григоров.
""", inc=[I("Okhtyrka", w="drone", i=1, ci=1, p="r")], st=[S("Oleh Hryhorov", "head of the regional military administration")])

P = "2025-08-29"
C("local_news", "past_incident killed_phrasing weapons relative_dates recap_paragraph numbers_digits", P, """
В Харькове объявлен день траура

Траур объявлен после удара по Харькову в пятницу, который унес жизни 7 человек.

Ранее Харьков уже неоднократно подвергался ударам: в мае прилет КАБа по гипермаркету убил 19 человек.
""", inc=[I("Kharkiv", d=weekday("2025-08-29", "пятницу"), w="unknown", k=7)])

P = "2025-09-02"
C("local_news", "statements vague_amount explicit_zero weapons overnight case_forms", P, """
Измаил: ночью враг атаковал портовую инфраструктуру

Ночью Измаильский район атаковали несколько десятков ударных дронов. Повреждены склады и административное здание порта.

«Погибших нет. Несколько работников получили легкие травмы», — отметил Олег Кипер.
""", inc=[I("Izmail", w="drone", k=0, dmg="port administrative")], st=[S("Oleh Kiper", None)])

P = "2025-09-08"
C("local_news", "statements weapons killed_phrasing injured_phrasing numbers_digits overnight", P, """
Ночь в Запорожье: два погибших, 14 пострадавших

Глава ОВА Иван Федоров: «Враг атаковал Запорожье ракетами и дронами. 2 человека погибли, 14 получили ранения». Повреждено 6 многоэтажек и 20 частных домов.
""", inc=[I("Zaporizhzhia", w="missile drone", k=2, i=14, dmg="residential")],
  st=[S("Ivan Fedorov", "head of the regional military administration")])

P = "2025-09-12"
C("local_news", "killed_phrasing case_forms collective_numeral weapons past_incident relative_dates", P, """
Пятеро погибших в Дружковке: опубликованы данные

Удар управляемыми авиабомбами по Дружковке накануне унес жизни пятерых горожан. А 3 сентября в городе также погибли двое.
""", inc=[I("Druzhkivka", d="2025-09-11", w="glide_bomb", k=5), I("Druzhkivka", d="2025-09-03", w="unknown", k=2)])

P = "2025-09-16"
C("local_news", "statements injured_phrasing weapons case_forms relative_dates missing_people", P, """
Николаев: ракетный удар по предприятию

Сегодня утром Россия ударила ракетами по промышленному предприятию в Николаеве. Трое работников пострадали, судьба еще одного неизвестна.

«Продолжаем разбирать завалы», — рассказал начальник ОВА Виталий Ким.
""", inc=[I("Mykolaiv", w="missile", i=3, m=1, dmg="industrial")], st=[S("Vitalii Kim", "head of the regional military administration")])

P = "2025-09-21"
C("local_news", "killed_phrasing injured_phrasing children_subset statements case_forms weapons", P, """
В Сумах дрон попал в многоэтажку: среди раненых дети

В Сумах ранены 11 человек, в том числе трое детей. Погиб мужчина 54 лет.

«Дрон ударил в седьмой этаж, пожар быстро распространился», — рассказал пресс-офицер ГСЧС.
""", inc=[I("Sumy", w="drone", k=1, i=11, ci=3, dmg="residential", p="r")], st=[S(None, "emergency service")])

P = "2025-09-27"
C("local_news", "cumulative statements case_forms qualifier", P, """
Омбудсмен: в Харьковской области с начала вторжения погибли более 2 000 мирных жителей

Уполномоченный Верховной Рады по правам человека Дмитрий Лубинец заявил, что в Харьковской области погибли более 2 000 мирных жителей, среди них не менее 90 детей. «Это только то, что мы смогли подтвердить», — сказал он.
""", inc=[], st=[S("Dmytro Lubinets", "ombudsman")],
  stats=[T("civilians_killed_cumulative", 2000, "more_than"), T("children_killed_cumulative", 90, "at_least")])

P = "2025-10-03"
C("local_news", "non_attack_event statements numbers_digits", P, """
С Купянщины эвакуировали еще 112 человек

Из Купянского района за последнюю неделю эвакуировали 112 человек, среди них 18 детей. «Оставаться в прифронтовых селах смертельно опасно», — говорят волонтеры.
""", inc=[], ev=["evacuation"], st=[S(None, "volunteer")])

P = "2025-10-08"
C("local_news", "statements killed_phrasing injured_phrasing weapons relative_dates numbers_digits district_place", P, """
Днепр: удар по центру города в разгар рабочего дня

Около 14:00 в понедельник российская ракета попала в офисное здание в Центральном районе Днепра. Погибли 3 человека, 22 ранены.

«Многих людей выносили из здания на руках», — рассказал очевидец Андрей.

Позже мэр Борис Филатов добавил, что повреждены три соседних дома.
""", inc=[I("Dnipro", d=weekday("2025-10-08", "понедельник"), w="missile", k=3, i=22, dist="Tsentralnyi", dmg="commercial residential")],
  st=[S("Andrii", "eyewitness")])

P = "2025-10-13"
C("local_news", "weapons relative_dates injured_phrasing", P, """
В Харьковской области на мине подорвалась машина с сельчанами

В воскресенье на окраине Балаклеи автомобиль подорвался на противотанковой мине. Водитель и пассажир травмированы.
""", inc=[I("Balakliia", d=weekday("2025-10-13", "воскресенье"), w="mine", att=None, i=2, dmg="vehicles")])

P = "2025-10-18"
C("local_news", "statements injured_phrasing weapons non_attack_event", P, """
Домой вернулись 185 защитников

Состоялся очередной обмен пленными: домой вернулись 185 военных и 20 гражданских. «Работаем над возвращением каждого», — заявили в Координационном штабе.
""", inc=[], ev=["prisoner_exchange"], st=[S(None, "coordination headquarters")])

P = "2025-10-24"
C("local_news", "killed_phrasing injured_phrasing weapons case_forms subset_total numbers_words", P, """
В Херсоне дрон сбросил взрывчатку на остановку

Россияне атаковали дроном остановку общественного транспорта. Ранены восемь человек, из них пятеро в тяжелом состоянии. Еще одна женщина погибла на месте.
""", inc=[I("Kherson", w="drone", k=1, i=8, dmg="transport", p="r")])

P = "2025-10-30"
C("local_news", "statements killed_phrasing weapons relative_dates", P, """
Удар по Краматорску: погибла женщина

Вчера около 11:00 россияне сбросили авиабомбу на Краматорск. Погибла 62-летняя женщина. «Она шла в магазин», — сказал начальник городской военной администрации.
""", inc=[I("Kramatorsk", d="2025-10-29", w="glide_bomb", k=1)], st=[S(None, "head of the city military administration")])

P = "2025-11-04"
C("local_news", "statements weapons overnight killed_phrasing injured_phrasing children_subset recap_paragraph past_incident", P, """
Новая атака на Одессу: двое погибших

В ночь на 4 ноября россияне атаковали Одессу дронами. В Пересыпском районе погибли двое, ранены 8 человек, среди них 2 детей.

«Дрон попал прямо в крышу нашего дома», — рассказала жительница Пересыпи Наталья.

Напомним, неделю назад, 28 октября, при атаке на Одессу погиб один человек и пострадали пятеро.
""", inc=[I("Odesa", w="drone", k=2, i=8, ci=2, dist="Peresypskyi"),
          I("Odesa", d="2025-10-28", w="unknown", k=1, i=5)],
  st=[S("Nataliia", "resident")])

P = "2025-11-10"
C("local_news", "non_attack_event statements", P, """
Переговоры о перемирии: в Стамбуле прошла новая встреча

Делегации Украины и России встретились в Стамбуле. Стороны обсудили возможное прекращение огня и обмен пленными. «Разговор был сложным», — заявил источник в делегации.
""", inc=[], ev=["talks"], st=[S(None, "delegation source")])

P = "2025-11-16"
C("local_news", "weapons killed_phrasing injured_phrasing multi_incident relative_dates case_forms numbers_words", P, """
Зачем бить по рынку? В Херсоне и Белозерке снова жертвы

Сегодня утром россияне обстреляли из артиллерии рынок в Центральном районе Херсона: погибли двое продавцов, шестеро покупателей ранены.

Чуть позже дрон атаковал Белозерку, ранив одного мужчину.
""", inc=[I("Kherson", w="artillery", k=2, i=6, dist="Tsentralnyi", dmg="commercial"),
          I("Bilozerka", w="drone", i=1)])

P = "2025-11-22"
C("local_news", "statements weapons children_subset injured_phrasing", P, """
Запорожье: КАБ попал в школу

Управляемая авиабомба попала во двор школы в Александровском районе Запорожья. Ранены учитель и двое учеников. «Остальные дети успели спуститься в укрытие», — сказала директор школы.
""", inc=[I("Zaporizhzhia", w="glide_bomb", i=3, ci=2, dist="Oleksandrivskyi", dmg="education", p="r")], st=[S(None, "school director")])

P = "2025-11-29"
C("local_news", "weapons relative_dates killed_phrasing case_forms", P, """
В Купянске скончался раненный в понедельник мужчина

Мужчина, раненный в понедельник при обстреле Купянска, скончался в больнице.
""", inc=[I("Kupiansk", d=weekday("2025-11-29", "понедельник"), w="artillery", k=1)])
