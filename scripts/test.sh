#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh Debian machine (Chromium for the browser
# tests, xmllint for the REFI-QDA schema checks, LibreOffice Calc to open exported workbooks and to
# write .xls/.ods from another producer, GNU PSPP to write and read back SPSS .sav files, GNU time
# for the hostile-input suite's memory ceilings, LibreOffice Writer to open the Word exports and make
# PDFs from documents, sqlite3 for the CLI start-up bench, PostgreSQL for the team-server tests,
# openssl for its test certificates),
# installs the npm packages, starts a throw-away PostgreSQL cluster (scripts/test-postgres.sh: a temp
# folder, 127.0.0.1, a free port, run as the `postgres` user when this runs as root) and stops it at
# the end, then runs the typecheck, the build and every test. The team-server tests run against that
# cluster (ESITI_TEST_PG); here they must run, so a cluster that does not start fails the command.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
# Calc and Writer are packages of their own: soffice alone may have only one of them.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
installed libreoffice-calc-nogui || missing+=(libreoffice-calc-nogui)
installed libreoffice-writer-nogui || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi carlito || missing+=(fonts-crosextra-carlito)
command -v pspp >/dev/null 2>&1 || missing+=(pspp)
# GNU time measures each hostile input's peak memory (npm run test:hostile).
[ -x /usr/bin/time ] || missing+=(time)
# sqlite3: the floor `npm run bench -- cli` compares the CLI's start-up with.
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
# The team server (issue 18): Debian's PostgreSQL server (initdb, pg_ctl) and psql.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# A PostgreSQL cluster of the caller's own (ESITI_TEST_PG already set) is used as it is.
if [ -z "${ESITI_TEST_PG:-}" ]; then
  pg_env=$(./scripts/test-postgres.sh start) || { echo "test.sh: the throw-away PostgreSQL cluster did not start" >&2; exit 1; }
  eval "$pg_env"
  trap './scripts/test-postgres.sh stop "$ESITI_TEST_PG_DIR"' EXIT
fi
export ESITI_REQUIRE_PG=1

npm test
