#!/usr/bin/env bash
# REST benchmark of part reservations: POST /api/v1/reservations against a running parts-service (the local stack of
# deploy/local/up.sh). Two bursts with bounded concurrency (curl --parallel): N reservations of one hot part (one
# stock row every request queues on), then N spread over P parts at another warehouse. Prints reservations per second
# and latency percentiles of each, then checks that nothing was oversold: each burst's 201s equal what its stock rows
# hold reserved, no row reserves more than it has on hand, and the ledger reconciliation is balanced. After each burst
# it prints where the machine's CPU went, per answer (cpu_ticks in lib.sh). Loopback only; bounded in count and time.
#
#   benchmarks/reservations.sh [-n RESERVATIONS] [-c CONCURRENCY] [-t SECONDS] [-u BASE_URL] [-p PARTS] [-s STOCK]
#     -n  reservations per burst, 1..20000    (default 1000)
#     -c  requests in flight, 1..64           (default 8)
#     -t  time limit of each burst in seconds (default 120; each request at most 10 s)
#     -u  base URL, localhost/127.0.0.1 only  (default http://localhost:8083, parts-service itself; the gateway
#         :8080 rate-limits per client and answers most of a burst with 429)
#     -p  parts of the spread burst, 1..5000  (default 1000)
#     -s  units of the hot part on hand       (default N: every reservation fits; less, and the rest answer 409)
#     -b  seconds of pgbench -N (scale 20, 8 clients) run first against the stack's PostgreSQL, the reference each
#         burst's rate is also given as a share of; 0 = none (default 10). PGHOST… as for timers.sh.
#   KEYCLOAK (default http://localhost:8180) gives the token: aftersales-cli password grant, user parts / demo123.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

P=1000 S='' B=10
ARGS=()
while (($#)); do
  case "$1" in
    -p) P=${2:-}; shift 2 ;;
    -s) S=${2:-}; shift 2 ;;
    -b) B=${2:-}; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
burst_options http://localhost:8083 "${ARGS[@]}"
in_range -p "$P" 1 5000
S=${S:-$N}
in_range -s "$S" 0 1000000
in_range -b "$B" 0 300

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TOKEN=$(token parts)
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if ((B > 0)); then
  local_pg postgres
  pgbench_reference 20 8 "$B"
fi
RUN="B$(date +%s)$$"

# api METHOD PATH [BODY]: one call to the service, its body on stdout; dies on an HTTP error.
api() {
  curl -sf --max-time 10 -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${3:+-d "$3"} || die "$1 $2 failed"
}

# setup_burst FILE: sends the requests of a curl config in parallel and dies unless every one succeeded.
setup_burst() {
  sed -i '${/^next$/d}' "$1"
  curl -s --no-progress-meter --parallel --parallel-max 8 --config "$1" > "$WORK/setup.txt" || true
  [[ -z $(grep -v '^20[01]$' "$WORK/setup.txt") ]] || die "setting up failed: $(sort "$WORK/setup.txt" | uniq -c)"
}

# request PATH BODY: one entry of a curl config for setup_burst.
request() {
  cat <<CFG
url = "$BASE$1"
request = "POST"
header = "Authorization: Bearer $TOKEN"
header = "Content-Type: application/json"
data = "$(printf '%s' "$2" | sed 's/"/\\"/g')"
output = "/dev/null"
write-out = "%{http_code}\\n"
next
CFG
}

warehouse() {
  api POST /api/v1/warehouses "{\"code\":\"WH-$RUN-$1\",\"name\":\"压测库\",\"kind\":\"REGIONAL\",\"region\":\"east\",
    \"address\":\"benchmark\"}" | jq -r .id
}

part() {
  printf '{"partNumber":"%s","nameZh":"压测备件","category":"PART","unit":"PCS","serialTracked":false}' "$1"
}

HOT_WAREHOUSE=$(warehouse HOT)
SPREAD_WAREHOUSE=$(warehouse SPREAD)
HOT="$RUN-HOT"
say "setting up: hot part $HOT with $S on hand, $P parts with $(((N + P - 1) / P)) each at warehouse $SPREAD_WAREHOUSE"
{
  request /api/v1/parts "$(part "$HOT")"
  for ((i = 0; i < P; i++)); do request /api/v1/parts "$(part "$RUN-$i")"; done
} > "$WORK/parts.cfg"
setup_burst "$WORK/parts.cfg"
{
  ((S == 0)) || request /api/v1/stock/receipts \
    "{\"partNumber\":\"$HOT\",\"warehouseId\":\"$HOT_WAREHOUSE\",\"quantity\":$S}"
  for ((i = 0; i < P; i++)); do
    request /api/v1/stock/receipts \
      "{\"partNumber\":\"$RUN-$i\",\"warehouseId\":\"$SPREAD_WAREHOUSE\",\"quantity\":$(((N + P - 1) / P))}"
  done
} > "$WORK/receipts.cfg"
setup_burst "$WORK/receipts.cfg"

