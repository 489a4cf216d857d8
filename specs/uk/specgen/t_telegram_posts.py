from uklib import *

T = "telegram"
CASES = [
case("uk-tg-001", T, ["overnight", "district_place", "weapons", "injured_phrasing", "children_subset", "case_forms", "telegram_hashtags", "non_count"], "2025-02-11",
"""Харків. Вночі ворог атакував Салтівський район ударними БпЛА типу «Шахед». Пошкоджено дев'ятиповерхівку та кілька автівок.

Травмовано трьох людей, серед них 16-річний хлопець. Усім надають допомогу.

#Харків #Салтівка""",
[inc("Kharkiv", "UA-63", "2025-02-11", "day", ["drone"], i=3, ci=1, district="Saltivskyi", dmg=["residential", "vehicles"])]),

case("uk-tg-002", T, ["explicit_zero", "district_place", "weapons", "case_forms"], "2025-03-04",
"""Вибух у Харкові. Окупанти вдарили КАБом по Індустріальному району. Попередньо — без постраждалих. Уточнюємо інформацію щодо руйнувань.""",
[inc("Kharkiv", "UA-63", "2025-03-04", "reported", ["glide_bomb"], k=0, i=0, district="Industrialnyi")]),

case("uk-tg-003", T, ["weapons", "injured_phrasing", "article_one", "non_count", "case_forms", "telegram_hashtags", "relative_dates"], "2024-09-18",
"""Нікопольщина під вогнем. Упродовж дня агресор гатив по Нікополю з важкої артилерії та запускав FPV-дрони.

У Нікополі поранено 62-річного чоловіка — він у лікарні. Понівечено приватний будинок, господарську споруду та лінію електропередачі.

#Нікопольщина #ДніпроОВА""",
[inc("Nikopol", "UA-12", "2024-09-18", "day", ["artillery", "drone"], i=1, dmg=["residential", "power"])]),

case("uk-tg-004", T, ["oblast_place", "killed_phrasing", "article_one", "non_count", "weapons", "telegram_hashtags", "claimant", "case_forms"], "2025-01-22",
"""Київщина: у Броварському районі внаслідок падіння уламків БпЛА загорівся приватний житловий будинок. Рятувальники ліквідували пожежу на площі 80 кв. м. На жаль, загинула 74-річна власниця будинку.

#ДСНС #Київщина""",
[inc("Kyiv Oblast", "UA-32", "2025-01-22", "reported", ["drone"], k=1, dmg=["residential"])]),

case("uk-tg-005", T, ["killed_phrasing", "injured_phrasing", "collective_numeral", "numbers_words", "weapons", "case_forms", "relative_dates"], "2024-11-06",
"""Сьогодні близько 14:00 росіяни скинули дві керовані авіабомби на Оріхів. Загинули двоє чоловіків, ще троє людей поранені. Зруйновано адмінбудівлю, пошкоджено магазин.""",
[inc("Orikhiv", "UA-23", "2024-11-06", "day", ["glide_bomb"], k=2, i=3, hit=2, dmg=["administrative", "commercial"])]),

case("uk-tg-006", T, ["weapons", "injured_phrasing", "collective_numeral", "children_subset", "numbers_words", "overnight", "case_forms", "telegram_hashtags"], "2025-05-27",
"""Одеса. Нічна атака ворожих дронів на Пересипський район. Уламки впали на подвір'я п'ятиповерхівки, вибито вікна у двох під'їздах.

Постраждали п'ятеро людей, серед них 9-річна дівчинка. Дитину госпіталізували, стан стабільний.

#Одеса #ОдесаМВА""",
[inc("Odesa", "UA-51", "2025-05-27", "day", ["drone"], i=5, ci=1, district="Peresypskyi", dmg=["residential"])]),

case("uk-tg-007", T, ["missing_people", "killed_phrasing", "injured_phrasing", "numbers_digits", "weapons", "overnight", "claimant", "telegram_hashtags"], "2025-04-15",
"""⚡️Наслідки нічної ракетної атаки на Дніпро.

Ракета влучила у під'їзд багатоповерхівки. Загинули 4 людини, 19 поранено. Ще 3 мешканців вважаються зниклими безвісти — тривають пошуково-рятувальні роботи.

#ДСНС #Дніпро""",
[inc("Dnipro", "UA-12", "2025-04-15", "day", ["missile"], k=4, i=19, m=3, dmg=["residential"])]),

case("uk-tg-008", T, ["explicit_zero", "weapons", "relative_dates", "case_forms"], "2024-12-02",
"""Сьогодні вранці ворог атакував Кременчук ракетами. Влучання в одне з підприємств міста. Обійшлося без постраждалих. Працюють усі служби.""",
[inc("Kremenchuk", "UA-53", "2024-12-02", "day", ["missile"], k=0, i=0, dmg=["industrial"])]),

case("uk-tg-009", T, ["injured_phrasing", "numbers_digits", "weapons", "claimant", "case_forms", "telegram_hashtags"], "2025-06-30",
"""Поліція Харківщини: у Куп'янську російський дрон атакував легковик на виїзді з міста. Водій та пасажирка зазнали поранень, їх доправили до лікарні. Слідчі розпочали досудове розслідування за ст. 438 ККУ.

#поліція #Куп'янськ""",
[inc("Kupiansk", "UA-63", "2025-06-30", "reported", ["drone"], i=2, dmg=["vehicles"])]),

case("uk-tg-010", T, ["killed_phrasing", "increment_total", "numbers_digits", "weapons", "overnight", "case_forms"], "2025-03-07",
"""Оновлення. Кількість загиблих внаслідок нічного удару по Кривому Рогу зросла до 5. Під завалами знайшли тіло ще одного чоловіка. Поранених — 11, з них четверо у важкому стані.""",
[inc("Kryvyi Rih", "UA-12", "2025-03-07", "day", ["unknown"], k=5, i=11)]),

case("uk-tg-011", T, ["weapons", "injured_phrasing", "numbers_words", "article_one", "relative_dates", "case_forms", "statements"], "2024-10-14",
"""Голова Сумської ОВА Володимир Артюх: «Сьогодні по обіді окупанти вдарили по Шостці шахедами. Поранено жінку, пошкоджено об'єкт енергетики. Частина міста без світла».""",
[inc("Shostka", "UA-59", "2024-10-14", "day", ["drone"], i=1, dmg=["power"])],
statements=[sp("Володимир Артюх", "head of the regional military administration")]),

case("uk-tg-012", T, ["weapons", "killed_phrasing", "children_subset", "non_count", "case_forms", "relative_dates"], "2025-07-19",
"""Страшна втрата. Вчора ввечері від удару FPV-дрона по автівці в Білозерці загинули 14-річний підліток і його батько. Мати хлопця з пораненнями в лікарні.""",
[inc("Bilozerka", "UA-65", "2025-07-18", "day", ["drone"], k=2, ck=1, i=1, dmg=["vehicles"])]),

case("uk-tg-013", T, ["explicit_zero", "weapons", "overnight", "district_place", "case_forms", "telegram_hashtags"], "2025-08-09",
"""Київ, вночі. Уламки збитого дрона впали на відкриту територію в Дарницькому районі. Загиблих і поранених немає. Уламки ракети — у Голосіївському районі, на даху нежитлової будівлі, також без постраждалих.

#Київ #КМВА""",
[inc("Kyiv", "UA-30", "2025-08-09", "day", ["drone", "missile"], k=0, i=0)]),

case("uk-tg-014", T, ["injured_phrasing", "numbers_digits", "weapons", "revision", "case_forms"], "2024-08-25",
"""Уточнені дані щодо атаки на Запоріжжя: постраждалих 7, а не 9, як повідомлялося раніше. Двох людей помилково внесли до списку двічі. Ракетний удар пошкодив промислове підприємство й три житлові будинки.""",
[inc("Zaporizhzhia", "UA-23", "2024-08-25", "reported", ["missile"], i=7, dmg=["industrial", "residential"])]),

case("uk-tg-015", T, ["weapons", "injured_phrasing", "numbers_words", "relative_dates", "case_forms"], "2025-02-24",
"""Херсон, близько 09:30. Окупанти обстріляли з «Градів» Корабельний район. Травмовано двох жінок на зупинці громадського транспорту. Пошкоджено тролейбус.""",
[inc("Kherson", "UA-65", "2025-02-24", "reported", ["mlrs"], i=2, district="Korabelnyi", dmg=["transport"])]),

case("uk-tg-016", T, ["explicit_zero", "weapons", "overnight", "case_forms", "telegram_hashtags"], "2025-01-03",
"""Хмельниччина. Цієї ночі над областю працювала ППО. Уламки шахеда пошкодили склад у Старокостянтинові. Минулося без постраждалих.

#Хмельницький""",
[inc("Starokostiantyniv", "UA-68", "2025-01-03", "day", ["drone"], k=0, i=0, dmg=["commercial"])]),

case("uk-tg-017", T, ["killed_phrasing", "article_one", "weapons", "attacker_side", "cross_border", "case_forms"], "2025-05-05",
"""Білгородщина: внаслідок атаки українського FPV-дрона на автомобіль у Шебекіно загинув чоловік, повідомив губернатор регіону.""",
[inc("Shebekino", "RU-BEL", "2025-05-05", "reported", ["drone"], att="UA", k=1, dmg=["vehicles"])]),

case("uk-tg-018", T, ["injured_phrasing", "numbers_words", "collective_numeral", "weapons", "relative_dates", "statements", "case_forms"], "2024-07-08",
"""«Сьогодні вдень ворог скерував на Миколаїв балістичну ракету. Влучання в промисловий об'єкт. Семеро працівників отримали травми, усі вони в лікарні», — написав у телеграм-каналі голова Миколаївської ОВА Віталій Кім.""",
[inc("Mykolaiv", "UA-48", "2024-07-08", "day", ["missile"], i=7, dmg=["industrial"])],
statements=[sp("Віталій Кім", "head of the regional military administration")]),

case("uk-tg-019", T, ["weapons", "vague_amount", "relative_dates", "case_forms"], "2025-09-12",
"""Сьогодні по обіді росіяни атакували Павлоград. Є загиблі та поранені. Кількість уточнюється. Не публікуйте фото та відео з місць влучань!""",
[inc("Pavlohrad", "UA-12", "2025-09-12", "day", ["unknown"])]),

case("uk-tg-020", T, ["injured_phrasing", "numbers_digits", "children_subset", "weapons", "overnight", "subset_total", "case_forms"], "2025-10-21",
"""Ніч у Запоріжжі була неспокійною. Ворог завдав 6 ударів по місту. Пошкоджено 14 приватних будинків і дитячий садок.

Внаслідок атаки травмовано 8 людей, з них 2 дітей. Госпіталізовано 5 осіб.""",
[inc("Zaporizhzhia", "UA-23", "2025-10-21", "day", ["unknown"], i=8, ci=2, dmg=["residential", "education"])]),

case("uk-tg-021", T, ["killed_phrasing", "numbers_words", "weapons", "relative_dates", "case_forms", "telegram_hashtags"], "2024-06-20",
"""Напередодні ввечері в Сумах ворожий дрон влучив у автостанцію. Загинули троє людей, які чекали на рейсовий автобус.

#Суми #Сумщина""",
[inc("Sumy", "UA-59", "2024-06-19", "day", ["drone"], k=3, dmg=["transport"])]),

case("uk-tg-022", T, ["weapons", "injured_phrasing", "article_one", "non_count", "case_forms", "relative_dates"], "2025-03-16",
"""У неділю о 11:40 у Херсоні ворожий дрон скинув вибухівку на велосипедиста. 57-річний чоловік дістав вибухову травму та осколкові поранення ніг.""",
[inc("Kherson", "UA-65", "2025-03-16", "day", ["drone"], i=1)]),

case("uk-tg-023", T, ["weapons", "explicit_zero", "non_count", "case_forms"], "2025-04-02",
"""Краматорськ. Удар КАБом по центру міста: пошкоджено 6 багатоквартирних будинків, школу, понад 40 вікон. Попередньо, людей не травмовано.""",
[inc("Kramatorsk", "UA-14", "2025-04-02", "reported", ["glide_bomb"], i=0, dmg=["residential", "education"])]),

case("uk-tg-024", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "relative_dates", "claimant", "case_forms"], "2024-03-08",
"""В Харкові у четвер увечері С-300 влучила в житловий квартал. Маємо 6 загиблих і 25 поранених. Інформація уточнюється.""",
[inc("Kharkiv", "UA-63", "2024-03-07", "day", ["missile"], k=6, i=25, dmg=["residential"])]),

