from uklib import *

T, L, W = "telegram", "local_news", "wire"
CASES = [
case("uk-mix-001", T, ["children_subset", "injured_phrasing", "weapons", "case_forms", "non_count", "numbers_digits"], "2025-02-16",
"""Харків. Серед 8 поранених — малолітній хлопчик 2019 р. н. та 14-річна дівчинка. Удар дрона по Київському району.""",
[inc("Kharkiv", "UA-63", "2025-02-16", "reported", ["drone"], i=8, ci=2, district="Kyivskyi")]),

case("uk-mix-002", T, ["children_subset", "killed_phrasing", "weapons", "case_forms", "article_one"], "2025-05-25",
"""Ворожий дрон атакував автомобіль у Херсоні. Загинуло немовля, мати дитини поранена.""",
[inc("Kherson", "UA-65", "2025-05-25", "reported", ["drone"], k=1, ck=1, i=1, dmg=["vehicles"])]),

case("uk-mix-003", L, ["children_subset", "injured_phrasing", "weapons", "case_forms", "non_count"], "2025-09-20",
"""У Запоріжжі під час атаки КАБами поранено неповнолітню, 17 років, та її 19-річного брата.""",
[inc("Zaporizhzhia", "UA-23", "2025-09-20", "reported", ["glide_bomb"], i=2, ci=1)]),

case("uk-mix-004", L, ["children_subset", "injured_phrasing", "weapons", "case_forms", "numbers_words"], "2025-04-06",
"""У Дніпрі травми дістали двоє школярів і їхня бабуся, які ховалися в коридорі під час удару ракети. Хлопцям 8 і 11 років.""",
[inc("Dnipro", "UA-12", "2025-04-06", "reported", ["missile"], i=3, ci=2)]),

case("uk-mix-005", T, ["children_subset", "explicit_zero", "injured_phrasing", "weapons", "case_forms", "numbers_digits"], "2025-01-19",
"""Суми. Поранено 4 дорослих, діти не постраждали. Дрон влучив у дитячий садок, який не працював.""",
[inc("Sumy", "UA-59", "2025-01-19", "reported", ["drone"], i=4, ci=0, dmg=["education"])]),

case("uk-mix-006", L, ["children_subset", "injured_phrasing", "killed_phrasing", "weapons", "case_forms"], "2025-03-02",
"""Онук 70-річної мешканки Нікополя, якого поранило разом із бабусею, перебуває в реанімації. Жінка загинула. Їх атакував FPV-дрон.""",
[inc("Nikopol", "UA-12", "2025-03-02", "reported", ["drone"], k=1, i=1)]),

case("uk-mix-007", T, ["injured_phrasing", "numbers_words", "collective_numeral", "weapons", "case_forms"], "2025-06-12",
"""Харків. Постраждали семеро людей: у трьох — осколкові поранення, у чотирьох — гостра реакція на стрес.""",
[inc("Kharkiv", "UA-63", "2025-06-12", "reported", ["unknown"], i=7)]),

case("uk-mix-008", T, ["injured_phrasing", "numbers_words", "weapons", "case_forms", "relative_dates"], "2025-08-14",
"""Сьогодні вдень у Харкові КАБ влучив у гаражний кооператив. Поранено двох людей. Ще п'ятеро отримали гостру реакцію на стрес.""",
[inc("Kharkiv", "UA-63", "2025-08-14", "day", ["glide_bomb"], i=2)]),

case("uk-mix-009", T, ["killed_phrasing", "injured_phrasing", "subset_total", "numbers_digits", "weapons", "case_forms"], "2025-10-26",
"""Павлоград. Внаслідок удару постраждали 12 людей, 2 з них загинули.""",
[inc("Pavlohrad", "UA-12", "2025-10-26", "reported", ["unknown"], k=2, i=10)]),

case("uk-mix-010", L, ["explicit_zero", "weapons", "case_forms"], "2025-07-05",
"""Дрон влучив у приватний будинок у Коротичі на Харківщині. Обійшлося без жертв.""",
[inc("Korotych", "UA-63", "2025-07-05", "reported", ["drone"], k=0, dmg=["residential"])]),

case("uk-mix-011", T, ["explicit_zero", "weapons", "case_forms"], "2025-11-29",
"""Удар по Миколаєву. Минулося без постраждалих, хоча вибуховою хвилею пошкоджено дах школи.""",
[inc("Mykolaiv", "UA-48", "2025-11-29", "reported", ["unknown"], k=0, i=0, dmg=["education"])]),

case("uk-mix-012", T, ["explicit_zero", "weapons", "case_forms", "overnight"], "2025-03-17",
"""Вінниччина. Вночі уламки ракети впали на поле. Люди не постраждали, загиблих немає.""",
[inc("Vinnytsia Oblast", "UA-05", "2025-03-17", "day", ["missile"], k=0, i=0)]),

case("uk-mix-013", L, ["missing_people", "killed_phrasing", "numbers_words", "weapons", "case_forms", "overnight"], "2025-02-10",
"""Рятувальники Одеси продовжують шукати двох людей, які зникли безвісти після нічного удару дронів по багатоповерхівці. Одна людина загинула.""",
[inc("Odesa", "UA-51", "2025-02-10", "day", ["drone"], k=1, m=2, dmg=["residential"])]),

case("uk-mix-014", T, ["missing_people", "weapons", "case_forms", "numbers_digits", "vague_amount"], "2025-05-29",
"""Тернопіль. Під завалами можуть перебувати люди. Доля 9 мешканців під'їзду наразі невідома.""",
[inc("Ternopil", "UA-61", "2025-05-29", "reported", ["unknown"], m=9, dmg=["residential"])]),

case("uk-mix-015", L, ["revision", "killed_phrasing", "numbers_words", "weapons", "case_forms"], "2025-08-05",
"""У Харківській ОВА уточнили: через удар по Лозовій загинули троє людей, а не четверо, як повідомлялося вранці.""",
[inc("Lozova", "UA-63", "2025-08-05", "reported", ["unknown"], k=3)]),

case("uk-mix-016", T, ["increment_total", "injured_phrasing", "numbers_digits", "weapons", "case_forms"], "2025-04-19",
"""Оновлено: кількість постраждалих у Чернігові зросла на 3 і становить 13. Удар балістичною ракетою по центру міста.""",
[inc("Chernihiv", "UA-74", "2025-04-19", "reported", ["missile"], i=13)]),

case("uk-mix-017", T, ["non_attack_event", "numbers_digits", "case_forms"], "2025-06-20",
"""Україна повернула додому 84 захисників у межах чергового обміну полоненими.""",
events=[ev("prisoner_exchange")]),

case("uk-mix-018", L, ["non_attack_event", "case_forms"], "2025-05-16",
"""У Стамбулі тривають переговори делегацій України та росії. Українська сторона наполягає на безумовному припиненні вогню на 30 днів.""",
events=[ev("talks")]),

case("uk-mix-019", L, ["non_attack_event", "weapons", "case_forms", "relative_dates", "explicit_zero"], "2025-04-20",
"""Попри оголошене Кремлем «великоднє перемир'я», росіяни вночі атакували Херсонщину. За даними ОВА, у Херсоні обійшлося без постраждалих, пошкоджено приватний будинок.""",
[inc("Kherson", "UA-65", "2025-04-20", "day", ["unknown"], k=0, i=0, dmg=["residential"])],
events=[ev("ceasefire")]),

case("uk-mix-020", L, ["cumulative", "children_subset", "numbers_digits", "case_forms"], "2025-06-01",
"""За даними Офісу Генпрокурора, від початку повномасштабного вторгнення загинули щонайменше 620 дітей, понад 1 900 отримали поранення.""",
statistics=[stat("children_killed_cumulative", 620, "at_least"), stat("children_injured_cumulative", 1900, "more_than")]),

case("uk-mix-021", L, ["cumulative", "numbers_digits", "case_forms"], "2025-07-10",
"""Моніторингова місія ООН з прав людини: з лютого 2022 року в Україні загинули понад 13 500 цивільних.""",
statistics=[stat("civilians_killed_cumulative", 13500, "more_than")]),

case("uk-mix-022", L, ["statements", "weapons", "injured_phrasing", "numbers_words", "case_forms", "relative_dates"], "2025-09-24",
"""У вівторок увечері дрон влучив у багатоповерхівку в Запоріжжі, поранено п'ятьох.

"Я почула свист і впала на підлогу. Скло розлетілося по всій кімнаті", — розповіла мешканка будинку Ніна Кравчук.""",
[inc("Zaporizhzhia", "UA-23", wd("2025-09-24", "tuesday"), "day", ["drone"], i=5, dmg=["residential"])],
statements=[sp("Ніна Кравчук", "resident")]),

case("uk-mix-023", L, ["statements", "weapons", "killed_phrasing", "numbers_words", "case_forms"], "2025-10-12",
"""„Ми знали цю родину двадцять років“, — каже сусід загиблих Петро Ющенко. Удар ракети по Білій Церкві забрав життя трьох людей.""",
[inc("Bila Tserkva", "UA-32", "2025-10-12", "reported", ["missile"], k=3)],
statements=[sp("Петро Ющенко", "neighbour")]),

case("uk-mix-024", T, ["statements", "claimant", "weapons", "injured_phrasing", "numbers_digits", "case_forms"], "2025-03-27",
"""«Ворог вдарив по Мирнограду з РСЗВ „Ураган“. Травмовано 3 людей», — повідомила пресслужба Донецької ОВА.""",
[inc("Myrnohrad", "UA-14", "2025-03-27", "reported", ["mlrs"], i=3)],
statements=[sp(None, "regional military administration")]),

case("uk-mix-025", L, ["statements", "weapons", "injured_phrasing", "numbers_words", "case_forms", "relative_dates"], "2025-01-31",
"""«Це був звичайний ранок. Ніхто не очікував, що ракета влучить у школу», — сказала директорка ліцею Світлана Ярошенко. За її словами, сьогодні вранці у Краматорську поранено двох працівників закладу.""",
[inc("Kramatorsk", "UA-14", "2025-01-31", "day", ["missile"], i=2, dmg=["education"])],
statements=[sp("Світлана Ярошенко", "school principal")]),

case("uk-mix-026", W, ["attacker_side", "cross_border", "killed_phrasing", "numbers_words", "weapons", "case_forms", "relative_dates"], "2025-06-08",
"""Губернатор Курської області заявив, що в суботу в Рильську внаслідок удару українського дрона загинули двоє людей.""",
[inc("Rylsk", "RU-KRS", wd("2025-06-08", "saturday"), "day", ["drone"], att="UA", k=2)]),

case("uk-mix-027", L, ["weapons", "killed_phrasing", "case_forms", "article_one", "non_count"], "2025-04-13",
"""На Чернігівщині 56-річний чоловік підірвався на протипіхотній міні під час збору березового соку в лісі біля Ріпок. Він загинув.""",
[inc("Ripky", "UA-74", "2025-04-13", "reported", ["mine"], att=None, k=1)]),

case("uk-mix-028", L, ["old_name", "past_incident", "recap_paragraph", "weapons", "injured_phrasing", "numbers_words", "case_forms", "relative_dates"], "2025-08-20",
"""Сьогодні по обіді у Краснограді, який нині називається Берестин, від удару дрона постраждали дві жінки.

Як повідомлялося раніше, минулого місяця місто вже атакували ракетами.""",
[inc("Berestyn", "UA-63", "2025-08-20", "day", ["drone"], i=2)]),

case("uk-mix-029", L, ["past_incident", "recap_paragraph", "weapons", "killed_phrasing", "numbers_digits", "case_forms"], "2025-11-05",
"""Нагадаємо, 31 жовтня в Шостці внаслідок удару дрона загинули 2 людей.

У середу, 5 листопада, удару знову зазнала інфраструктура міста — постраждалих немає.""",
[inc("Shostka", "UA-59", "2025-10-31", "day", ["drone"], k=2),
 inc("Shostka", "UA-59", "2025-11-05", "day", ["unknown"], k=0, i=0)]),

case("uk-mix-030", T, ["claimant", "telegram_hashtags", "weapons", "injured_phrasing", "numbers_words", "case_forms", "district_place"], "2025-02-22",
"""#Дніпро Інформацію оприлюднив голова ОВА: внаслідок атаки на Самарський район травмовано трьох людей. Пошкоджено АЗС.""",
[inc("Dnipro", "UA-12", "2025-02-22", "reported", ["unknown"], i=3, district="Samarskyi", dmg=["commercial"])]),

case("uk-mix-031", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "children_subset"], "2025-07-28",
"""Сьогодні вночі ворог атакував Мерефу. Загинула 12-річна дитина, поранено її батька та сусідку.""",
[inc("Merefa", "UA-63", "2025-07-28", "day", ["unknown"], k=1, ck=1, i=2)]),

