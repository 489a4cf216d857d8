"""Authoring helpers for specs/uk/dev: the English corpus's helpers (scripts/specgen/lib.py) plus
KMU 2010 romanisation, so a speaker's name in `expect` is derived from the Ukrainian spelling the
text uses instead of being typed by hand."""
import os
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts", "specgen"))
from lib import ad, case, day, ev, inc, st, stat, wd  # noqa: E402,F401

_MAP = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": ""}
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_MEDIAL = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}


def rom(name):
    """Ukrainian Cyrillic → Latin by the national system (KMU 2010): Олег Синєгубов → Oleh Syniehubov."""
    out = []
    for word in name.split():
        res, prev = [], ""
        for i, ch in enumerate(word):
            low = ch.lower()
            if low in _INITIAL:
                lat = _INITIAL[low] if i == 0 or word[i - 1] == "-" else _MEDIAL[low]
            elif low == "г" and prev == "з":
                lat = "gh"
            else:
                lat = _MAP.get(low, low)
            if ch.isupper() and lat:
                lat = lat[0].upper() + lat[1:]
            res.append(lat)
            prev = low
        out.append("".join(res))
    return " ".join(out)


def sp(name_uk, role):
    """A statement by a person named in Ukrainian (nominative), romanised."""
    return st(rom(name_uk) if name_uk else None, role)


assert rom("Олег Синєгубов") == "Oleh Syniehubov"
assert rom("Ігор Терехов") == "Ihor Terekhov"
assert rom("Віталій Кличко") == "Vitalii Klychko"
assert rom("Юрій Ігнат") == "Yurii Ihnat"
assert rom("Згурський") == "Zghurskyi"
assert rom("Олександр Вілкул") == "Oleksandr Vilkul"