case("uk-tg-025", T, ["weapons", "injured_phrasing", "children_subset", "numbers_words", "case_forms", "relative_dates", "statements"], "2025-08-26",
"""Начальник Чернігівської ОВА В'ячеслав Чаус повідомив, що сьогодні вранці шахед влучив у приватний сектор Новгорода-Сіверського. «Поранено чотирьох людей, серед них немовля. Малюк у лікарні, його життю нічого не загрожує», — додав він.""",
[inc("Novhorod-Siverskyi", "UA-74", "2025-08-26", "day", ["drone"], i=4, ci=1, dmg=["residential"])],
statements=[sp("В'ячеслав Чаус", "head of the regional military administration")]),

case("uk-tg-026", T, ["weapons", "killed_phrasing", "non_count", "article_one", "attacker_side", "case_forms"], "2025-04-28",
"""На Ізюмщині трактор підірвався на протитанковій міні під час польових робіт неподалік Борової. 48-річний тракторист загинув на місці.""",
[inc("Borova", "UA-63", "2025-04-28", "reported", ["mine"], att=None, k=1, dmg=["agricultural"])]),

case("uk-tg-027", T, ["weapons", "injured_phrasing", "numbers_digits", "overnight", "case_forms", "telegram_hashtags"], "2025-11-14",
"""Ніч на Одещині. Шахеди атакували енергетичну інфраструктуру Ізмаїльського району. Знеструмлено понад 20 тисяч абонентів. Травмованих немає.

#Одещина""",
[inc("Odesa Oblast", "UA-51", "2025-11-14", "day", ["drone"], i=0, dmg=["power"])]),

