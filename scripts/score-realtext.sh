#!/usr/bin/env bash
# Scores the extractor on the real-text sets (specs/realtext/README.md). The excerpts are third-party
# text kept out of git: TEXTS_DIR holds them as <id>.txt; cases whose text is missing or changed are listed, not scored.
# Usage: scripts/score-realtext.sh [--lang en|uk|ru] [--holdout] [TEXTS_DIR] [--failures] [--figures FILE.tsv]
# --figures writes one row per incident figure stated: its score, confidence and the assembler's features of it.
# --lang picks the sets (specs/realtext/<lang>/) and the default texts folder; English when absent.
# --holdout scores the held-out sets (specs/realtext/holdout/<lang>/) instead of the development sets.
set -euo pipefail
cd "$(dirname "$0")/.."
texts=""
lang=en
setdir=specs/realtext
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lang) lang="${2:?--lang needs en, uk or ru}"; shift 2; continue ;;
    --holdout) setdir=specs/realtext/holdout ;;
    --figures) extra+=("$1" "${2:?--figures needs a file}"); shift 2; continue ;;
    --*) extra+=("$1") ;;
    *) texts="$1" ;;
  esac
  shift
done
case "$lang" in en|uk|ru) ;; *) echo "score-realtext: unknown language '$lang' (en, uk or ru)" >&2; exit 2 ;; esac
if [[ -z "$texts" ]]; then
  if [[ -d /work/realtext/$lang/texts ]]; then texts=/work/realtext/$lang/texts; else texts=specs/realtext/$lang/texts; fi
fi
if [[ ! -d "$texts" ]]; then
  echo "score-realtext: texts folder $texts does not exist (see specs/realtext/README.md to regather it)" >&2
  exit 2
fi
shopt -s nullglob
sets=("$setdir/$lang"/*.json)
if [[ ${#sets[@]} -eq 0 ]]; then
  echo "score-realtext: no set files in $setdir/$lang" >&2
  exit 2
fi
dotnet build tools/Vigil.SpecScore -c Release -m:1 -v q --nologo >/dev/null
dotnet tools/Vigil.SpecScore/bin/Release/net10.0/Vigil.SpecScore.dll --texts "$texts" --lang "$lang" "${extra[@]}" "${sets[@]}"
