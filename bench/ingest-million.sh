#!/usr/bin/env bash
# A year of reports through the real binary: generate N reports (default 1,000,000) with
# bench/Vigil.Corpus, run `vigil ingest` on them into a fresh SQLite file under /usr/bin/time -v,
# and print wall time, reports/s, peak RSS, database size and incident count. With VIGIL_TEST_PG set
# (eval "$(scripts/pg-test-cluster.sh start)") the same into a fresh PostgreSQL database.
#   bench/ingest-million.sh [N] [SEED]      (work files in $VIGIL_BENCH_DIR, default a temp folder)
#   VIGIL_BENCH_STORES=postgres bench/ingest-million.sh …   (PostgreSQL only; default: sqlite postgres)
#   VIGIL_BENCH_KEEP=1 …   (the PostgreSQL database is left for API measurements and its location printed)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
seed=${2:-2026}
dll=src/Vigil.Cli/bin/Release/net10.0/vigil.dll
corpus_dll=bench/Vigil.Corpus/bin/Release/net10.0/Vigil.Corpus.dll
[[ -f "$dll" ]] || dotnet build src/Vigil.Cli -c Release -m:1 -v q
[[ -f "$corpus_dll" ]] || dotnet build bench/Vigil.Corpus -c Release -m:1 -v q
work=${VIGIL_BENCH_DIR:-$(mktemp -d /tmp/vigil-million.XXXXXX)}
mkdir -p "$work"
[[ -n "${VIGIL_BENCH_DIR:-}" ]] || trap 'rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
corpus="$work/corpus-$n-$seed.jsonl"
if [[ ! -f "$corpus" ]]; then
  /usr/bin/time -f "generate: %e s wall, %M KB peak" dotnet "$corpus_dll" --count "$n" --seed "$seed" --out "$corpus" --languages en,uk,ru
fi
echo "corpus: $(du -h "$corpus" | cut -f1), $(grep -c . "$corpus") reports, $(grep -c '"updated"' "$corpus") of them revised versions"

measure() { # label db
  local log="$work/time.$RANDOM"
  /usr/bin/time -v -o "$log" dotnet "$dll" ingest "$corpus" --db "$2" --timings >"$work/ingest.out" 2>"$work/ingest.err" &
  local timer=$! child="" start=$SECONDS trace=""
  # RSS every 5 s, to tell memory that grows with the input from a fixed working set.
  while kill -0 "$timer" 2>/dev/null; do
    sleep 5
    [[ -n "$child" ]] || child=$(pgrep -P "$timer" | head -n 1 || true)
    [[ -n "$child" && -r /proc/$child/status ]] && trace+=" $((SECONDS - start))s:$(awk '/VmRSS/ {printf "%d", $2 / 1024}' /proc/$child/status)MB"
  done
  wait "$timer" || { echo "$1: vigil ingest failed:"; tail -n 5 "$work/ingest.err"; return 1; }
  echo "$1 RSS over time:$trace"
  grep '^timings:' "$work/ingest.err" | sed "s/^/$1 /" || true
  local wall rss incidents
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$log")
  incidents=$(dotnet "$dll" stats --db "$2" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("%s (of %s reports, %s versions)" % (d["incidents"], d["reports"], d["report_versions"]))')
  python3 - "$1" "$wall" "$rss" "$cpu" "$n" "$incidents" "${3:-}" <<'PY'
import sys
label, wall, rss, cpu, n, incidents, size = sys.argv[1:8]
parts = [float(p) for p in wall.split(':')]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
line = f"{label}: {seconds:.1f} s wall, {int(n) / seconds:.0f} reports/s, {float(cpu):.1f} s CPU, peak RSS {int(rss) / 1024:.0f} MB, incidents {incidents}"
print(line + (f", database {size}" if size else ""))
PY
}

stores=${VIGIL_BENCH_STORES:-sqlite postgres}
if [[ " $stores " == *" sqlite "* ]]; then
  db="$work/million.db"
  rm -f "$db" "$db"-wal "$db"-shm
  measure "SQLite" "$db" || true
  echo "SQLite database: $(du -ch "$db"* | tail -n 1 | cut -f1)"
fi

if [[ -n "${VIGIL_TEST_PG:-}" && " $stores " == *" postgres "* ]]; then
  admin() { # SQL as the cluster's superuser, on its postgres database
    local conn
    conn=$(echo "$VIGIL_TEST_PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/')
    runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" -qtA "$conn dbname=postgres" -c "$1"
  }
  name="bench_million_$$"
  admin "CREATE DATABASE $name"
  measure "PostgreSQL" "$VIGIL_TEST_PG;Database=$name" || true
  echo "PostgreSQL database: $(admin "SELECT pg_size_pretty(pg_database_size('$name'))")"
  if [[ -n "${VIGIL_BENCH_KEEP:-}" ]]; then
    echo "PostgreSQL database kept: $VIGIL_TEST_PG;Database=$name"
  else
    admin "DROP DATABASE $name"
  fi
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