# cpu_burst_report DIR: where the machine's CPU went during a burst (cpu_ticks before and after it in DIR), per
# answered request; the consumers of the reservations' events included, curl's own CPU not.
cpu_burst_report() {
  say "where the machine's CPU went during the burst (the events' consumers included, curl's own not):"
  cpu_report "$1/cpu.before" "$1/cpu.after" "$(cat "$1/wall.txt")" "$(wc -l < "$1/results.txt")" answer
}

# The hot burst: N identical reservations of one unit of one part.
TICKET=$(cat /proc/sys/kernel/random/uuid)
printf '{"ticketId":"%s","partNumber":"%s","warehouseId":"%s","quantity":1}' "$TICKET" "$HOT" "$HOT_WAREHOUSE" \
  > "$WORK/hot.json"
say "hot part: $N reservations, $C in flight, at most $T s, against $BASE"
mkdir -p "$WORK/hot"
read -ra PARTS <<< "$(stack_parts)"
cpu_ticks "${PARTS[@]}" > "$WORK/hot/cpu.before"
post_burst "$BASE/api/v1/reservations" "$WORK/hot.json" "$N" "$C" "$T" "$TOKEN" "$WORK/hot"
cpu_ticks "${PARTS[@]}" > "$WORK/hot/cpu.after"
burst_report "$WORK/hot" "$N" reservations || true
cpu_burst_report "$WORK/hot"
HOT_OK=$(awk '$1 == "201"' "$WORK/hot/results.txt" | wc -l)

# The spread burst: reservation i takes one unit of part i mod P (each its own stock row).
for ((i = 0; i < N; i++)); do
  ((i == 0)) || echo next
  cat <<CFG
url = "$BASE/api/v1/reservations"
request = "POST"
header = "Authorization: Bearer $TOKEN"
header = "Content-Type: application/json"
data = "{\"ticketId\":\"$TICKET\",\"partNumber\":\"$RUN-$((i % P))\",\"warehouseId\":\"$SPREAD_WAREHOUSE\",\"quantity\":1}"
output = "/dev/null"
max-time = 10
write-out = "%{http_code} %{time_total} %{errormsg}\\n"
CFG
done > "$WORK/spread.cfg"
say "spread over $P parts: $N reservations, $C in flight, at most $T s"
mkdir -p "$WORK/spread"
cpu_ticks "${PARTS[@]}" > "$WORK/spread/cpu.before"
start=$(date +%s.%N)
timeout "$T" curl -s --no-progress-meter --parallel --parallel-max "$C" --config "$WORK/spread.cfg" \
  > "$WORK/spread/results.txt" 2> "$WORK/spread/curl.err" || true
awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f\n", e - s }' > "$WORK/spread/wall.txt"
cpu_ticks "${PARTS[@]}" > "$WORK/spread/cpu.after"
burst_report "$WORK/spread" "$N" reservations || true
cpu_burst_report "$WORK/spread"
SPREAD_OK=$(awk '$1 == "201"' "$WORK/spread/results.txt" | wc -l)

# Zero oversell: what the stock rows hold reserved is exactly what was answered 201, and never more than on hand.
reserved_at() {
  local page=0 total=0 sum
  while :; do
    sum=$(api GET "/api/v1/stock?warehouse=$1&size=500&page=$page" \
      | jq '[.items[] | if .reserved > .onHand then error("oversold: \(.partNumber)") else .reserved end] | add // 0')
    total=$((total + sum))
    (((page + 1) * 500 < $(api GET "/api/v1/stock?warehouse=$1&size=1" | jq .total))) || break
    page=$((page + 1))
  done
  echo "$total"
}
HOT_RESERVED=$(reserved_at "$HOT_WAREHOUSE")
SPREAD_RESERVED=$(reserved_at "$SPREAD_WAREHOUSE")
BALANCED=$(api GET /api/v1/stock/reconciliation | jq .balanced)
say "hot part: $HOT_OK reserved by 201s, $HOT_RESERVED reserved in stock, $S on hand"
say "spread: $SPREAD_OK reserved by 201s, $SPREAD_RESERVED reserved in stock"
say "ledger reconciliation balanced: $BALANCED"
((HOT_OK == HOT_RESERVED && HOT_RESERVED <= S && SPREAD_OK == SPREAD_RESERVED)) && [[ $BALANCED == true ]] \
  || die "OVERSOLD or out of balance"
say "zero oversell"
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
