"""Writes specs/en/dev/<theme>.json from the theme modules in this folder (python3 build.py)."""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "specs" / "en" / "dev"
sys.path.insert(0, str(HERE))

themes = sys.argv[1:] or sorted(p.stem for p in HERE.glob("t_*.py"))
for t in themes:
    t = t if t.startswith("t_") else "t_" + t
    mod = importlib.import_module(t)
    out = OUT / (t[2:] + ".json")
    out.write_text(json.dumps(mod.CASES, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out.relative_to(HERE.parent.parent)}: {len(mod.CASES)} cases")