case("uk-mix-032", L, ["weapons", "injured_phrasing", "killed_phrasing", "numbers_digits", "multi_incident", "case_forms", "relative_dates", "statements"], "2025-05-21",
"""Кличко: у Києві 2 загиблих, у Броварах — поранені

Внаслідок нічної атаки дронів у Дніпровському районі столиці загинули 2 людей, повідомив міський голова Віталій Кличко. «На місці працюють медики», — написав він.

У Броварах уламки пошкодили котельню, поранено 4 людей.""",
[inc("Kyiv", "UA-30", "2025-05-21", "day", ["drone"], k=2, district="Dniprovskyi"),
 inc("Brovary", "UA-32", "2025-05-21", "day", ["drone"], i=4, dmg=["heating"])],
statements=[sp("Віталій Кличко", "mayor")]),

case("uk-mix-033", L, ["non_attack_event", "numbers_digits", "children_subset", "case_forms"], "2025-08-27",
"""Із Богодухівської громади оголошено обов'язкову евакуацію сімей з дітьми. Уже виїхали 112 людей, серед них 37 дітей.""",
events=[ev("evacuation")]),

case("uk-mix-034", T, ["weapons", "injured_phrasing", "numbers_words", "case_forms", "claimant", "relative_dates"], "2025-10-03",
"""За даними Національної поліції, вчора під час атаки на Фастів поранено чотирьох правоохоронців, які працювали на місці першого влучання.""",
[inc("Fastiv", "UA-32", "2025-10-02", "day", ["unknown"], i=4)]),

