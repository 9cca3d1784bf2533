#!/usr/bin/env bash
# Runs the real Keycloak (keycloak-quarkus-dist, unpacked by `./mvnw -pl deploy/keycloak package`) for local use
# and end-to-end tests: `start-dev`, H2 file database, realm `aftersales` imported from aftersales-realm.json.
#
# Runs in the FOREGROUND (exec): a caller backgrounds it and records its pid; `kill PID` (SIGTERM) stops Keycloak
# (the pid is Keycloak's kc.sh, which forwards TERM/INT to its JVM and waits for it). Everything Keycloak and its
# launcher print goes to the --log file; this script prints only its own errors (stderr) and one line when it resets
# the database because aftersales-realm.json changed.
#
# LOCAL ONLY: plain HTTP, Keycloak admin admin/admin, demo users with password demo123. See README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/keycloak/start.sh [--home DIR] [--data DIR] [--port N] [--management-port N] [--log FILE]

  --home DIR            unpacked Keycloak distribution, never written to
                        (default: the path in deploy/keycloak/target/keycloak.home)
  --data DIR            runtime directory: a private copy of the distribution (DIR/server) whose data/ holds the
                        H2 database, the realm import and temp files (default: deploy/keycloak/target/data)
  --port N              HTTP port; tokens' iss is http://localhost:N/realms/aftersales (default 8180)
  --management-port N   management port serving /health, /health/ready, /health/live (default 9000)
  --log FILE            file that receives all Keycloak output, appended (default: DATA/keycloak.log)

Environment: JAVA_HOME (honoured; else java on PATH), JAVA_OPTS_KC_HEAP (default -Xms64m -Xmx512m),
KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (default admin / admin, master realm, local only).
Ready when GET http://localhost:9000/health/ready answers 200 (or the realm's
http://localhost:8180/realms/aftersales/.well-known/openid-configuration does).
EOF
}

die() { echo "start.sh: $*" >&2; exit 1; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
home=""
data="$script_dir/target/data"
port=8180
mgmt_port=9000
log=""

while [ $# -gt 0 ]; do
  case "$1" in
    --home) [ $# -ge 2 ] || die "--home needs a value"; home=$2; shift 2 ;;
    --home=*) home=${1#*=}; shift ;;
    --data) [ $# -ge 2 ] || die "--data needs a value"; data=$2; shift 2 ;;
    --data=*) data=${1#*=}; shift ;;
    --port) [ $# -ge 2 ] || die "--port needs a value"; port=$2; shift 2 ;;
    --port=*) port=${1#*=}; shift ;;
    --management-port) [ $# -ge 2 ] || die "--management-port needs a value"; mgmt_port=$2; shift 2 ;;
    --management-port=*) mgmt_port=${1#*=}; shift ;;
    --log) [ $# -ge 2 ] || die "--log needs a value"; log=$2; shift 2 ;;
    --log=*) log=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ $port =~ ^[0-9]+$ ]] || die "--port must be a number: $port"
[[ $mgmt_port =~ ^[0-9]+$ ]] || die "--management-port must be a number: $mgmt_port"
[ "$port" != "$mgmt_port" ] || die "--port and --management-port must differ"

if [ -z "$home" ]; then
  home_file="$script_dir/target/keycloak.home"
  [ -f "$home_file" ] || die "no Keycloak distribution: run ./mvnw -pl deploy/keycloak package first (or pass --home DIR)"
  home=$(head -n 1 "$home_file")
fi
[ -x "$home/bin/kc.sh" ] && [ -f "$home/version.txt" ] || die "not a Keycloak distribution: $home"
home=$(cd "$home" && pwd)

if [ -n "${JAVA_HOME:-}" ]; then
  [ -x "$JAVA_HOME/bin/java" ] || die "JAVA_HOME has no bin/java: $JAVA_HOME"
else
  command -v java >/dev/null || die "no java: set JAVA_HOME (Java 17 or newer, 21+ recommended)"