case("uk-tg-028", T, ["killed_phrasing", "injured_phrasing", "numbers_words", "weapons", "relative_dates", "claimant", "case_forms"], "2024-12-13",
"""Сьогодні ввечері окупанти вдарили з артилерії по Гуляйполю. Загинула жінка, двоє чоловіків отримали поранення, повідомляє Запорізька ОВА.""",
[inc("Huliaipole", "UA-23", "2024-12-13", "day", ["artillery"], k=1, i=2)]),

case("uk-tg-029", T, ["weapons", "ew_suppressed", "explicit_zero", "overnight", "case_forms"], "2025-02-08",
"""Житомирщина. Вночі у небі над областю ворожі БпЛА збивала ППО і глушили засоби РЕБ. Падіння уламків зафіксовано біля Коростеня. Жертв і постраждалих немає.""",
[inc("Korosten", "UA-18", "2025-02-08", "day", ["drone"], k=0, i=0)]),

case("uk-tg-030", T, ["injured_phrasing", "numbers_digits", "weapons", "overnight", "case_forms", "telegram_hashtags", "children_subset"], "2025-06-10",
"""Київ. Нічна атака ракетами та дронами.

Солом'янський район — уламки на даху 16-поверхівки, пожежа. Оболонський район — влучання в гаражний кооператив.

Загалом 9 постраждалих, з них 1 дитина. 6 людей госпіталізовані.

#Київ""",
[inc("Kyiv", "UA-30", "2025-06-10", "day", ["missile", "drone"], i=9, ci=1, dmg=["residential"])]),

