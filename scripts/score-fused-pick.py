#!/usr/bin/env python3
"""What an incident would show, on the real-text sets: the figure fusion picks among one report's claims.

The real-text scorer (scripts/score-realtext.sh) measures the extraction's own figures, but an incident shows the claim
fusion makes current (docs/fusion.md: never a `low` claim; an attributed claim before an unattributed one; then the later
sentence). This runs `vigil extract` on the sets' texts and scores, beside each extracted figure, that pick against the
annotation, for extracted incidents whose place name equals an expected incident's (a simpler pairing than the scorer's).

  scripts/score-fused-pick.py VIGIL_DLL TEXTS_ROOT SET.json [SET.json ...]
  e.g. scripts/score-fused-pick.py src/Vigil.Cli/bin/Release/net10.0/vigil.dll /work/realtext specs/realtext/en/set-a.json

TEXTS_ROOT holds <lang>/texts/<id>.txt (specs/realtext/README.md); the language is the set file's folder name.
"""
import collections, json, os, subprocess, sys, tempfile

FIELDS = ('killed', 'injured', 'children_killed', 'children_injured')


def fused_pick(incident, field):
    active = [c for c in incident['claims'] if c['field'] == field and c['scope'] == 'incident'
              and c['value'] is not None and c['confidence']['level'] != 'low']
    if not active:
        return None
    attributed = lambda c: 1 if (c['claimant'].get('name') or c['claimant'].get('role')) else 0
    return max(active, key=lambda c: (attributed(c), c['evidence']['start']))['value']


def main(dll, root, set_files):
    expected, langs = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        for set_file in set_files:
            lang = os.path.basename(os.path.dirname(os.path.abspath(set_file)))
            for case in json.load(open(set_file, encoding='utf-8')):
                path = os.path.join(root, lang, 'texts', case['id'] + '.txt')
                if not os.path.exists(path):
                    continue
                name = f"{lang}_{case['id']}.md"
                expected[name], langs[name] = case['expect']['incidents'], lang
                with open(os.path.join(folder, name), 'w', encoding='utf-8') as out:
                    out.write(f"---\npublished: {case.get('published') or '2025-01-01'}\nlanguage: {lang}\n---\n")
                    out.write(open(path, encoding='utf-8').read() + '\n')
        run = subprocess.run(['dotnet', dll, 'extract', folder, '--format', 'jsonl'], capture_output=True, text=True, check=True)
    counts = collections.Counter()
    for line in run.stdout.splitlines():
        result = json.loads(line)
        name = os.path.basename(result['path'])
        by_place = {}
        for e in expected.get(name, []):
            by_place.setdefault(e.get('place'), e)
        for incident in result['incidents']:
            e = by_place.get(incident['place']['name'] if incident['place'] else None)
            if e is None:
                continue
            for field in FIELDS:
                for kind, value in (('extracted', incident[field]), ('fused pick', fused_pick(incident, field))):
                    if value is not None:
                        for scope in (langs[name], 'all'):
                            counts[(scope, kind, value == e.get(field))] += 1
    print(f"{len(expected)} cases with their text")
    for scope in sorted({k[0] for k in counts}):
        for kind in ('extracted', 'fused pick'):
            right, wrong = counts[(scope, kind, True)], counts[(scope, kind, False)]
            print(f"{scope:>3} {kind:<10} stated {right + wrong}, right {right}, wrong {wrong}, precision {right / max(1, right + wrong):.3f}")


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
