#!/usr/bin/env python3
"""Validates spec corpus files (default: specs/en/dev/*.json) against specs/README.md's format.

Checks valid JSON, required keys, allowed values, unique ids, real dates not after `published`,
subset rules (killed >= children_killed, injured >= children_injured when both are set), speakers present in the
text, and that no 8-word run of the seed article was copied. --summary prints cases per file and
per construct tag. Exit code 1 on any error."""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "specs", "README.md")
SEED_DIR = "/work/shared/seed"

STYLES = {"wire", "telegram", "air_force", "local_news"}
WEAPONS = {"drone", "missile", "glide_bomb", "artillery", "mlrs", "aircraft", "mine", "unknown"}
ATTACKERS = {"RU", "UA", None}
PRECISIONS = {"day", "month", "reported"}
DAMAGE = {"residential", "power", "water", "gas", "heating", "industrial", "education", "medical",
          "transport", "commercial", "agricultural", "religious", "cultural", "administrative",
          "vehicles", "port", "telecom"}
EVENTS = {"prisoner_exchange", "talks", "evacuation", "military_losses", "ceasefire"}
METRICS = {"civilians_killed_cumulative", "civilians_injured_cumulative",
           "children_killed_cumulative", "children_injured_cumulative"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
FIGURES = ["killed", "injured", "children_killed", "children_injured", "missing", "hit"]
INCIDENT_KEYS = {"place", "admin1_code", "district", "date", "date_precision", "weapons", "attacker", *FIGURES}
CODE = re.compile(r"^(UA-\d\d|RU-[A-Z]{2,3})$")


def construct_tags():
    text = open(README, encoding="utf-8").read()
    section = text.split("## Construct tags", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`([a-z_0-9]+)`", section))


def seed_ngrams(n=8):
    grams = set()
    for path in glob.glob(os.path.join(SEED_DIR, "*")):
        words = re.findall(r"[a-z0-9']+", open(path, encoding="utf-8").read().lower())
        grams.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    return grams


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def check_case(case, where, tags, seed, errors):
    def err(msg):
        errors.append(f"{where}: {msg}")

    for key in ("id", "style", "constructs", "published", "text", "expect"):
        if key not in case:
            err(f"missing key '{key}'")
            return
    if case["style"] not in STYLES:
        err(f"style '{case['style']}'")
    if not case["constructs"]:
        err("no constructs")
    for tag in case["constructs"]:
        if tag not in tags:
            err(f"unknown construct '{tag}'")
    published = parse_date(case["published"])
    if published is None:
        err(f"published '{case['published']}' is not YYYY-MM-DD")
        return
    text = case["text"]
    if not isinstance(text, str) or not text.strip():
        err("empty text")
        return
    words = re.findall(r"[a-z0-9']+", text.lower())
    for i in range(len(words) - 7):
        if tuple(words[i:i + 8]) in seed:
            err("copies 8+ words of the seed: " + " ".join(words[i:i + 8]))
            break
    expect = case["expect"]
    for key in ("incidents", "air_defense", "statements", "events", "statistics"):
        if not isinstance(expect.get(key), list):
            err(f"expect.{key} must be a list")
            return
    for n, inc in enumerate(expect["incidents"]):
        w = f"incident {n}"
        missing = INCIDENT_KEYS - inc.keys()
        if missing:
            err(f"{w}: missing {sorted(missing)}")
            continue
        extra = inc.keys() - INCIDENT_KEYS - {"damage"}
        if extra:
            err(f"{w}: unknown keys {sorted(extra)}")
        if inc["place"] is not None and not isinstance(inc["place"], str):
            err(f"{w}: place")
        if inc["admin1_code"] is not None and not CODE.match(inc["admin1_code"]):
            err(f"{w}: admin1_code '{inc['admin1_code']}'")
        if inc["place"] and inc["place"].endswith(" Oblast") and inc["district"]:
            err(f"{w}: an oblast has no district")
        d = parse_date(inc["date"])
        if d is None:
            err(f"{w}: date '{inc['date']}'")
        elif d > published:
            err(f"{w}: date {d} after published {published}")
        if inc["date_precision"] not in PRECISIONS:
            err(f"{w}: date_precision '{inc['date_precision']}'")
        if inc["date_precision"] == "reported" and d != published:
            err(f"{w}: precision 'reported' but date != published")
        if not inc["weapons"] or not set(inc["weapons"]) <= WEAPONS or len(set(inc["weapons"])) != len(inc["weapons"]):
            err(f"{w}: weapons {inc['weapons']}")
        if "unknown" in inc["weapons"] and len(inc["weapons"]) > 1:
            err(f"{w}: 'unknown' with other weapons")
        if inc["attacker"] not in ATTACKERS:
            err(f"{w}: attacker '{inc['attacker']}'")
        if (inc["admin1_code"] or "").startswith("RU-") and inc["attacker"] != "UA":
            err(f"{w}: a place in Russia is attacked by UA")
        for f in FIGURES:
            v = inc[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{w}: {f}={v!r}")
        for total, part in (("killed", "children_killed"), ("injured", "children_injured")):
            # A null total with children counted is allowed: "14 injured in the oblast, three children in
            # the city" states the city's children but not its total.
            if inc[part] is not None and inc[total] is not None:
                if inc[total] < inc[part]:
                    err(f"{w}: {total} < {part}")
        if "damage" in inc and (not set(inc["damage"]) <= DAMAGE):
            err(f"{w}: damage {inc['damage']}")
    for n, a in enumerate(expect["air_defense"]):
        w = f"air_defense {n}"
        if set(a.keys()) != {"date", "weapon", "attacker", "launched", "intercepted"}:
            err(f"{w}: keys {sorted(a.keys())}")
            continue
        d = parse_date(a["date"])
        if d is None or d > published:
            err(f"{w}: date '{a['date']}'")
        if a["weapon"] not in WEAPONS or a["attacker"] not in ATTACKERS:
            err(f"{w}: weapon/attacker")
        if a["launched"] is None and a["intercepted"] is None:
            err(f"{w}: neither launched nor intercepted")
        if a["launched"] is not None and a["intercepted"] is not None and a["intercepted"] > a["launched"]:
            err(f"{w}: intercepted > launched")
    keys = [(a["date"], a["weapon"], a["attacker"]) for a in expect["air_defense"] if "date" in a]
    if len(keys) != len(set(keys)):
        err("air_defense: two entries for one day, weapon and attacker")
    for n, s in enumerate(expect["statements"]):
        if set(s.keys()) != {"speaker", "role"}:
            err(f"statement {n}: keys {sorted(s.keys())}")
            continue
        if s["speaker"] is not None and s["speaker"].split()[-1] not in text:
            err(f"statement {n}: speaker '{s['speaker']}' not in text")
        if s["speaker"] is None and s["role"] is None:
            err(f"statement {n}: neither speaker nor role")
    if expect["statements"] and not re.search(r"[\"“”]", text):
        err("statements expected but the text has no quotation marks")
    for n, e in enumerate(expect["events"]):
        if set(e.keys()) != {"type"} or e["type"] not in EVENTS:
            err(f"event {n}: {e}")
    for n, s in enumerate(expect["statistics"]):
        if set(s.keys()) != {"metric", "value", "qualifier"} or s["metric"] not in METRICS \
                or s["qualifier"] not in QUALIFIERS or not isinstance(s["value"], int):
            err(f"statistic {n}: {s}")


def main(argv):
    summary = "--summary" in argv
    paths = [a for a in argv if not a.startswith("--")] or sorted(glob.glob(os.path.join(ROOT, "specs", "en", "dev", "*.json")))
    tags, seed = construct_tags(), seed_ngrams()
    errors, ids, per_file, per_tag, per_style = [], {}, {}, {t: 0 for t in sorted(tags)}, {}
    long_reports = 0
    for path in paths:
        name = os.path.relpath(path, ROOT)
        try:
            cases = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            errors.append(f"{name}: {e}")
            continue
        if not isinstance(cases, list):
            errors.append(f"{name}: not a JSON array")
            continue
        per_file[name] = len(cases)
        for n, case in enumerate(cases):
            where = f"{name}[{n}] {case.get('id', '?')}"
            cid = case.get("id")
            if cid in ids:
                errors.append(f"{where}: duplicate id (also in {ids[cid]})")
            ids[cid] = name
            check_case(case, where, tags, seed, errors)
            for t in case.get("constructs", []):
                if t in per_tag:
                    per_tag[t] += 1
            per_style[case.get("style")] = per_style.get(case.get("style"), 0) + 1
            if 400 <= len(case.get("text", "")) <= 1500:
                long_reports += 1
    for e in errors:
        print("ERROR", e)
    if summary:
        for name, n in per_file.items():
            print(f"{n:5d}  {name}")
        print(f"{sum(per_file.values()):5d}  total ({long_reports} reports of 400-1,500 characters)")
        print("styles:", ", ".join(f"{k} {v}" for k, v in sorted(per_style.items(), key=str)))
        print("constructs:", ", ".join(f"{k} {v}" for k, v in per_tag.items()))
        rare = [k for k, v in per_tag.items() if v < 3]
        if rare:
            print("constructs with fewer than 3 cases:", ", ".join(rare))
    print(f"{len(errors)} error(s) in {sum(per_file.values())} case(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
