#!/usr/bin/env bash
# Sets up (or upgrades) an Esiti team server on an existing PostgreSQL, from nothing: the database,
# the roles, the grants and Esiti's schema. Run by IT with an administrator's connection (a
# superuser, or a role with CREATEDB and CREATEROLE), given as libpq's variables (PGHOST, PGPORT,
# PGUSER, PGPASSWORD or ~/.pgpass, PGSSLMODE…) or as --admin URL. Safe to run again: what exists is
# kept, the schema is upgraded, new members are added.
#
#   scripts/team-server-setup.sh --database esiti --member giulia --member marco --member luca
#
# Creates:
#   esiti_owner   NOLOGIN  owns the database and schema `esiti` (migrations run as it, via SET ROLE)
#   esiti_member  NOLOGIN  the group every member's role belongs to (CONNECT, row-level security)
#   one LOGIN role per --member, in esiti_member, with a generated password printed once at the end
#   (--no-passwords when members authenticate otherwise: certificates, LDAP, GSSAPI)
# --remove-member ROLE takes a role out of esiti_member: it can no longer connect to the database.
#
# Needs psql (Debian: postgresql-client) and Node.js with this repository (`npm ci` done), or
# ESITI_CLI pointing at an installed `esiti` command, for the schema migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

database=esiti
admin=""
passwords=yes
members=()
removed=()
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --admin) admin=$2; shift 2 ;;
    --member) members+=("$2"); shift 2 ;;
    --remove-member) removed+=("$2"); shift 2 ;;
    --no-passwords) passwords=no; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "team-server-setup: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

valid_name() { [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; }
valid_name "$database" || { echo "team-server-setup: database name must be lower-case letters, digits and _: $database" >&2; exit 2; }
for m in "${members[@]}" "${removed[@]}"; do
  valid_name "$m" || { echo "team-server-setup: role names must be lower-case letters, digits and _: $m" >&2; exit 2; }
  case "$m" in esiti_owner|esiti_member|postgres|public) echo "team-server-setup: reserved role name: $m" >&2; exit 2 ;; esac
done
command -v psql >/dev/null 2>&1 || { echo "team-server-setup: psql not found (Debian: apt-get install postgresql-client)" >&2; exit 1; }

# psql against the maintenance database, then against the Esiti database.
psql_admin() { if [ -n "$admin" ]; then psql "$admin" -v ON_ERROR_STOP=1 -qAt "$@"; else psql -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; fi; }
db_url() {
  if [ -n "$admin" ]; then
    node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$admin" "$database"
  else
    echo "dbname=$database"
  fi
}
psql_db() { psql "$(db_url)" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "Esiti team server: database \"$database\""
psql_admin <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'esiti_owner') THEN CREATE ROLE esiti_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'esiti_member') THEN CREATE ROLE esiti_member NOLOGIN; END IF;
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, 'esiti_owner', 'MEMBER') THEN
    EXECUTE format('GRANT esiti_owner TO %I', current_user);
  END IF;
END \$\$;
SQL
if [ "$(psql_admin -c "SELECT count(*) FROM pg_database WHERE datname = '$database'")" = "0" ]; then
  psql_admin -c "CREATE DATABASE \"$database\" OWNER esiti_owner ENCODING 'UTF8' TEMPLATE template0"
  echo "  created database $database"
fi
psql_admin <<SQL
REVOKE ALL ON DATABASE "$database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE "$database" TO esiti_member;
GRANT ALL ON DATABASE "$database" TO esiti_owner;
SQL
psql_db <<SQL
CREATE SCHEMA IF NOT EXISTS esiti AUTHORIZATION esiti_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL

# The schema: Esiti's own migrations (kysely, PostgreSQL dialect), run as esiti_owner.
if [ -n "${ESITI_CLI:-}" ]; then cli=("$ESITI_CLI"); else cli=(node bin/esiti.mjs); fi
if [ -n "$admin" ]; then init_url=$(db_url); else
  init_url="postgresql://${PGUSER:-$(id -un)}@localhost:${PGPORT:-5432}/$database"
  case "${PGHOST:-}" in
    /*) init_url="postgresql://${PGUSER:-$(id -un)}@localhost:${PGPORT:-5432}/$database?host=$PGHOST" ;;
    ?*) init_url="postgresql://${PGUSER:-$(id -un)}@$PGHOST:${PGPORT:-5432}/$database" ;;
  esac
fi
# A password given in --admin is handed over through the environment, never as an argument.
init_pw=$(node -e 'try{const u=new URL(process.argv[1]);process.stdout.write(decodeURIComponent(u.password))}catch{}' "$init_url")
init_url=$(node -e 'const u=new URL(process.argv[1]);u.password="";console.log(u.toString())' "$init_url")
if [ -n "$init_pw" ]; then
  PGPASSWORD="$init_pw" "${cli[@]}" team server-init "$init_url" --as esiti_owner
else
  "${cli[@]}" team server-init "$init_url" --as esiti_owner
fi

created=()
for m in "${members[@]}"; do
  exists=$(psql_admin -c "SELECT count(*) FROM pg_roles WHERE rolname = '$m'")
  if [ "$exists" = "0" ]; then
    if [ "$passwords" = yes ]; then
      pw=$(node -e 'console.log(require("crypto").randomBytes(18).toString("base64url"))')
      # On standard input, not in psql's arguments: the password never shows in the process list.
      psql_admin >/dev/null <<SQL
CREATE ROLE "$m" LOGIN PASSWORD '$pw' IN ROLE esiti_member;
SQL
      created+=("$m $pw")
    else
      psql_admin -c "CREATE ROLE \"$m\" LOGIN IN ROLE esiti_member" >/dev/null
      created+=("$m (no password)")
    fi
  else
    psql_admin -c "GRANT esiti_member TO \"$m\"" >/dev/null
    echo "  role $m exists: made a member"
  fi
done
for m in "${removed[@]}"; do
  psql_admin -c "REVOKE esiti_member FROM \"$m\"" >/dev/null && echo "  role $m removed from esiti_member"
done

echo "Done. Members connect with: postgresql://ROLE@<this server>/$database"
if [ ${#created[@]} -gt 0 ]; then
  echo "New member roles (give each password to its member, e.g. for their keychain or ~/.pgpass; it is not stored anywhere else):"
  for c in "${created[@]}"; do echo "  $c"; done
fi
