#!/usr/bin/env bash
# Ingest throughput of the real binary: 3,000 generated reports (three folders of 1,000) into SQLite
# and into PostgreSQL, by 1 and by 3 `vigil ingest` processes (each worker starts at another folder).
# Wall time of the whole run, process start included, and the vigil processes' CPU time (not the server's). Needs VIGIL_TEST_PG (eval "$(scripts/pg-test-cluster.sh start)").
#   bench/ingest-workers.sh [VIGIL_DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${VIGIL_TEST_PG:?start a cluster first: eval \"\$(scripts/pg-test-cluster.sh start)\"}"
dll=${1:-src/Vigil.Cli/bin/Release/net10.0/vigil.dll}
[[ -f "$dll" ]] || dotnet build src/Vigil.Cli -c Release -m:1 -v q
work=$(mktemp -d /tmp/vigil-ingest-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The CLI tests' bulk reports (tests/Vigil.Cli.Tests/Samples.cs WriteBulk), written in our own words.
python3 - "$work" <<'PY'
import os, sys
root = sys.argv[1]
cities = ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Kryvyi Rih"]
weapons = ["drones", "a missile", "a guided aerial bomb", "artillery"]
for part in range(3):
    folder = os.path.join(root, f"part{part}")
    os.makedirs(folder)
    for i in range(1000):
        n = part * 1000 + i
        city, day = cities[n % 8], 1 + n % 28
        body = (f"Overnight on {day} August 2025 Russian forces attacked {city} with {weapons[n % 4]}, "
                f"the head of the regional military administration said on Telegram. {1 + n % 5} people were killed "
                f"and at least {3 + n % 40} were injured, including {n % 4} children. "
                "Several apartment buildings, a school and power lines were damaged, and rescuers worked through the morning "
                "to clear the rubble. Emergency services said fires broke out in two places and were put out by dawn. "
                f"Report number {n} of a generated test batch for Vigil.")
        with open(os.path.join(folder, f"report-{n:05d}.md"), "w") as f:
            f.write(f"---\ntitle: Attack on {city} ({n})\npublished: 2025-08-{day:02d}T09:30:00+03:00\n"
                    f"source: Bulk Test Wire\nurl: https://bulk.example/reports/{n}\n---\n{body}\n")
PY

admin() { # SQL as the cluster's superuser, on its postgres database
  dotnet_pg=$(echo "$VIGIL_TEST_PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/')
  runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" -q "$dotnet_pg dbname=postgres" -c "$1"
}
orders=("part0 part1 part2" "part1 part2 part0" "part2 part0 part1")
measure() { # label db workers: wall time, and the vigil processes' CPU time (less sensitive to a busy machine)
  local start end
  rm -f "$work"/cpu.*
  start=$(date +%s.%N)
  for ((w = 0; w < $3; w++)); do
    (cd "$work" && /usr/bin/time -f "%U %S" -o "$work/cpu.$w" dotnet "$OLDPWD/$dll" ingest ${orders[$w]} --db "$2" >/dev/null) &
  done
  wait
  end=$(date +%s.%N)
  cpu=$(cat "$work"/cpu.* | awk '{s += $1 + $2} END {print s}')
  python3 -c "t = $end - $start; print(f'$1: {t:.1f} s wall, {3000 / t:.0f} reports/s; vigil CPU {$cpu:.1f} s')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "SQLite, 1 worker" "$work/one.db" 1
measure "SQLite, 3 workers" "$work/three.db" 3
run=$$
admin "CREATE DATABASE bench_one_$run"
admin "CREATE DATABASE bench_three_$run"
measure "PostgreSQL, 1 worker" "$VIGIL_TEST_PG;Database=bench_one_$run" 1
measure "PostgreSQL, 3 workers" "$VIGIL_TEST_PG;Database=bench_three_$run" 3
admin "DROP DATABASE bench_one_$run"
admin "DROP DATABASE bench_three_$run"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
