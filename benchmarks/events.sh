#!/usr/bin/env bash
# Event latency (issue 14): how long an event takes from its transaction's commit to the Kafka topic, and on to
# notification-service, against the running local stack of deploy/local/up.sh. Creates tickets at a fixed rate
# with wrk (each creation's transaction records aftersales.ticket.created.v1 in ticket-service's outbox and wakes the
# relay on commit), waits until every event is published and notification-service has delivered what it stores for
# it (the customer organisation's and the duty agent's in-app notifications), then reads the times the databases
# recorded and prints their percentiles:
#   commit → on the topic    outbox_event.published_at (set once the broker acknowledged, acks=all), measured from
#                            the event's time (taken in the transaction, before its commit: an upper bound) and from
#                            the 201 arriving at wrk (after the commit: a lower bound; negative when the event was on
#                            the topic before the answer reached the client);
#   commit → event applied   notification-service's message rows for the event (message.created_at, the consumer's
#                            transaction), from the event's time;
#   commit → inbox stored    the last of the event's in-app messages sent (message.finished_at: the notification is
#                            in the inbox), from the event's time.
# Then where the machine's CPU went meanwhile, per part of the stack and per creation (as intake.sh prints it).
# Loopback only; bounded in time (wrk -d, then at most WAIT s for the events to arrive).
#
#   benchmarks/events.sh [-r RATE] [-d SECONDS] [-w SECONDS] [-c CONNECTIONS] [-t WAIT] [-b SECONDS] [-u BASE_URL]
#     -r  events (ticket creations) a second, paced, 1..2000 (default 500; more than ticket-service sustains is
#         sent as fast as it answers: the table shows the rate reached)
#     -d  seconds of load, 5..300                  (default 20)
#     -w  seconds of unmeasured warm-up at the same rate, 0..300, waited out until all of its events are delivered
#         before the measured run starts (default 0: the JIT of a freshly started stack needs a few thousand events)
#     -c  connections, 2..64                       (default 16)
#     -t  seconds to wait for the last events and notifications, 10..600 (default 120)
#     -b  seconds of pgbench -N (scale 20, 8 clients) run first, the reference; 0 = none (default 10)
#     -u  ticket-service, localhost/127.0.0.1 only (default http://localhost:8081)
#   KEYCLOAK (default http://localhost:8180) gives the token (user agent / demo123); PGHOST… default to the stack's
#   PostgreSQL (databases ticket and notification). Needs psql and wrk (Debian's package, installed when missing).
#   Start the stack with AFTERSALES_RATE_LIMIT_ENABLED=false (ADR 0026's per-client limit answers 429 above 50/s).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

R=500 D=20 WARMUP=0 C=16 WAIT=120 B=10 BASE=http://localhost:8081
while getopts "r:d:w:c:t:b:u:h" opt; do
  case "$opt" in
    r) R=$OPTARG ;; d) D=$OPTARG ;; w) WARMUP=$OPTARG ;; c) C=$OPTARG ;; t) WAIT=$OPTARG ;; b) B=$OPTARG ;;
    u) BASE=$OPTARG ;;
    *) usage; exit 2 ;;
  esac