fi

# Fail fast, before a JVM starts, when a port is taken (Keycloak would only say so in the log).
for p in "$port" "$mgmt_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    die "port $p is already in use"
  fi
done

mkdir -p "$data"
data=$(cd "$data" && pwd)
[ -n "$log" ] || log="$data/keycloak.log"
mkdir -p "$(dirname "$log")"
: >>"$log" || die "cannot write the log file: $log"

realm_file="$script_dir/aftersales-realm.json"
[ -f "$realm_file" ] || die "missing $realm_file"

# Keycloak writes below its home: data/ (H2 database, import, tmp, transaction logs) and, for start-dev's
# re-augmentation, lib/quarkus/. So it runs from a private copy of the distribution (about 190 MB, under a second
# to copy) in DATA/server; the unpacked distribution stays untouched and several data dirs can run side by side.
# The copy is renewed, keeping its data/, when the distribution's version changes.
server="$data/server"
if [ ! -f "$server/version.txt" ] || ! cmp -s "$server/version.txt" "$home/version.txt"; then
  rm -rf "$server.tmp"
  cp -a "$home" "$server.tmp"
  rm -rf "$server.tmp/data"
  if [ -d "$server/data" ]; then mv "$server/data" "$server.tmp/data"; fi
  rm -rf "$server"
  mv "$server.tmp" "$server"
fi

# --import-realm reads KC_HOME/data/import (fixed in 26.x) and skips a realm that already exists. A changed realm
# file therefore resets the local database so that the new file is what Keycloak serves.
realm_sum=$(sha256sum "$realm_file" | cut -d' ' -f1)
sum_file="$data/realm.sha256"
if [ -d "$server/data/h2" ] && [ "$(cat "$sum_file" 2>/dev/null || true)" != "$realm_sum" ]; then
  echo "start.sh: aftersales-realm.json changed: resetting the Keycloak database in $server/data/h2" >&2
  rm -rf "$server/data/h2"
fi
mkdir -p "$server/data/import"
rm -f "$server/data/import/"*.json
cp "$realm_file" "$server/data/import/aftersales-realm.json"
echo "$realm_sum" >"$sum_file"

# Start-up speed (measured, see README.md): C1 only (-XX:TieredStopAtLevel=1: about 1.5 s faster to ready on 2 cores,
# password grants about 30 ms slower) and, on Java 19+, a dynamic AppCDS archive DATA/keycloak-cds.jsa that the JVM
# writes at its first clean exit (SIGTERM) and maps afterwards (about 1 s more). The archive is only enabled once this
# copy has been re-augmented for start-dev, so that it is written by a server run rather than by the short JVM that
# re-augments. A caller's own JAVA_OPTS_APPEND (even empty) replaces all of this.
if [ -z "${JAVA_OPTS_APPEND+x}" ]; then
  java_bin=${JAVA_HOME:+$JAVA_HOME/bin/java}
  java_bin=$(readlink -f "${java_bin:-$(command -v java)}")
  java_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$java_bin")")/release" 2>/dev/null || true)
  JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1"
  if [ "${java_feature:-0}" -ge 19 ] && [[ $data != *[[:space:]]* ]] \
      && ! cmp -s "$server/lib/quarkus/quarkus-application.dat" "$home/lib/quarkus/quarkus-application.dat"; then
    JAVA_OPTS_APPEND="$JAVA_OPTS_APPEND -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$data/keycloak-cds.jsa -Xlog:cds*=off"
  fi
  export JAVA_OPTS_APPEND
fi

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

exec "$server/bin/kc.sh" start-dev \
  --http-port="$port" \
  --hostname="http://localhost:$port" \
  --http-management-port="$mgmt_port" \
  --health-enabled=true \
  --shutdown-delay=0s \
  --cache=local \
  --import-realm \
  --log=console \
  --log-console-color=false \
  >>"$log" 2>&1
