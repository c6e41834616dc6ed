#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the database tests: Debian's `postgresql` package (installed when missing), a
# cluster in a temporary directory owned by the `postgres` user (the server refuses to run as root), listening on
# 127.0.0.1 on a free port, with a database `stamm`.
#
#   source .ci/postgres.sh start   # exports STAMM_POSTGRES (an Npgsql connection string) and STAMM_POSTGRES_DIR
#   source .ci/postgres.sh stop    # stops the server and removes the cluster (also: bash .ci/postgres.sh stop DIR)
#
# `start` also sets an EXIT trap that stops it, so a failing CI run leaves no server behind.

stamm_postgres_bin() {
  # The newest installed server's bin directory, or nothing (never a failure: .ci/run sources this under set -e).
  local initdb
  initdb=$( (ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -n "$initdb" ]; then dirname "$initdb"; fi
}

stamm_postgres_as() {
  # Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stamm_postgres_start() {
  local bin dir port
  bin=$(stamm_postgres_bin)
  if [ -z "$bin" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "postgres.sh: PostgreSQL is not installed and installing it needs root" >&2; return 1; }
    echo "postgres.sh: installing Debian's postgresql package"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) || return 1
    bin=$(stamm_postgres_bin)
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
  dir=$(mktemp -d /tmp/stamm-postgres.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  stamm_postgres_as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # A test server: nothing here must survive a crash, so durability is traded for speed.
  stamm_postgres_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  stamm_postgres_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres stamm
  export STAMM_POSTGRES_DIR="$dir"
  export STAMM_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=stamm;Include Error Detail=true"
  trap 'stamm_postgres_stop' EXIT
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | grep -oE "[0-9]+(\.[0-9]+)+" | head -n 1) on 127.0.0.1:$port (cluster $dir)"
}

stamm_postgres_stop() {
  local dir=${1:-${STAMM_POSTGRES_DIR:-}} bin
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  bin=$(stamm_postgres_bin)
  if [ -f "$dir/data/postmaster.pid" ]; then stamm_postgres_as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  unset STAMM_POSTGRES STAMM_POSTGRES_DIR
  echo "postgres.sh: stopped and removed $dir"
}

case "${1:-}" in
  start) stamm_postgres_start ;;
  stop) stamm_postgres_stop "${2:-}" ;;
  *) echo "usage: source .ci/postgres.sh start|stop" >&2; return 2 2>/dev/null || exit 2 ;;
esac