case("uk-mix-035", L, ["weapons", "killed_phrasing", "numbers_words", "case_forms", "past_incident", "relative_dates"], "2025-03-05",
"""Від поранень, отриманих під час удару по Вовчанську в неділю, у лікарні помер 45-річний чоловік. Загалом той удар забрав життя двох людей.""",
[inc("Vovchansk", "UA-63", wd("2025-03-05", "sunday"), "day", ["unknown"], k=2)]),

case("uk-mix-036", T, ["weapons", "vague_amount", "case_forms", "killed_phrasing", "injured_phrasing"], "2025-06-22",
"""Херсон. Є загиблий і поранені після артобстрілу Корабельного району. Уточнюємо.""",
[inc("Kherson", "UA-65", "2025-06-22", "reported", ["artillery"], k=1, district="Korabelnyi")]),

case("uk-mix-037", L, ["weapons", "injured_phrasing", "case_forms", "relative_dates", "numbers_words", "children_subset"], "2025-12-20",
"""У суботу ввечері російський дрон атакував Одесу. Травмовано жінку та її сина-підлітка.""",
[inc("Odesa", "UA-51", "2025-12-20", "day", ["drone"], i=2, ci=1)]),

case("uk-mix-038", T, ["weapons", "explicit_zero", "case_forms", "district_place", "relative_dates"], "2025-09-30",
"""Запоріжжя, сьогодні 07:15. Удар по Хортицькому району: пошкоджено теплотрасу. Загиблих і травмованих немає.""",
[inc("Zaporizhzhia", "UA-23", "2025-09-30", "day", ["unknown"], k=0, i=0, district="Khortytskyi", dmg=["heating"])]),

