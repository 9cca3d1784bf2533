#!/usr/bin/env bash
# Ticket intake side by side with PostgreSQL's own limit (issue 14), against the running local stack of
# deploy/local/up.sh, in one invocation:
#   1. pgbench -i -s SCALE, then pgbench -N (SCALE, CONNECTIONS clients, SECONDS) in a scratch database of the stack's
#      PostgreSQL (created and dropped by the script): the reference;
#   2. POST /api/v1/tickets with wrk, CONNECTIONS connections for SECONDS, straight to ticket-service (after a warm-up
#      that is not counted), then paced at half the rate it reached (the latency at half the maximum);
#   3. the same creations through a copy of the gateway with the rate limit raised: deploy/gateway/render.sh with
#      --rate 1000000r/s --burst 1000000 on port GATEWAY_PORT, run by this script (nginx) and stopped at the end;
#   4. GET /api/v1/tickets/{id} of up to 1,000 of the tickets just created, round robin, direct (and through the
#      gateway copy).
# Prints the CPU each part of the stack spent per creation during the direct run, then a table: answers, per second,
# p50/p99/max latency, errors and each rate as a share of pgbench's, and the
# resident memory (RSS) of the stack's five services (:8081-8085) after the load.
# Loopback only; each measured run is bounded in time (wrk -d), each request at most 10 s.
#
#   benchmarks/intake.sh [-d SECONDS] [-c CONNECTIONS] [-s SCALE] [-w WARMUP] [-g GATEWAY_PORT] [-u BASE_URL]
#     -d  seconds of each measured run, 5..300          (default 20)
#     -c  connections (wrk) and clients (pgbench), 2..64 (default 8)
#     -s  pgbench scale, 1..100                         (default 20: 2,000,000 accounts, ≈ 300 MB)
#     -w  seconds of the unmeasured warm-up, 0..120     (default 5)
#     -g  port of the script's gateway copy, 1024..65535, or 0 for no gateway runs (default 18080)
#     -u  ticket-service, localhost/127.0.0.1 only      (default http://localhost:8081)
#   KEYCLOAK (default http://localhost:8180) gives the token (user agent / demo123); PGHOST… default to the stack's
#   PostgreSQL (localhost:5432, postgres/postgres). Needs pgbench and psql (apt-get install postgresql-client), wrk
#   (Debian's package, installed when missing) and nginx for the gateway runs. The services limit requests per client
#   (ADR 0026): start the stack with AFTERSALES_RATE_LIMIT_ENABLED=false, or most creations answer 429 (counted as
#   errors).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

D=20 C=8 SCALE=20 WARMUP=5 GATEWAY_PORT=18080 BASE=http://localhost:8081
while getopts "d:c:s:w:g:u:h" opt; do
  case "$opt" in
    d) D=$OPTARG ;; c) C=$OPTARG ;; s) SCALE=$OPTARG ;; w) WARMUP=$OPTARG ;; g) GATEWAY_PORT=$OPTARG ;;
    u) BASE=$OPTARG ;;
    *) usage; exit 2 ;;
  esac
done
in_range -d "$D" 5 300
in_range -c "$C" 2 64
in_range -s "$SCALE" 1 100
in_range -w "$WARMUP" 0 120
((GATEWAY_PORT == 0)) || in_range -g "$GATEWAY_PORT" 1024 65535
loopback "$BASE" "$KEYCLOAK"
local_pg ticket
ensure_wrk
ROOT=$(cd "$(dirname "$0")/.." && pwd)

