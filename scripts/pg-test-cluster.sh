#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's server binaries, a temporary folder,
# loopback only, a free port, trust authentication on loopback (nothing else can connect).
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # exports VIGIL_TEST_PG and VIGIL_TEST_PG_DIR
#   scripts/pg-test-cluster.sh restart DIR       # pg_ctl restart -m fast (the reconnect tests)
#   scripts/pg-test-cluster.sh stop DIR          # stops it and deletes the folder
#
# initdb refuses to run as root, so as root the server runs as the `postgres` user.
# The Debian `postgresql` package is installed with apt-get when no server binaries are found.
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    echo "pg-test-cluster: no PostgreSQL server binaries; installing Debian's postgresql" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port
  bin=$(bindir)
  dir=$(mktemp -d /tmp/vigil-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --auth-host=trust --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # Loopback only; fsync off: a test cluster is thrown away, and a clean restart still flushes.
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
max_connections = 200
CONF
  for attempt in 1 2 3; do
    port=$(free_port)
    echo "port = $port" >>"$dir/data/postgresql.conf"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null; then
      echo "export VIGIL_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres'"
      echo "export VIGIL_TEST_PG_DIR='$dir'"
      return 0
    fi
  done
  cat "$dir/server.log" >&2
  exit 1
}

stop() {
  local dir=${1:-${VIGIL_TEST_PG_DIR:-}}
  [[ -n "$dir" && -d "$dir/data" ]] || { echo "pg-test-cluster: no cluster folder given" >&2; exit 2; }
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

restart() {
  local dir=${1:-${VIGIL_TEST_PG_DIR:-}}
  [[ -n "$dir" && -d "$dir/data" ]] || { echo "pg-test-cluster: no cluster folder given" >&2; exit 2; }
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  restart) restart "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR | restart DIR" >&2; exit 2 ;;
esac