case("uk-tg-031", T, ["weapons", "killed_phrasing", "numbers_words", "past_incident", "recap_paragraph", "case_forms", "relative_dates"], "2025-09-03",
"""Сьогодні вранці в Покровську під ударом КАБів загинули двоє цивільних.

Нагадаємо, у понеділок росіяни скинули авіабомбу на Добропілля: тоді загинули 5 людей.""",
[inc("Pokrovsk", "UA-14", "2025-09-03", "day", ["glide_bomb"], k=2),
 inc("Dobropillia", "UA-14", wd("2025-09-03", "monday"), "day", ["glide_bomb"], k=5)]),

case("uk-tg-032", T, ["weapons", "injured_phrasing", "numbers_words", "case_forms", "relative_dates", "article_one"], "2024-10-30",
"""Запорізька громада, Кушугум. Сьогодні о 16:10 ворог атакував селище дронами. Поранено одного чоловіка, пошкоджено приватний будинок і авто.""",
[inc("Kushuhum", "UA-23", "2024-10-30", "day", ["drone"], i=1, dmg=["residential", "vehicles"])]),

case("uk-tg-033", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "overnight", "claimant", "case_forms"], "2025-03-25",
"""Сили оборони в ніч на вівторок відбивали атаку на Полтавщину. На жаль, у Полтаві внаслідок влучання в адміністративну будівлю загинула 1 людина, ще 2 поранено. Інформацію оприлюднив начальник ОВА.""",
[inc("Poltava", "UA-53", "2025-03-25", "day", ["unknown"], k=1, i=2, dmg=["administrative"])]),

