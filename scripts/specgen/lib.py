"""Authoring helpers for specs/en/dev: each theme module builds its cases with these and
build.py writes specs/en/dev/<theme>.json. The JSON files are what the tests read; dates for
relative expressions are computed here so weekday arithmetic is never done by hand."""
import datetime as _dt

_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def day(published, rel=0):
    """published shifted by rel days (rel=-1: the day before)."""
    d = _dt.date.fromisoformat(published) + _dt.timedelta(days=rel)
    return d.isoformat()


def wd(published, name):
    """The most recent weekday `name` on or before `published` ("on Tuesday")."""
    d = _dt.date.fromisoformat(published)
    target = _WD.index(name.lower())
    back = (d.weekday() - target) % 7
    return (d - _dt.timedelta(days=back)).isoformat()


def weekday_of(published):
    return _WD[_dt.date.fromisoformat(published).weekday()].capitalize()


def inc(place, code, date, prec="day", w=("unknown",), att="RU", k=None, i=None, ck=None, ci=None,
        m=None, hit=None, dmg=None, district=None):
    d = {"place": place, "admin1_code": code, "district": district, "date": date,
         "date_precision": prec, "weapons": list(w), "attacker": att,
         "killed": k, "injured": i, "children_killed": ck, "children_injured": ci,
         "missing": m, "hit": hit}
    if dmg is not None:
        d["damage"] = list(dmg)
    return d


def ad(date, weapon, launched=None, intercepted=None, att="RU"):
    return {"date": date, "weapon": weapon, "attacker": att, "launched": launched, "intercepted": intercepted}


def st(speaker, role):
    return {"speaker": speaker, "role": role}


def ev(t):
    return {"type": t}


def stat(metric, value, qualifier="exact"):
    return {"metric": metric, "value": value, "qualifier": qualifier}


def case(id, style, constructs, published, text, incidents=(), air=(), statements=(), events=(),
         statistics=()):
    return {"id": id, "style": style, "constructs": list(constructs), "published": published,
            "text": text.strip(),
            "expect": {"incidents": list(incidents), "air_defense": list(air),
                       "statements": list(statements), "events": list(events),
                       "statistics": list(statistics)}}