case("uk-mix-039", W, ["military_losses", "non_attack_event", "numbers_digits", "case_forms"], "2025-04-02",
"""Генштаб ЗСУ: загальні бойові втрати противника за минулу добу — 1 060 осіб, 4 танки, 19 артилерійських систем і 87 БпЛА оперативно-тактичного рівня.""",
events=[ev("military_losses")]),

case("uk-mix-040", W, ["cross_border", "attacker_side", "weapons", "case_forms", "explicit_zero", "overnight"], "2025-08-16",
"""КИЇВ. Сили оборони вночі уразили нафтобазу в Брянській області рф, повідомив Генштаб ЗСУ. Губернатор регіону стверджує, що постраждалих немає.""",
[inc("Bryansk Oblast", "RU-BRY", "2025-08-16", "day", ["unknown"], att="UA", k=0, i=0, dmg=["industrial"])]),

case("uk-mix-041", W, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "collective_numeral", "claimant", "case_forms", "relative_dates"], "2025-06-03",
"""ЗАПОРІЖЖЯ. Унаслідок удару російських дронів по Запоріжжю в понеділок увечері загинули двоє людей, ще вісьмеро поранені, повідомив начальник обласної військової адміністрації.""",
[inc("Zaporizhzhia", "UA-23", wd("2025-06-03", "monday"), "day", ["drone"], k=2, i=8)]),

case("uk-mix-042", W, ["weapons", "injured_phrasing", "numbers_digits", "claimant", "case_forms", "children_subset", "relative_dates"], "2025-11-15",
"""ОДЕСА, 15 листопада. Одинадцять людей, у тому числі троє дітей, постраждали внаслідок нічної атаки ударних БпЛА на Одесу, повідомляє Одеська обласна прокуратура.""",
[inc("Odesa", "UA-51", "2025-11-15", "day", ["drone"], i=11, ci=3)]),