WORK=$(mktemp -d)
GATEWAY_PID=
cleanup() {
  [[ -z $GATEWAY_PID ]] || kill "$GATEWAY_PID" 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
sql "select 1" > /dev/null || die "cannot reach the ticket database at $PGHOST:$PGPORT (is deploy/local/up.sh running?)"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. The reference: pgbench -N on the same PostgreSQL ------------------------------------------------------------
pgbench_reference "$SCALE" "$C" "$D"

# --- 2. Creations straight to ticket-service ------------------------------------------------------------------------
TOKEN=$(token agent)
SERIAL="SN-INTAKE-$(date +%s)-$$"
cat > "$WORK/ticket.json" <<JSON
{"deviceSerial":"$SERIAL","customerOrganisation":"dealer-a/customer-a","description":"监护仪黑屏，无法开机",
 "faultLevel":"MAJOR","channel":"HOTLINE","faultType":"HARDWARE",
 "contact":{"name":"王工","phone":"+86 138 0000 0000","department":"设备科","site":"三号楼 ICU 12 床"}}
JSON
CREATE=("BENCH_TOKEN=$TOKEN" "BENCH_BODY=$WORK/ticket.json")
if ((WARMUP > 0)); then
  say "warming up: creations for $WARMUP s (not counted)"
  wrk_run warm-up "$BASE/api/v1/tickets" "$C" "$WARMUP" "${CREATE[@]}" > /dev/null
  sed -i '/^warm-up|/d' "$WORK/rows"
fi
say "creations straight to $BASE: $C connections, $D s"
read -ra PARTS <<< "$(stack_parts "${BASE##*:}")"
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.before"
wrk_run "POST /api/v1/tickets, direct, $C connections" "$BASE/api/v1/tickets" "$C" "$D" "${CREATE[@]}"
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.after"
say "where the machine's CPU went during the direct creations (the consumers of ticket.created.v1 included):"
cpu_report "$WORK/cpu.before" "$WORK/cpu.after" "$D" "$(tail -1 "$WORK/rows" | cut -d'|' -f2)" creation
HALF=$(tail -1 "$WORK/rows" | awk -F'|' '{ printf "%d", $4 / 2 }')
if ((HALF > 0)); then
  say "creations paced at half that: $HALF/s"
  wrk_run "POST /api/v1/tickets, direct, paced at $HALF/s (half)" "$BASE/api/v1/tickets" "$C" "$D" \
    "${CREATE[@]}" "BENCH_RATE=$HALF"
fi

# --- 3. Creations through a copy of the gateway with the rate limit raised -------------------------------------------
if ((GATEWAY_PORT > 0)); then
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  [[ -x $NGINX ]] || die "nginx is missing for the gateway runs (apt-get install nginx), or use -g 0"
  chmod 755 "$WORK" # nginx's workers run as nobody when we are root
  "$ROOT/deploy/gateway/render.sh" --out "$WORK/gateway" --port "$GATEWAY_PORT" --rate 1000000r/s --burst 1000000 \
    --docs none > "$WORK/gateway-render.txt" 2>&1 || die "render.sh failed: $(cat "$WORK/gateway-render.txt")"
  "$NGINX" -p "$WORK/gateway" -c "$WORK/gateway/nginx.conf" -g 'daemon off;' > "$WORK/gateway.log" 2>&1 &
  GATEWAY_PID=$!
  GATEWAY="http://localhost:$GATEWAY_PORT"
  for _ in $(seq 1 50); do
    curl -fs -o /dev/null --max-time 1 "$GATEWAY/health" && break
    kill -0 "$GATEWAY_PID" 2> /dev/null || die "the gateway copy did not start: $(cat "$WORK/gateway.log")"
    sleep 0.1
  done
  curl -fs -o /dev/null --max-time 1 "$GATEWAY/health" || die "the gateway copy did not answer on $GATEWAY"
  say "creations through the gateway copy at $GATEWAY (rate limit 1,000,000 r/s): $C connections, $D s"
  wrk_run "POST /api/v1/tickets, gateway, $C connections" "$GATEWAY/api/v1/tickets" "$C" "$D" "${CREATE[@]}"
fi

# --- 4. Reads of the tickets just created ---------------------------------------------------------------------------
sql "select id from ticket where device_serial = '$SERIAL' limit 1000" > "$WORK/ids.txt"
[[ -s $WORK/ids.txt ]] || die "no ticket was created: nothing to read"
READ=("BENCH_TOKEN=$TOKEN" "BENCH_IDS=$WORK/ids.txt")
say "reads of $(wc -l < "$WORK/ids.txt") tickets: $C connections, $D s"
wrk_run "GET /api/v1/tickets/{id}, direct, $C connections" "$BASE/api/v1/tickets" "$C" "$D" "${READ[@]}"
if ((GATEWAY_PORT > 0)); then
  wrk_run "GET /api/v1/tickets/{id}, gateway, $C connections" "$GATEWAY/api/v1/tickets" "$C" "$D" "${READ[@]}"
fi

say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
rss_report {8081..8085}
print_table "$PGBENCH_TPS"
