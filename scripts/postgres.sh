#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks: `start` installs Debian's postgresql if
# missing (as root, apt-get), creates a cluster in /tmp owned by the postgres user, listens on 127.0.0.1
# on a free port, creates the role and database `sitrep` and prints the store URL; `url` prints it again;
# `stop` stops the server and deletes the cluster; `cpu` prints the CPU seconds the server has used
# (bench/workers.sh). One cluster per checkout (its path names the folder).
# Authentication is `trust` on 127.0.0.1 only: this server holds test data, never real data.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${SITREP_PG_DIR:-/tmp/sitrep-pg-$(printf %s "$repo" | sha1sum | cut -c1-10)}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install() {
  [ -n "$(pg_bin)" ] && return
  [ "$(id -u)" -eq 0 ] || { echo "postgres.sh: PostgreSQL is not installed; run this script as root once" >&2; exit 1; }
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# The server refuses to run as root: as root, act as the postgres user the Debian package creates.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  for port in $(seq 54320 54420); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "postgres.sh: no free port in 54320-54420" >&2; exit 1
}

url() { echo "postgres://sitrep@127.0.0.1:$(cat "$dir/port")/sitrep"; }

running() { [ -f "$dir/port" ] && as_owner "$(pg_bin)/pg_ctl" status -D "$dir/data" >/dev/null 2>&1; }

start() {
  install
  if running; then url; return; fi
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  local bin port; bin=$(pg_bin); port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U sitrep --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" start -w -D "$dir/data" -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=on" >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U sitrep sitrep
  echo "$port" >"$dir/port"
  url
}

# CPU seconds the server has used since it started: the postmaster, its live children and those it has reaped.
server_cpu() {
  local postmaster ticks=0 fields
  postmaster=$(head -n 1 "$dir/data/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    fields=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    # After the command name: utime, stime, cutime, cstime are fields 12 to 15.
    ticks=$((ticks + $(echo "$fields" | awk '{print $12 + $13 + $14 + $15}')))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f\n", t / hz}'
}

stop() {
  if running; then as_owner "$(pg_bin)/pg_ctl" stop -D "$dir/data" -m fast >/dev/null; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) running && url || { echo "postgres.sh: not running; run \`bash scripts/postgres.sh start\`" >&2; exit 1; } ;;
  cpu) running && server_cpu || { echo "postgres.sh: not running" >&2; exit 1; } ;;
  *) echo "usage: scripts/postgres.sh start|stop|url|cpu" >&2; exit 2 ;;
esac