case("uk-mix-043", W, ["weapons", "killed_phrasing", "numbers_words", "case_forms", "qualifier", "relative_dates", "claimant"], "2025-02-07",
"""ХАРКІВ. Щонайменше двоє людей загинули в четвер унаслідок авіаудару по селищу Старий Салтів Чугуївського району, повідомила обласна прокуратура.""",
[inc("Staryi Saltiv", "UA-63", wd("2025-02-07", "thursday"), "day", ["aircraft"], k=2)]),

case("uk-mix-044", W, ["weapons", "injured_phrasing", "numbers_words", "case_forms", "claimant", "statements"], "2025-09-11",
"""ДНІПРО. Ворог атакував Синельникове реактивними системами залпового вогню «Смерч»; поранено сімох людей. «Усі вони отримують допомогу», — повідомив голова районної військової адміністрації Михайло Сидоренко.""",
[inc("Synelnykove", "UA-12", "2025-09-11", "reported", ["mlrs"], i=7)],
statements=[sp("Михайло Сидоренко", "head of the district military administration")]),

case("uk-mix-045", T, ["weapons", "injured_phrasing", "numbers_words", "oblast_place", "case_forms", "relative_dates"], "2025-03-13",
"""Напередодні у Харківському районі ворог скинув ФАБ-500 з УМПК на околицю села. Поранено двох чоловіків, зруйновано господарську будівлю.""",
[inc("Kharkiv Oblast", "UA-63", "2025-03-12", "day", ["glide_bomb"], i=2, dmg=["agricultural"])]),

case("uk-mix-046", T, ["weapons", "injured_phrasing", "article_one", "case_forms", "relative_dates", "claimant"], "2025-07-17",
"""У Дергачівській громаді дрон «Молнія» атакував цивільне авто, поранено жінку. Про це повідомив очільник громади. Сталося це сьогодні близько 14:00.""",
[inc("Derhachi", "UA-63", "2025-07-17", "day", ["drone"], i=1, dmg=["vehicles"])]),

case("uk-mix-047", L, ["weapons", "killed_phrasing", "numbers_words", "case_forms", "claimant", "relative_dates"], "2025-05-02",
"""ДСНС підтверджує загибель двох рятувальників у Харкові: вчора ввечері росіяни повторно вдарили по місцю, де працювали вогнеборці.""",
[inc("Kharkiv", "UA-63", "2025-05-01", "day", ["unknown"], k=2)]),

case("uk-mix-048", L, ["weapons", "adversary_claim", "air_defense", "numbers_digits", "case_forms", "overnight"], "2025-10-21",
"""Росіяни в пропагандистських каналах хваляться «роботою Гераней» по Україні. Водночас Повітряні сили повідомили, що за ніч було запущено 115 «Герань-2» (шахедів), збито 97.""",
air=[ad("2025-10-21", "drone", 115, 97)]),

case("uk-mix-049", T, ["weapons", "explicit_zero", "case_forms", "overnight", "telegram_hashtags"], "2025-06-19",
"""Ніч на Полтавщині пройшла з вибухами. Уламки шахеда впали біля Кременчука, пошкоджено лінію електропередачі. Все минулося без постраждалих.

#Полтавщина""",
[inc("Kremenchuk", "UA-53", "2025-06-19", "day", ["drone"], k=0, i=0, dmg=["power"])]),

case("uk-mix-050", T, ["weapons", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates"], "2025-04-29",
"""Сьогодні вранці у Харківському районі, у Пісочині, внаслідок удару БпЛА поранено 2 людей. Пошкоджено магазин.""",
[inc("Pisochyn", "UA-63", "2025-04-29", "day", ["drone"], i=2, dmg=["commercial"])]),

case("uk-mix-051", L, ["weapons", "killed_phrasing", "numbers_words", "case_forms", "relative_dates", "statements"], "2025-08-24",
"""«У нашому селі загиблих і поранених немає, але згоріли три хати», — розповів голова Великописарівської громади Юрій Снітко. Удар КАБів стався сьогодні вдень.""",
[inc("Velyka Pysarivka", "UA-59", "2025-08-24", "day", ["glide_bomb"], k=0, i=0, dmg=["residential"])],
statements=[sp("Юрій Снітко", "head of the hromada")]),

case("uk-mix-052", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates"], "2025-11-26",
"""Херсон. Напередодні о 17:30 артилерійський снаряд влучив біля зупинки. Загибель 1 людини підтверджено, 5 людей поранено.""",
[inc("Kherson", "UA-65", "2025-11-25", "day", ["artillery"], k=1, i=5)]),
]
