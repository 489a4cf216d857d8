"""Writes specs/uk/dev/<theme>.json from each t_<theme>.py here (python3 specs/uk/specgen/build.py)."""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "dev")

for path in sorted(glob.glob(os.path.join(HERE, "t_*.py"))):
    theme = os.path.basename(path)[2:-3]
    # Loaded by path: scripts/specgen (on sys.path for its helpers) has English modules of the same names.
    spec = importlib.util.spec_from_file_location("uk_t_" + theme, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = module.CASES
    with open(os.path.join(OUT, theme + ".json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases):4d}  {theme}.json")
