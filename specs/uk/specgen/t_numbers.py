from uklib import *

T, L, W = "telegram", "local_news", "wire"
CASES = [
case("uk-num-001", T, ["numbers_words", "collective_numeral", "killed_phrasing", "weapons", "case_forms"], "2025-03-03",
"""Унаслідок ракетного удару по Полтаві загинуло п'ятеро людей.""",
[inc("Poltava", "UA-53", "2025-03-03", "reported", ["missile"], k=5)]),

case("uk-num-002", L, ["numbers_words", "case_forms", "increment_total", "injured_phrasing", "weapons"], "2025-05-08",
"""Кількість поранених унаслідок удару КАБами по Харкову зросла до двадцяти трьох, повідомили в міськраді.""",
[inc("Kharkiv", "UA-63", "2025-05-08", "reported", ["glide_bomb"], i=23)]),

case("uk-num-003", L, ["numbers_words", "case_forms", "injured_phrasing", "weapons", "non_count"], "2024-10-19",
"""Медики Одеси надали допомогу сімнадцятьом постраждалим після атаки дронів на 16-поверховий будинок.""",
[inc("Odesa", "UA-51", "2024-10-19", "reported", ["drone"], i=17, dmg=["residential"])]),

case("uk-num-004", T, ["numbers_digits", "case_forms", "injured_phrasing", "weapons"], "2025-04-11",
"""Запоріжжя. Травмовано 21 людину, пошкоджено 18 будинків. Удар ракетами.""",
[inc("Zaporizhzhia", "UA-23", "2025-04-11", "reported", ["missile"], i=21, dmg=["residential"])]),

case("uk-num-005", T, ["numbers_digits", "case_forms", "killed_phrasing", "injured_phrasing", "weapons"], "2025-06-16",
"""Одеса після атаки шахедів: загинули 2 людини, поранено 14 людей.""",
[inc("Odesa", "UA-51", "2025-06-16", "reported", ["drone"], k=2, i=14)]),

case("uk-num-006", T, ["numbers_digits", "case_forms", "injured_phrasing", "children_subset", "weapons", "relative_dates"], "2025-01-28",
"""Сьогодні в Сумах дрон влучив у двір багатоповерхівки — поранено 3-х людей, серед них 2-х дітей.""",
[inc("Sumy", "UA-59", "2025-01-28", "day", ["drone"], i=3, ci=2, dmg=["residential"])]),

case("uk-num-007", L, ["numbers_words", "collective_numeral", "children_subset", "injured_phrasing", "weapons", "case_forms", "subset_total"], "2025-02-27",
"""Одинадцятеро поранених, з них троє — діти: подробиці удару по Кривому Рогу. Балістична ракета влучила в житловий квартал.""",
[inc("Kryvyi Rih", "UA-12", "2025-02-27", "reported", ["missile"], i=11, ci=3, dmg=["residential"])]),

case("uk-num-008", T, ["numbers_words", "killed_phrasing", "one_another", "injured_phrasing", "weapons", "case_forms"], "2024-12-29",
"""Херсон. Одна людина загинула, ще одну травмовано внаслідок обстрілу з артилерії.""",
[inc("Kherson", "UA-65", "2024-12-29", "reported", ["artillery"], k=1, i=1)]),

case("uk-num-009", L, ["numbers_words", "killed_phrasing", "weapons", "case_forms", "article_one"], "2025-07-22",
"""У Костянтинівці FPV-дрон атакував двох чоловіків на велосипедах. Обидва загинули на місці.""",
[inc("Kostiantynivka", "UA-14", "2025-07-22", "reported", ["drone"], k=2)]),

case("uk-num-010", L, ["numbers_words", "qualifier", "injured_phrasing", "weapons", "case_forms"], "2025-03-31",
"""Близько півтора десятка людей звернулися по допомогу після нічного удару шахедів по Дніпру.""",
[inc("Dnipro", "UA-12", "2025-03-31", "day", ["drone"], i=15)]),

case("uk-num-011", L, ["vague_amount", "injured_phrasing", "weapons", "case_forms"], "2025-08-18",
"""У Запоріжжі кільканадцять людей отримали травми внаслідок атаки КАБів. Пошкоджено багатоквартирні будинки.""",
[inc("Zaporizhzhia", "UA-23", "2025-08-18", "reported", ["glide_bomb"], dmg=["residential"])]),

case("uk-num-012", T, ["numbers_words", "qualifier", "collective_numeral", "killed_phrasing", "weapons", "case_forms", "relative_dates"], "2025-05-14",
"""Щонайменше семеро людей загинули сьогодні вночі у Києві після удару балістикою по Дарницькому району.""",
[inc("Kyiv", "UA-30", "2025-05-14", "day", ["missile"], k=7, district="Darnytskyi")]),

case("uk-num-013", W, ["numbers_digits", "qualifier", "injured_phrasing", "weapons", "case_forms", "claimant"], "2024-11-08",
"""У Запоріжжі через удар КАБами поранено більше ніж 30 людей, повідомляє ОВА.""",
[inc("Zaporizhzhia", "UA-23", "2024-11-08", "reported", ["glide_bomb"], i=30)]),

case("uk-num-014", L, ["numbers_digits", "qualifier", "killed_phrasing", "weapons", "case_forms"], "2025-02-01",
"""Унаслідок удару по Полтаві загинули до 15 людей — під завалами ще шукають тих, кого не встигли знайти.""",
[inc("Poltava", "UA-53", "2025-02-01", "reported", ["unknown"], k=15)]),

case("uk-num-015", T, ["numbers_words", "collective_numeral", "killed_phrasing", "children_subset", "weapons", "case_forms"], "2025-06-05",
"""Жертвами удару по Херсону стали четверо людей, серед них двоє підлітків.""",
[inc("Kherson", "UA-65", "2025-06-05", "reported", ["unknown"], k=4, ck=2)]),

case("uk-num-016", T, ["numbers_digits", "non_count", "injured_phrasing", "weapons", "case_forms"], "2025-10-24",
"""Харків, 15:40. Удар по 9-поверхівці, на 5-му поверсі пожежа. Вибито понад 120 вікон. Постраждали 4 людини.""",
[inc("Kharkiv", "UA-63", "2025-10-24", "reported", ["unknown"], i=4, dmg=["residential"])]),

case("uk-num-017", T, ["numbers_digits", "non_count", "weapons", "case_forms", "explicit_zero"], "2025-01-12",
"""Внаслідок атаки на Черкаси знеструмлено 3 тис. абонентів. Пожежу на площі 200 кв. м ліквідовано. Постраждалих немає.""",
[inc("Cherkasy", "UA-71", "2025-01-12", "reported", ["unknown"], k=0, i=0, dmg=["power"])]),

case("uk-num-018", L, ["numbers_words", "collective_numeral", "injured_phrasing", "weapons", "case_forms"], "2025-09-15",
"""Дев'ятеро мешканців Слов'янська дістали поранення через удар двома авіабомбами по центру міста.""",
[inc("Sloviansk", "UA-14", "2025-09-15", "reported", ["glide_bomb"], i=9, hit=2)]),

case("uk-num-019", L, ["numbers_words", "collective_numeral", "killed_phrasing", "injured_phrasing", "weapons", "case_forms"], "2024-08-05",
"""Серед загиблих у Миколаєві — троє чоловіків і жінка. Ще десятеро отримали травми різного ступеня тяжкості. Росіяни вдарили ракетами.""",
[inc("Mykolaiv", "UA-48", "2024-08-05", "reported", ["missile"], k=4, i=10)]),

case("uk-num-020", T, ["numbers_words", "case_forms", "injured_phrasing", "killed_phrasing", "weapons"], "2025-05-14",
"""Удар по Покровську: загинули двоє, четверо травмованих. Пошкоджено адмінбудівлю.""",
[inc("Pokrovsk", "UA-14", "2025-05-14", "reported", ["unknown"], k=2, i=4, dmg=["administrative"])]),

case("uk-num-021", L, ["numbers_digits", "case_forms", "killed_phrasing", "weapons"], "2025-03-28",
"""Дніпро: загинуло 25 людей. Рятувальники завершили пошукову операцію на місці влучання ракети.""",
[inc("Dnipro", "UA-12", "2025-03-28", "reported", ["missile"], k=25)]),

case("uk-num-022", T, ["numbers_words", "collective_numeral", "children_subset", "injured_phrasing", "weapons", "case_forms", "non_count"], "2025-08-30",
"""У Запоріжжі поранено п'ятьох дітей віком від 3 до 15 років. Вони гралися на майданчику, коли впав дрон.""",
[inc("Zaporizhzhia", "UA-23", "2025-08-30", "reported", ["drone"], i=5, ci=5)]),

case("uk-num-023", L, ["numbers_words", "case_forms", "injured_phrasing", "weapons", "article_one"], "2025-10-31",
"""Одна людина в лікарні після атаки дронів на Ізмаїл.""",
[inc("Izmail", "UA-51", "2025-10-31", "reported", ["drone"], i=1)]),

case("uk-num-024", L, ["numbers_words", "case_forms", "qualifier", "injured_phrasing", "weapons"], "2024-12-21",
"""Щонайменше дванадцятьох людей травмовано в Києві внаслідок ранкової ракетної атаки.""",
[inc("Kyiv", "UA-30", "2024-12-21", "day", ["missile"], i=12)]),

case("uk-num-025", T, ["numbers_words", "case_forms", "killed_phrasing", "weapons", "one_another"], "2025-07-01",
"""Дніпро: тіло ще однієї загиблої знайшли під завалами. Тепер відомо про трьох загиблих.""",
[inc("Dnipro", "UA-12", "2025-07-01", "reported", ["unknown"], k=3)]),

case("uk-num-026", L, ["numbers_words", "case_forms", "injured_phrasing", "weapons", "vague_amount", "subset_total"], "2025-04-18",
"""Після удару по Харкову десятки людей звернулися до медиків, шістьох з них госпіталізували.""",
[inc("Kharkiv", "UA-63", "2025-04-18", "reported", ["unknown"])]),

case("uk-num-027", T, ["numbers_digits", "killed_phrasing", "injured_phrasing", "weapons", "case_forms", "qualifier"], "2025-02-09",
"""Ізюм. Не менше 3 загиблих і 12 поранених після удару ракетою по центру міста.""",
[inc("Izium", "UA-63", "2025-02-09", "reported", ["missile"], k=3, i=12)]),

case("uk-num-028", L, ["numbers_words", "collective_numeral", "case_forms", "injured_phrasing", "children_subset", "weapons"], "2025-11-22",
"""Луцьк: серед дев'ятнадцяти поранених — семеро дітей. Удар крилатими ракетами по житлових кварталах.""",
[inc("Lutsk", "UA-07", "2025-11-22", "reported", ["missile"], i=19, ci=7, dmg=["residential"])]),

case("uk-num-029", T, ["numbers_words", "case_forms", "killed_phrasing", "weapons", "article_one"], "2025-06-27",
"""Нікополь. Від удару дрона загинув один чоловік.""",
[inc("Nikopol", "UA-12", "2025-06-27", "reported", ["drone"], k=1)]),

case("uk-num-030", L, ["numbers_words", "case_forms", "killed_phrasing", "weapons"], "2025-09-06",
"""Тридцять один загиблий: у Кропивницькому триває жалоба після удару двома ракетами по заводу.""",
[inc("Kropyvnytskyi", "UA-35", "2025-09-06", "reported", ["missile"], k=31, hit=2, dmg=["industrial"])]),

case("uk-num-031", T, ["numbers_digits", "case_forms", "injured_phrasing", "weapons", "non_count"], "2024-09-13",
"""Кривий Ріг. 7 поранених, з них 1 — у важкому стані. Пошкоджено 2 п'ятиповерхівки та 10 авто.""",
[inc("Kryvyi Rih", "UA-12", "2024-09-13", "reported", ["unknown"], i=7, dmg=["residential", "vehicles"])]),

case("uk-num-032", L, ["numbers_words", "case_forms", "injured_phrasing", "weapons", "children_subset"], "2025-03-09",
"""Після удару по Одесі лікарі рятують життя вісьмом пораненим, серед яких дві дівчинки.""",
[inc("Odesa", "UA-51", "2025-03-09", "reported", ["unknown"], i=8, ci=2)]),

case("uk-num-033", T, ["numbers_words", "case_forms", "killed_phrasing", "weapons"], "2025-05-01",
"""Балаклія: кількість загиблих досягла шести.""",
[inc("Balakliia", "UA-63", "2025-05-01", "reported", ["unknown"], k=6)]),

case("uk-num-034", L, ["numbers_words", "collective_numeral", "injured_phrasing", "weapons", "case_forms", "relative_dates"], "2025-10-09",
"""Напередодні ввечері ворог атакував Чернігів шахедами. Поранення дістали шестеро осіб.""",
[inc("Chernihiv", "UA-74", "2025-10-08", "day", ["drone"], i=6)]),

case("uk-num-035", L, ["numbers_digits", "case_forms", "killed_phrasing", "injured_phrasing", "weapons", "children_subset"], "2025-12-14",
"""Удар по Краматорську забрав життя 2 осіб, серед поранених — 4-місячне немовля. Загалом травмовано 6 мешканців.""",
[inc("Kramatorsk", "UA-14", "2025-12-14", "reported", ["unknown"], k=2, i=6, ci=1)]),

case("uk-num-036", T, ["numbers_words", "case_forms", "injured_phrasing", "weapons", "relative_dates", "non_count"], "2025-01-05",
"""О 06:20 у неділю в Сумах дрон влучив у приватний будинок 1950 року побудови. Поранено трьох людей віком 35, 61 та 64 роки.""",
[inc("Sumy", "UA-59", "2025-01-05", "day", ["drone"], i=3, dmg=["residential"])]),

case("uk-num-037", L, ["numbers_words", "collective_numeral", "case_forms", "killed_phrasing", "weapons"], "2025-08-11",
"""Двоє загиблих і троє поранених — підсумок удару по Гуляйполю з реактивних систем залпового вогню.""",
[inc("Huliaipole", "UA-23", "2025-08-11", "reported", ["mlrs"], k=2, i=3)]),

case("uk-num-038", T, ["numbers_digits", "case_forms", "injured_phrasing", "weapons", "qualifier"], "2025-04-03",
"""Понад 40 поранених у Кривому Розі. Лікарі працюють у посиленому режимі.""",
[inc("Kryvyi Rih", "UA-12", "2025-04-03", "reported", ["unknown"], i=40)]),

case("uk-num-039", L, ["numbers_words", "case_forms", "killed_phrasing", "weapons", "children_subset"], "2024-10-04",
"""Загинули дві людини, одна з них — 13-річна дівчинка. Росіяни вдарили по Харкову керованою авіабомбою.""",
[inc("Kharkiv", "UA-63", "2024-10-04", "reported", ["glide_bomb"], k=2, ck=1)]),

case("uk-num-040", T, ["numbers_words", "case_forms", "killed_phrasing", "injured_phrasing", "weapons", "subset_total"], "2025-07-26",
"""Херсонщина. Через атаку дрона на маршрутку у Білозерці постраждали п'ятеро пасажирів, одна з них згодом померла в лікарні.""",
[inc("Bilozerka", "UA-65", "2025-07-26", "reported", ["drone"], k=1, i=4, dmg=["transport"])]),
]