done
in_range -r "$R" 1 2000
in_range -d "$D" 5 300
in_range -w "$WARMUP" 0 300
in_range -c "$C" 2 64
in_range -t "$WAIT" 10 600
in_range -b "$B" 0 300
loopback "$BASE" "$KEYCLOAK"
local_pg ticket
ensure_wrk
CREATED=aftersales.ticket.created.v1

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sql "select 1" > /dev/null || die "cannot reach the ticket database at $PGHOST:$PGPORT (is deploy/local/up.sh running?)"
sql "select 1" notification > /dev/null || die "cannot reach the notification database at $PGHOST:$PGPORT"
TOKEN=$(token agent)
# run LABEL SECONDS: ticket creations paced at $R/s, each run's tickets with a serial of their own; waits until all of
# their events are on the topic and notification-service delivered them. Leaves the 201s (ticket id, arrival time),
# the events and what notification-service stored for them in $WORK/answers.txt, events.txt and messages.txt.
run() {
  local label=$1 seconds=$2 serial start total state events unpublished applied undelivered deadline
  serial="SN-EVENTS-$(date +%s%N)-$$"
  cat > "$WORK/ticket.json" <<JSON
{"deviceSerial":"$serial","customerOrganisation":"dealer-a/customer-a","description":"监护仪黑屏，无法开机",
 "faultLevel":"MAJOR","channel":"HOTLINE","faultType":"HARDWARE",
 "contact":{"name":"王工","phone":"+86 138 0000 0000","department":"设备科","site":"三号楼 ICU 12 床"}}
JSON
  say "ticket creations paced at $R/s for $seconds s, $C connections, against $BASE"
  start=$(date +%s.%N)
  rm -f "$WORK"/answers.*
  wrk_run "$label" "$BASE/api/v1/tickets" "$C" "$seconds" \
    "BENCH_TOKEN=$TOKEN" "BENCH_BODY=$WORK/ticket.json" "BENCH_RATE=$R" "BENCH_LOG=$WORK/answers"
  cat "$WORK"/answers.* > "$WORK/answers.txt" 2> /dev/null || die "no ticket was created"

  # The run's events: those of its tickets.
  local events_sql="select o.id, o.aggregateid, extract(epoch from o.timestamp) * 1000,
      extract(epoch from o.published_at) * 1000
    from outbox_event o join ticket t on o.aggregateid = t.id::text
    where t.device_serial = '$serial' and o.type = '$CREATED'"
  # What notification-service stored for ticket-created events since the run began: per event, when its first
  # message was stored, how many of its in-app messages there are and how many are still to send, when the last was
  # sent.
  local messages_sql="select event_id, extract(epoch from min(created_at)) * 1000,
      count(*) filter (where channel = 'IN_APP'), count(*) filter (where channel = 'IN_APP' and state = 'PENDING'),
      extract(epoch from max(finished_at) filter (where channel = 'IN_APP')) * 1000
    from message where event_type = '$CREATED' and created_at >= to_timestamp($start) group by event_id"
  total=$(wc -l < "$WORK/answers.txt")
  say "waiting (at most $WAIT s) until the $total events are on the topic and notification-service delivered them"
  deadline=$(($(date +%s) + WAIT))
  while :; do
    sql "$events_sql" | tr '|' ' ' > "$WORK/events.txt"
    sql "$messages_sql" notification | tr '|' ' ' > "$WORK/messages.txt"
    state=$(awk 'FILENAME ~ /events/ { events++; if ($4 == "") unpublished++; id[$1] = 1; next }
        ($1 in id) { applied++; if ($3 == 0 || $4 > 0) undelivered++ }
        END { printf "%d %d %d %d\n", events, unpublished, applied, undelivered }' "$WORK/events.txt" "$WORK/messages.txt")
    read -r events unpublished applied undelivered <<< "$state"
    ((events < total || unpublished > 0 || applied < events || undelivered > 0)) || break
    (($(date +%s) < deadline)) || die "after $WAIT s: $events events of $total, $unpublished unpublished," \
      "$applied applied by notification-service, $undelivered with in-app messages to send"
    sleep 0.5
  done
  say "all $events events published, applied and delivered in the inbox"
}

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
PGBENCH_TPS=0
((B == 0)) || pgbench_reference 20 8 "$B"
if ((WARMUP > 0)); then
  run "warm-up, not counted" "$WARMUP"
  sed -i '/^warm-up, not counted|/d' "$WORK/rows"
fi
# Where the machine's CPU goes from the measured run's first creation until its last notification (lib.sh's
# cpu_ticks): a paced run counts each part's idle work too (polls, heartbeats), spread over the creations.
read -ra PARTS <<< "$(stack_parts "${BASE##*:}")"
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.before"
MEASURED_FROM=$(date +%s.%N)
run "POST /api/v1/tickets, paced at $R/s" "$D"
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.after"
MEASURED_TO=$(date +%s.%N)
print_table "$PGBENCH_TPS"

# One line per event: occurred, answered, published, first message stored, last in-app message sent (epoch ms).
awk 'FILENAME ~ /answers/ { answered[$1] = $2; next }
     FILENAME ~ /messages/ { stored[$1] = $2; sent[$1] = $5; next }
     answered[$2] != "" && sent[$1] != "" { print $3, answered[$2], $4, stored[$1], sent[$1] }' \
  "$WORK/answers.txt" "$WORK/messages.txt" "$WORK/events.txt" > "$WORK/times.txt"
row() { printf '| %-60s | %s |\n' "$1" "$(awk "{ print $2 }" "$WORK/times.txt" | percentiles | tr '|' '\t' \
  | awk -F'\t' '{ printf "%6d | %8s | %8s | %8s | %8s", $1, $2, $3, $4, $5 }')"; }
printf '\n| %-60s | %6s | %8s | %8s | %8s | %8s |\n' "latency (ms), $R/s offered" events p50 p90 p99 max
printf '|:%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..61})" -------: ---------: ---------: ---------: ---------:
# shellcheck disable=SC2016 # the awk expressions of the rows
{
  row "commit → on the topic, from the event's time (upper bound)" '$3 - $1'
  row "commit → on the topic, from the 201 at the client (lower)" '$3 - $2'
  row "commit → applied by notification-service (message stored)" '$4 - $1'
  row "commit → in-app notifications stored in the inbox" '$5 - $1'
}
echo
cpu_report "$WORK/cpu.before" "$WORK/cpu.after" "$(awk -v from="$MEASURED_FROM" -v to="$MEASURED_TO" \
  'BEGIN { printf "%.1f", to - from }')" "$(wc -l < "$WORK/answers.txt")" creation
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
