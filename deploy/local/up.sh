#!/usr/bin/env bash
# Starts the whole suite locally, real parts only, no Docker:
#   PostgreSQL (one database per service) :5432, Kafka (KRaft) :9092, Keycloak :8180,
#   a GreenMail SMTP server :3025 (IMAP :3143), the five services :8081-8085 and the nginx gateway :8080.
# Waits until every part is healthy, then prints the URLs, the demo users and how to get a token.
#
#   deploy/local/up.sh [--reset]     --reset deletes all local data first
#   deploy/local/down.sh             stops what this started
#
# State (data, logs, pids) lives in $AFTERSALES_STATE (default: .local/ in the checkout).
# The services' JVM options are $AFTERSALES_SERVICE_JAVA_OPTS (default: sized for 2 cores and < 200 MB each, below).
# On JDK 25 each service starts from an AOT cache of its own build (ADR 0040) once a first run trained it;
# AFTERSALES_AOT_CACHE=off starts them without.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${AFTERSALES_STATE:-$ROOT/.local}
RESET=false
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

SERVICES=(ticket-service:8081 warranty-service:8082 parts-service:8083 complaint-service:8084 notification-service:8085)
PG_PORT=5432 KAFKA_PORT=9092 KEYCLOAK_PORT=8180 GATEWAY_PORT=8080 SMTP_PORT=3025 IMAP_PORT=3143 MAIL_API_PORT=8025
START=$(date +%s)

say() { printf '[up] %s\n' "$*"; }
die() { printf '[up] ERROR: %s\n' "$*" >&2; exit 1; }

. "$ROOT/deploy/local/jdk.sh"
. "$ROOT/deploy/local/processes.sh"
use_jdk || die "a JDK 21 or newer is needed: install one and set JAVA_HOME"

if $RESET; then
  "$ROOT/deploy/local/down.sh" || true
  say "deleting local data in $STATE"
  rm -rf "$STATE"
fi
mkdir -p "$STATE/logs" "$STATE/pids" "$STATE/data"
# PostgreSQL and nginx's workers run as 'nobody' when we are root: they must be able to reach $STATE.
chmod 755 "$STATE" "$STATE/logs" "$STATE/data"