case("uk-tg-034", T, ["injured_phrasing", "numbers_words", "weapons", "relative_dates", "case_forms"], "2025-01-17",
"""Вчора в Антонівці ворожий дрон атакував маршрутку. Шестеро пасажирів дістали поранень, серед них водій.""",
[inc("Antonivka", "UA-65", "2025-01-16", "day", ["drone"], i=6, dmg=["transport"])]),

case("uk-tg-035", T, ["weapons", "killed_phrasing", "article_one", "relative_dates", "case_forms", "telegram_hashtags"], "2024-08-16",
"""Ворог вбив мешканку Станіслава. Сьогодні під час артобстрілу села жінка перебувала у дворі власного будинку.

#Херсонщина""",
[inc("Stanislav", "UA-65", "2024-08-16", "day", ["artillery"], k=1)]),

case("uk-tg-036", T, ["weapons", "injured_phrasing", "numbers_digits", "overnight", "qualifier", "case_forms"], "2025-07-04",
"""Наслідки нічної атаки на Вінницю: щонайменше 12 людей звернулися по медичну допомогу після вибухів. Пошкоджено багатоповерхівку та торговельний центр.""",
[inc("Vinnytsia", "UA-05", "2025-07-04", "day", ["unknown"], i=12, dmg=["residential", "commercial"])]),

case("uk-tg-037", T, ["weapons", "explicit_zero", "case_forms", "relative_dates"], "2025-10-02",
"""Дергачівська громада: по обіді окупанти атакували громаду КАБами. Зруйновано кілька дачних будинків, обійшлося без жертв.""",
[inc("Derhachi", "UA-63", "2025-10-02", "day", ["glide_bomb"], k=0, dmg=["residential"])]),

case("uk-tg-038", T, ["injured_phrasing", "numbers_words", "collective_numeral", "weapons", "overnight", "case_forms", "children_subset"], "2024-11-25",
"""У ніч на понеділок ворог атакував Харків ударними дронами. У Шевченківському районі — влучання в житловий будинок. Постраждали шестеро людей, зокрема двоє дітей віком 7 і 12 років.""",
[inc("Kharkiv", "UA-63", "2024-11-25", "day", ["drone"], i=6, ci=2, district="Shevchenkivskyi", dmg=["residential"])]),

case("uk-tg-039", T, ["killed_phrasing", "numbers_digits", "weapons", "past_incident", "case_forms"], "2025-05-13",
"""У лікарні помер чоловік, який 9 травня отримав важкі поранення під час удару дрона по Конотопу. Таким чином кількість загиблих внаслідок тієї атаки зросла до 3.""",
[inc("Konotop", "UA-59", "2025-05-09", "day", ["drone"], k=3)]),

case("uk-tg-040", T, ["weapons", "injured_phrasing", "article_one", "non_count", "case_forms"], "2025-08-15",
"""Марганецька громада. FPV-дрон атакував працівника комунального підприємства. 39-річний чоловік у лікарні у стані середньої тяжкості.""",
[inc("Marhanets", "UA-12", "2025-08-15", "reported", ["drone"], i=1)]),

case("uk-tg-041", T, ["non_attack_event", "numbers_digits", "children_subset", "case_forms", "telegram_hashtags"], "2025-06-18",
"""Евакуація з прикордоння триває. За добу з Краснопільської та Білопільської громад вивезли 46 людей, серед них 11 дітей.

#Сумщина""",
events=[ev("evacuation")]),

