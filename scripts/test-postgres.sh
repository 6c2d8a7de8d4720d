#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (Debian's `postgresql` package), on 127.0.0.1 and a
# free port, in a temporary folder, with TLS (a CA and a server certificate made here with openssl).
#
#   eval "$(scripts/test-postgres.sh start)"   # prints ESITI_TEST_PG=… (a superuser URL, trusted on
#                                               # 127.0.0.1) and ESITI_TEST_PG_DIR=…
#   scripts/test-postgres.sh stop "$ESITI_TEST_PG_DIR"
#
# PostgreSQL refuses to run as root: when started by root the cluster runs as the `postgres` user
# (created by the package) or, failing that, `nobody`. Members' roles authenticate with passwords
# (scram-sha-256); the role `tls_only` may only connect over TLS, for the tests of sslmode.
set -euo pipefail

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "test-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$d"
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
  else
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
  fi
}

start() {
  local bin dir port runas
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/esiti-pg.XXXXXX")
  chmod 755 "$dir"
  runas=()
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    chown "$user" "$dir"
    runas=(runuser -u "$user" --)
  fi
  "${runas[@]}" "$bin/initdb" -D "$dir/data" -U esiti_super -E UTF8 --locale=C --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  port=$(free_port)
  local ssl=off
  if command -v openssl >/dev/null 2>&1; then
    (
      cd "$dir"
      openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Esiti test CA" -keyout ca.key -out ca.crt >/dev/null 2>&1
      openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr >/dev/null 2>&1
      printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >san.ext
      openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt >/dev/null 2>&1
      cp server.crt server.key data/
    )
    chmod 600 "$dir/data/server.key"
    [ ${#runas[@]} -gt 0 ] && chown "${runas[2]}" "$dir/data/server.crt" "$dir/data/server.key"
    ssl=on
  fi
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = $ssl
max_connections = 200
fsync = off
full_page_writes = off
synchronous_commit = off
log_min_messages = warning
CONF
  cat >"$dir/data/pg_hba.conf" <<HBA
local     all  all                      trust
host      all  esiti_super 127.0.0.1/32 trust
hostnossl all  tls_only    127.0.0.1/32 reject
host      all  all         127.0.0.1/32 scram-sha-256
HBA
  "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
  }
  echo "export ESITI_TEST_PG='postgresql://esiti_super@127.0.0.1:$port/postgres'"
  echo "export ESITI_TEST_PG_DIR='$dir'"
}

stop() {
  local dir=${1:-${ESITI_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
  local bin runas=()
  bin=$(bindir)
  if [ "$(id -u)" -eq 0 ]; then runas=(runuser -u "$(stat -c %U "$dir")" --); fi
  "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