running() { local pid; pid=$(cat "$STATE/pids/$1.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

# reap NAME: when NAME's recorded process has died, stops what it left behind in its process group (a postmaster or
# broker orphaned by a killed launcher) and forgets the pid.
reap() {
  local file="$STATE/pids/$1.pid" pid
  pid=$(cat "$file" 2>/dev/null) || return 0
  kill -0 "$pid" 2>/dev/null && return 0
  stop_group "$pid" && say "$1 (pid $pid) had died; stopped what it left running"
  rm -f "$file"
}

declare -A COMMAND LOG_FROM ATTEMPTS
# start NAME COMMAND...: runs COMMAND in the background unless NAME is already running; remembers how, so that a part
# that dies while the stack comes up is started again (restart NAME).
start() {
  local name=$1; shift
  COMMAND[$name]=$(printf '%q ' "$@")
  if running "$name"; then
    say "$name is already running (pid $(cat "$STATE/pids/$name.pid"))"
    return 0
  fi
  launch "$name"
}

launch() {
  local name=$1
  reap "$name"
  LOG_FROM[$name]=$(( $(stat -c %s "$STATE/logs/$name.log" 2>/dev/null || echo 0) + 1 ))
  eval "exec setsid ${COMMAND[$name]}" >>"$STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/$name.pid"
  say "started $name (pid $!), log $STATE/logs/$name.log"
}

# restart NAME: NAME died while we waited for it (e.g. a process that was dying when up.sh ran right after a crash):
# start it again, at most three times, else fail with its log.
restart() {
  local name=$1
  ATTEMPTS[$name]=$(( ${ATTEMPTS[$name]:-0} + 1 ))
  [ "${ATTEMPTS[$name]}" -le 3 ] || die "$name keeps stopping; see $STATE/logs/$name.log:
$(tail -20 "$STATE/logs/$name.log" 2>/dev/null)"
  say "$name stopped while starting; starting it again (attempt ${ATTEMPTS[$name]} of 3)"
  launch "$name"
}

# logged NAME TEXT: whether NAME's log has said TEXT since NAME was last started by us (the whole log otherwise).
logged() { tail -c "+${LOG_FROM[$1]:-1}" "$STATE/logs/$1.log" 2>/dev/null | grep -c "$2" >/dev/null; }

# wait_for NAME URL SECONDS: polls URL until it answers 2xx, starting NAME again if its process died.
wait_for() {
  local name=$1 url=$2 deadline=$(( $(date +%s) + $3 ))
  until curl -fs -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    running "$name" || restart "$name"
    [ "$(date +%s)" -lt "$deadline" ] || die "$name was not ready within $3 s ($url); see $STATE/logs/$name.log"
    sleep 1
  done
}

# wait_for_log NAME TEXT SECONDS: waits until NAME's launcher says TEXT (it does once its server serves), starting NAME
# again if its process died.
wait_for_log() {
  local name=$1 deadline=$(( $(date +%s) + $3 ))
  until logged "$name" "$2"; do
    running "$name" || restart "$name"
    [ "$(date +%s)" -lt "$deadline" ] || die "$name was not ready within $3 s; see $STATE/logs/$name.log"
    sleep 1
  done
}

# --- What the stack runs from: built once, rebuilt when missing ---------------------------------
INFRA_CLASSPATH=$ROOT/platform/infra/target/infra-launcher.classpath
KEYCLOAK_HOME_FILE=$ROOT/deploy/keycloak/target/keycloak.home
SWAGGER_UI=$ROOT/deploy/gateway/target/swagger-ui
GREENMAIL=$ROOT/notification-service/target/greenmail/greenmail-standalone.jar
needs_build=false
for service in "${SERVICES[@]}"; do
  [ -f "$ROOT/${service%%:*}/target/quarkus-app/quarkus-run.jar" ] || needs_build=true
done
[ -f "$INFRA_CLASSPATH" ] && [ -f "$KEYCLOAK_HOME_FILE" ] && [ -d "$SWAGGER_UI" ] && [ -f "$GREENMAIL" ] || needs_build=true
if $needs_build; then
  say "building the suite (first run: downloads dependencies, PostgreSQL, Kafka and Keycloak from Maven Central)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >"$STATE/logs/build.log" 2>&1 \
    || die "the build failed; see $STATE/logs/build.log"
fi

# --- nginx: from the OS packages -----------------------------------------------------------------
NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || { [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx; }
if [ -z "$NGINX" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing nginx from the OS packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) >"$STATE/logs/apt.log" 2>&1 \
      || die "could not install nginx; see $STATE/logs/apt.log"
    NGINX=/usr/sbin/nginx
  else
    die "nginx is missing: install it as root with 'apt-get install nginx' (Debian/Ubuntu), then run this again"
  fi
fi

# --- PostgreSQL and Kafka ------------------------------------------------------------------------
databases=
for service in "${SERVICES[@]}"; do databases+="${databases:+,}${service%%-service*}"; done
launchers="$ROOT/platform/infra/target/classes:$(cat "$INFRA_CLASSPATH")"
start postgres "$JAVA_HOME/bin/java" -cp "$launchers" org.aftersales.infra.PostgresServer \
  --data "$STATE/data/postgres" --port "$PG_PORT" --databases "$databases"
start kafka "$JAVA_HOME/bin/java" -cp "$launchers" org.aftersales.infra.KafkaBroker \
  --data "$STATE/data/kafka" --port "$KAFKA_PORT"

# --- The SMTP server that notification-service mails to: GreenMail, keeping every mail for reading ----------------
# It keeps them in its heap: when they fill it, it exits (the next up.sh starts it again, empty) rather than
# hanging on; the benchmarks that mail empty it first (purge_mail in benchmarks/lib.sh).
start mail "$JAVA_HOME/bin/java" -Xmx256m -XX:+ExitOnOutOfMemoryError -Dgreenmail.hostname=127.0.0.1 \
  -Dgreenmail.auth.disabled -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.port="$IMAP_PORT" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -jar "$GREENMAIL"

# --- Keycloak ------------------------------------------------------------------------------------
start keycloak "$ROOT/deploy/keycloak/start.sh" --home "$(cat "$KEYCLOAK_HOME_FILE")" \
  --data "$STATE/data/keycloak" --port "$KEYCLOAK_PORT" --log "$STATE/logs/keycloak-server.log"

# The launchers print "… ready" once their server serves, and exit when it dies (so a dead server is never seen
# as running). A part that was already running printed it before.
wait_for_log postgres "postgres ready" 120
wait_for_log kafka "kafka ready" 120
wait_for mail "http://127.0.0.1:$MAIL_API_PORT/api/configuration" 60
say "PostgreSQL and Kafka are ready"
wait_for keycloak "http://localhost:$KEYCLOAK_PORT/realms/aftersales/.well-known/openid-configuration" 300
say "Keycloak is ready"

# --- The services --------------------------------------------------------------------------------
# Sized (ADRs 0033 and 0038, benchmarks/README.md): the serial collector (no concurrent GC threads or remembered sets
# on 2 cores) with a heap that starts at 32 MB and grows as needed up to 256 MB (the default initial heap is 1/64 of
# the machine's memory, capped by -Xmx, all of it soon touched); two malloc arenas instead of glibc's up to eight per
# core. After a collection the heap gives back what is more than 30 % free, and every 5 s glibc gives back the native
# memory freed (the JIT's arenas): ≈ 30 MB less resident under load. The JIT is the JVM's default, as in Kubernetes:
# C1 alone (-XX:TieredStopAtLevel=1) saves ≈ 90 MB per service and a third of the start, but serves 2–3 times fewer
# requests.
read -ra SERVICE_JAVA_OPTS <<< "${AFTERSALES_SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m \
-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}"

# The AOT cache (JDK 25: JEP 483, 514, 515): the classes a service loads and links at start, already parsed and
# linked, with the profiles of its first run. It fits one build of one service with the same JVM options, so its
# file is named by a digest of both; a run without a fitting file trains one (-XX:AOTCacheOutput: the JVM writes it
# when the service stops, e.g. by down.sh), the runs after it start from it (-XX:AOTCache). A cache the JVM cannot
# use (another JDK, a file cut short) only costs the speed-up: the JVM then starts without it.
AOT_DIR=$STATE/aot
java_feature=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.specification.version/ { print $2 }')
aot_option() {
  local name=$1 app="$ROOT/$1/target/quarkus-app" digest cache
  [ "${AFTERSALES_AOT_CACHE:-on}" != off ] && [ "${java_feature%%.*}" -ge 25 ] 2>/dev/null || return 0
  digest=$( { printf '%s\n' "${SERVICE_JAVA_OPTS[*]}"; find "$app" -type f -printf '%P %s %T@\n' | sort; } \
    | sha256sum | cut -c1-16)
  cache="$AOT_DIR/$name-$digest.aot"
  mkdir -p "$AOT_DIR"
  if [ -s "$cache" ]; then
    printf '%s' "-XX:AOTCache=$cache"
  else
    # Older builds' caches go; this build's files stay: an up.sh run while this service trains (to start another
    # part) must not take the configuration the training JVM writes at its exit.
    find "$AOT_DIR" -name "$name-*.aot*" ! -name "$name-$digest.aot*" -delete
    printf '%s' "-XX:AOTCacheOutput=$cache"
  fi
}

for service in "${SERVICES[@]}"; do
  name=${service%%:*} port=${service##*:}
  aot=$(aot_option "$name")
  start "$name" env \
    QUARKUS_HTTP_PORT="$port" \
    AFTERSALES_DB_URL="jdbc:postgresql://localhost:$PG_PORT/${name%%-service*}" \
    AFTERSALES_DB_USER=postgres AFTERSALES_DB_PASSWORD=postgres \
    AFTERSALES_KAFKA="localhost:$KAFKA_PORT" \
    AFTERSALES_OIDC_URL="http://localhost:$KEYCLOAK_PORT/realms/aftersales" \
    AFTERSALES_SMTP_HOST=localhost AFTERSALES_SMTP_PORT="$SMTP_PORT" MALLOC_ARENA_MAX=2 \
    "$JAVA_HOME/bin/java" "${SERVICE_JAVA_OPTS[@]}" ${aot:+"$aot"} -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
done

# --- The gateway ---------------------------------------------------------------------------------
if ! running gateway; then
  "$ROOT/deploy/gateway/render.sh" --out "$STATE/gateway" --port "$GATEWAY_PORT" --docs "$SWAGGER_UI" \
    >>"$STATE/logs/gateway.log" 2>&1 || die "could not render the gateway's configuration; see $STATE/logs/gateway.log"
fi
start gateway "$NGINX" -p "$STATE/gateway" -c "$STATE/gateway/nginx.conf" -g 'daemon off;'

for service in "${SERVICES[@]}"; do
  wait_for "${service%%:*}" "http://localhost:${service##*:}/q/health/ready" 180
done
wait_for gateway "http://localhost:$GATEWAY_PORT/health" 60

cat <<INFO

The after-sales suite is up ($(( $(date +%s) - START )) s).

  Gateway (API)     http://localhost:$GATEWAY_PORT/api/v1/...
  API docs          http://localhost:$GATEWAY_PORT/docs
  Keycloak          http://localhost:$KEYCLOAK_PORT  (admin console: admin / admin, local only)
  Services          ticket :8081  warranty :8082  parts :8083  complaint :8084  notification :8085
                    (each: /q/health, /q/metrics, /q/openapi, /q/swagger-ui)
  PostgreSQL        localhost:$PG_PORT  (user postgres, password postgres, local only)
  Kafka             localhost:$KAFKA_PORT
  Mail (GreenMail)  what notification-service sent: http://localhost:$MAIL_API_PORT/ (API; a mailbox:
                    /api/user/<address>/messages/), or IMAP localhost:$IMAP_PORT (user and password: the address,
                    e.g. manager@aftersales.local)
  Logs              $STATE/logs

Demo users (password demo123, local only):
  vendor staff      agent  engineer  parts  quality  manager  admin
  dealers           partner-a (dealer-a)  partner-b (dealer-b)
  customers         customer-a (dealer-a/customer-a)  customer-b (dealer-b/customer-b)

A token:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=aftersales-cli -d username=customer-a -d password=demo123 http://localhost:$KEYCLOAK_PORT/realms/aftersales/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

Stop everything: deploy/local/down.sh
INFO
