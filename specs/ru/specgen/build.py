"""Writes specs/ru/dev/<name>.json from each t_<name>.py (python3 specs/ru/specgen/build.py)."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "dev")
for path in sorted(glob.glob(os.path.join(HERE, "t_*.py"))):
    name = os.path.basename(path)[2:-3]
    mod = importlib.import_module("t_" + name)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(mod.C.cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(mod.C.cases):4d} {name}.json")