case("uk-tg-042", T, ["weapons", "injured_phrasing", "numbers_digits", "qualifier", "relative_dates", "case_forms"], "2025-04-22",
"""Удар по Бурштину вранці: понад 10 працівників ТЕС травмовані. Є пошкодження енергетичного обладнання.""",
[inc("Burshtyn", "UA-26", "2025-04-22", "day", ["unknown"], i=10, dmg=["power"])]),

case("uk-tg-043", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_words", "case_forms", "overnight"], "2025-12-06",
"""Черкаси. Цієї ночі уламки ракети впали на подвір'я багатоповерхівки. Одна людина загинула, двох травмовано. Пошкоджено автомобілі та вікна.""",
[inc("Cherkasy", "UA-71", "2025-12-06", "day", ["missile"], k=1, i=2, dmg=["residential", "vehicles"])]),

case("uk-tg-044", T, ["weapons", "injured_phrasing", "numbers_words", "qualifier", "case_forms", "claimant", "relative_dates"], "2024-10-02",
"""Полтава, сьогодні. Дві балістичні ракети влучили в навчальний заклад. За даними ДСНС, поранено понад тридцять людей, рятувальники розбирають завали.""",
[inc("Poltava", "UA-53", "2024-10-02", "day", ["missile"], i=30, hit=2, dmg=["education"])]),

case("uk-tg-045", T, ["weapons", "explicit_zero", "overnight", "oblast_place", "case_forms", "telegram_hashtags"], "2025-03-30",
"""Львівщина. Вночі ворог випустив по області ракети та дрони. Частину збила ППО. Влучання в об'єкт критичної інфраструктури в Стрийському районі. Без жертв і постраждалих.

#Львівщина""",
[inc("Lviv Oblast", "UA-46", "2025-03-30", "day", ["missile", "drone"], k=0, i=0)]),

case("uk-tg-046", T, ["weapons", "injured_phrasing", "numbers_digits", "case_forms", "relative_dates", "statements"], "2025-05-20",
"""Начальник Сумської МВА Олександр Бельський: «Сьогодні о 08:15 ворожий БпЛА влучив у районі ринку. Травми дістали 3 людини. Усі в лікарні». Місто Суми продовжує жити під постійними атаками.""",
[inc("Sumy", "UA-59", "2025-05-20", "day", ["drone"], i=3, dmg=["commercial"])],
statements=[sp("Олександр Бельський", "head of the city military administration")]),

case("uk-tg-047", T, ["weapons", "killed_phrasing", "numbers_words", "collective_numeral", "children_subset", "case_forms", "overnight"], "2025-10-08",
"""Тяжка ніч для Полтави. Після влучання ракети в багатоповерхівку загинули семеро людей, серед них двоє дітей. Пошуки під завалами тривають.""",
[inc("Poltava", "UA-53", "2025-10-08", "day", ["missile"], k=7, ck=2, dmg=["residential"])]),

case("uk-tg-048", T, ["weapons", "injured_phrasing", "non_count", "case_forms", "relative_dates"], "2024-07-26",
"""Сьогодні в Херсоні під обстріл потрапив автобус № 29 на Шуменському. Травмовано водія, пасажирів не було. Транспорт сильно пошкоджено.""",
[inc("Kherson", "UA-65", "2024-07-26", "day", ["unknown"], i=1, dmg=["transport"])]),

case("uk-tg-049", T, ["weapons", "killed_phrasing", "injured_phrasing", "numbers_digits", "case_forms"], "2025-02-14",
"""Дружківка. Ворожа ракета влучила в центр міста. Загинули 3 цивільних, 8 поранено. Пошкоджено будівлю міськради та кафе.""",
[inc("Druzhkivka", "UA-14", "2025-02-14", "reported", ["missile"], k=3, i=8, dmg=["administrative", "commercial"])]),

case("uk-tg-050", T, ["weapons", "explicit_zero", "case_forms", "relative_dates", "telegram_hashtags"], "2025-09-27",
"""Бровари. Сьогодні зранку чутно було роботу ППО. На території громади впали уламки дрона, пошкоджено дах складу. Постраждалих немає.

#Бровари #Київщина""",
[inc("Brovary", "UA-32", "2025-09-27", "day", ["drone"], k=0, i=0, dmg=["commercial"])]),
]
