#!/usr/bin/env bash
# Scores the extractor on the real-text sets (specs/realtext/README.md). The excerpts are third-party
# text kept out of git: TEXTS_DIR holds them as <id>.txt; cases whose text is missing or changed are listed, not scored.
# Usage: scripts/score-realtext.sh [TEXTS_DIR] [--failures]
set -euo pipefail
cd "$(dirname "$0")/.."
texts=""
extra=()
for a in "$@"; do
  case "$a" in
    --*) extra+=("$a") ;;
    *) texts="$a" ;;
  esac
done
if [[ -z "$texts" ]]; then
  if [[ -d /work/realtext/en/texts ]]; then texts=/work/realtext/en/texts; else texts=specs/realtext/en/texts; fi
fi
if [[ ! -d "$texts" ]]; then
  echo "score-realtext: texts folder $texts does not exist (see specs/realtext/README.md to regather it)" >&2
  exit 2
fi
shopt -s nullglob
sets=(specs/realtext/en/*.json)
if [[ ${#sets[@]} -eq 0 ]]; then
  echo "score-realtext: no set files in specs/realtext/en" >&2
  exit 2
fi
dotnet build tools/Vigil.SpecScore -c Release -m:1 -v q --nologo >/dev/null
dotnet tools/Vigil.SpecScore/bin/Release/net10.0/Vigil.SpecScore.dll --texts "$texts" "${extra[@]}" "${sets[@]}"
