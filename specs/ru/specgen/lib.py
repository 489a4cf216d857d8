"""Helpers for writing the Russian spec corpus compactly; build.py writes specs/ru/dev/*.json.

Every case is written by hand in the t_*.py files; these helpers only fill the JSON shape of
specs/README.md (admin1 codes from the gazetteer, attacker from the country) and check what
check-specs.py cannot for Cyrillic text (that a romanised speaker's Cyrillic surname is in it)."""
import csv
import datetime
import gzip
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
_ROWS = list(csv.DictReader(gzip.open(os.path.join(ROOT, "data", "places.tsv.gz"), "rt", encoding="utf-8"), delimiter="\t"))
_BY_NAME = {}
for r in _ROWS:
    _BY_NAME.setdefault(r["name"], []).append(r)

# Romanised speaker -> the Cyrillic stem the text must contain (Russian spelling of the surname).
NAMES = {
    "Oleh Syniehubov": "Синегубов", "Ihor Terekhov": "Терехов", "Serhii Lysak": "Лысак",
    "Borys Filatov": "Филатов", "Ivan Fedorov": "Федоров", "Oleh Kiper": "Кипер",
    "Hennadii Trukhanov": "Труханов", "Vitalii Kim": "Ким", "Oleksandr Senkevych": "Сенкевич",
    "Yevhen Yevtushenko": "Евтушенко", "Oleksandr Prokudin": "Прокудин", "Roman Mrochko": "Мрочко",
    "Vadym Filashkin": "Филашкин", "Oleksandr Vilkul": "Вилкул", "Yurii Ihnat": "Игнат",
    "Vyacheslav Gladkov": "Гладков", "Oleksandr Khinshtein": "Хинштейн", "Oleksandr Bohomaz": "Богомаз",
    "Oleh Hryhorov": "Григоров", "Dmytro Lubinets": "Лубинец", "Artem Lysohor": "Лысогор",
    "Rehina Kharchenko": "Харченко", "Viktor Kovalenko": "Коваленко", "Mykola Lukashuk": "Лукашук",
    "Andrii Kanashevych": "Канашевич", "Oleksandr Ivanov": "Иванов",
    "Liudmyla": "Людмила", "Andrii": "Андрей", "Nataliia": "Наталья", "Oksana": "Оксана", "Olha": "Ольга",
    "Serhii": "Сергей", "Halyna": "Галина", "Iryna": "Ирина", "Mykola": "Николай", "Tetiana": "Татьяна",
}


_README = open(os.path.join(ROOT, "specs", "README.md"), encoding="utf-8").read()
TAGS = set(re.findall(r"`([a-z_0-9]+)`", _README.split("## Construct tags", 1)[1].split("\n## ", 1)[0])) | {
    "telegram_hashtags", "case_forms", "collective_numeral", "recap_paragraph", "roundup"}


def _code(place, code):
    if code:
        return code
    if place is None:
        return None
    rows = _BY_NAME.get(place)
    if not rows:
        raise SystemExit(f"place not in gazetteer: {place}")
    oblasts = [r for r in rows if r["kind"] == "oblast"]
    if oblasts:
        return oblasts[0]["admin1_code"]
    codes = sorted({r["admin1_code"] for r in rows if r["kind"] in ("city", "settlement", "city_district")})
    if len(codes) == 1:
        return codes[0]
    # A big city beats its namesake villages; anything closer must be given explicitly.
    pop = sorted(((max(int(r["population"] or 0) for r in rows if r["admin1_code"] == c), c) for c in codes), reverse=True)
    if pop[0][0] < 20000 or pop[1][0] * 5 > pop[0][0]:
        raise SystemExit(f"{place}: in {codes}, give code=")
    return pop[0][1]


def check_place(place, code):
    if place is None:
        return
    rows = _BY_NAME.get(place, [])
    if not any(r["admin1_code"] == code for r in rows):
        raise SystemExit(f"{place} has no gazetteer entry in {code}")


def I(place, d=None, w="unknown", k=None, i=None, ck=None, ci=None, m=None, h=None,
      dist=None, dmg=None, p="day", code=None, att="auto"):
    """An expected incident; d is the attack date (None: the publication date), p its precision."""
    code = _code(place, code)
    if att == "auto":
        att = "UA" if (code or "").startswith("RU-") else "RU"
    inc = {"place": place, "admin1_code": code, "district": dist, "date": d,
           "date_precision": {"day": "day", "r": "reported", "m": "month"}[p],
           "weapons": w.split(), "attacker": att, "killed": k, "injured": i,
           "children_killed": ck, "children_injured": ci, "missing": m, "hit": h}
    if dmg is not None:
        inc["damage"] = dmg.split()
    return inc


def A(d, weapon, launched=None, intercepted=None, att="RU"):
    return {"date": d, "weapon": weapon, "attacker": att, "launched": launched, "intercepted": intercepted}


def S(speaker, role):
    return {"speaker": speaker, "role": role}


def T(metric, value, qualifier="exact"):
    return {"metric": metric, "value": value, "qualifier": qualifier}


def days_before(published, n):
    return (datetime.date.fromisoformat(published) - datetime.timedelta(days=n)).isoformat()


_WD = {"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3, "пятница": 4, "пятницу": 4,
       "суббота": 5, "субботу": 5, "воскресенье": 6}


def weekday(published, name):
    """The latest date on or before `published` that falls on the named weekday."""
    pub = datetime.date.fromisoformat(published)
    delta = (pub.weekday() - _WD[name]) % 7
    return (pub - datetime.timedelta(days=delta)).isoformat()


class Corpus:
    def __init__(self, prefix):
        self.prefix, self.cases, self.n = prefix, [], 0

    def __call__(self, style, constructs, published, text, inc=(), ad=(), st=(), ev=(), stats=(), slug=None):
        self.n += 1
        bad = set(constructs.split()) - TAGS
        if bad:
            raise SystemExit(f"{self.prefix}-{self.n}: unknown constructs {sorted(bad)}")
        text = text.strip("\n")
        for x in inc:
            if x["date"] is None:
                x["date"] = published
            if x["date_precision"] == "reported":
                x["date"] = published
            check_place(x["place"], x["admin1_code"])
        for s in st:
            if s["speaker"] is not None:
                stem = NAMES.get(s["speaker"], s["speaker"].split()[-1])
                if stem not in text:
                    raise SystemExit(f"{self.prefix}-{self.n}: speaker stem {stem} not in text")
        cid = f"ru-{self.prefix}-{slug + '-' if slug else ''}{self.n:03d}"
        self.cases.append({"id": cid, "style": style, "constructs": constructs.split(),
                           "published": published, "text": text,
                           "expect": {"incidents": list(inc), "air_defense": list(ad), "statements": list(st),
                                      "events": [{"type": e} for e in ev], "statistics": list(stats)}})
