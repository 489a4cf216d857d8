#!/usr/bin/env python3
"""Checks regathered real-text excerpts against their recorded SHA-256 and length (specs/realtext/README.md).

Usage: scripts/check-realtext.py TEXTS_DIR SET.json [SET.json ...]

For each case of the set files, TEXTS_DIR/<id>.txt must hash to the case's text_sha256. A file that does
not is repaired only when a known copying slip explains it, and only if the repaired bytes then match:
trailing newlines dropped or added by the tool that saved it, or a longer stored version of the page
(cut to text_chars UTF-16 units). Anything else is reported and left for scoring to skip.
Prints one line per case that is missing or mismatched, then a summary; exit code 1 if any is.
"""
import hashlib
import json
import sys
from pathlib import Path


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def candidates(text: str, chars: int):
    """The excerpt as saved, then the repairs of known copying slips, in order."""
    yield text
    stripped = text.rstrip("\n")
    for n in range(0, 4):
        yield stripped + "\n" * n
    missing = chars - utf16_units(stripped)
    if missing > 3:
        # Page ends in a run of blank lines that the saving tool cut short.
        yield stripped + "\n" * missing
    if utf16_units(text) > chars:
        # A longer stored version: cut at text_chars UTF-16 units (never inside a surrogate pair).
        cut, units = [], 0
        for ch in text:
            width = 2 if ord(ch) > 0xFFFF else 1
            if units + width > chars:
                break
            cut.append(ch)
            units += width
        yield "".join(cut)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    texts = Path(argv[1])
    ok = repaired = 0
    bad = []
    for set_file in argv[2:]:
        for case in json.loads(Path(set_file).read_text(encoding="utf-8")):
            path = texts / f"{case['id']}.txt"
            if not path.exists():
                bad.append(f"{case['id']}: missing")
                continue
            saved = path.read_bytes().decode("utf-8")
            match = next((c for c in candidates(saved, case["text_chars"])
                          if hashlib.sha256(c.encode("utf-8")).hexdigest() == case["text_sha256"]), None)
            if match is None:
                bad.append(f"{case['id']}: sha-mismatch ({utf16_units(saved)} chars saved, {case['text_chars']} expected)")
            elif match != saved:
                path.write_bytes(match.encode("utf-8"))
                repaired += 1
            else:
                ok += 1
    for line in bad:
        print(line)
    print(f"{ok + repaired} match ({repaired} repaired), {len(bad)} missing or mismatched")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
