#!/usr/bin/env bash
# Persistent-timer benchmark (持久化定时器): with PENDING open deadlines in ticket-service's timer table, how many
# due deadlines a second the running service's TimerPoller fires and how late. Against the local stack of
# deploy/local/up.sh: writes benchmark rows straight into the ticket database with psql, watches them fire, reads
# the poller's counters from /q/metrics, and deletes every timer it wrote when it ends (also on Ctrl-C). It first
# empties the local mail server (purge_mail in lib.sh): the breaches mail the managers, and GreenMail keeps every mail.
#
# The PENDING rows are `sla-breach` timers whose subjects are clock ids no ticket_clock has. The DUE rows are, with
# -m empty, the same kind of rows: each firing runs the whole poller path (due-date index scan, FOR UPDATE SKIP
# LOCKED, delete, handler lookup, the handler's read of the clock by id, commit) but finds no clock, so it stores no
# breach and publishes nothing. With -m real (the default) each DUE row is the breach timer of a real RESPONSE clock
# that is past its deadline: the script creates one ticket through the API (the template, a 二级 fault on a serial
# the installed base does not know, default terms), copies it DUE times in the database (ticket, its terms and its
# RESPONSE clock, started 30 days ago; serial SN-TIMERS-<run>), and each firing does the real breach work: locks
# the ticket, reads the clock and its pauses, stores the breach, marks the clock, records
# aftersales.sla-breached.v1 in the outbox (relayed to Kafka; notification-service tells the managers) and
# schedules what escalation follows. The copies stay, like intake.sh's tickets; their timers are deleted at the end.
# With -r 2 the script starts a second ticket-service replica (the first one's command and environment, on port
# REPLICA_PORT, default 8091) for the run and stops it at the end: two pollers share the due deadlines. A replica
# started cold runs its first firings interpreted while the warm one's are compiled: -w fires WARM deadlines of the
# same kind first (due an hour ago, not counted) and waits until they are gone, so that both replicas are compiled.
#
#   benchmarks/timers.sh [-m real|empty] [-r 1|2] [-w WARM] [-p PENDING] [-k DUE] [-s SPREAD] [-t SECONDS] [-u URL]
#     -m  what the due deadlines are: real breaches of existing clocks, or empty ones (default real)
#     -r  ticket-service replicas polling, 1..2                              (default 1)
#     -w  warm-up deadlines fired before the measured ones, 0..100000        (default 0)
#     -p  open deadlines far in the future (30 days to a year), 0..2000000   (default 1000000)
#     -k  deadlines that fall due during the run, 1..200000                  (default 20000)
#     -s  seconds over which the K deadlines fall due, evenly, 0..600; 0 = all at once, a burst that
#         measures the most the poller fires per second (default 0)
#     -t  time limit for the K deadlines to fire, in seconds                 (default 300)
#     -u  ticket-service, localhost/127.0.0.1 only                           (default http://localhost:8081)
#   The database is PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD, by default the local stack's ticket database
#   (localhost:5432/ticket, postgres/postgres); KEYCLOAK (default http://localhost:8180) gives the template's token
#   (user agent / demo123). Needs psql (Debian/Ubuntu: apt-get install postgresql-client).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

MODE=real REPLICAS=1 W=0 P=1000000 K=20000 S=0 T=300 BASE=http://localhost:8081 REPLICA_PORT=${REPLICA_PORT:-8091}
while getopts "m:r:w:p:k:s:t:u:h" opt; do
  case "$opt" in
    m) MODE=$OPTARG ;; r) REPLICAS=$OPTARG ;; w) W=$OPTARG ;; p) P=$OPTARG ;; k) K=$OPTARG ;; s) S=$OPTARG ;; t) T=$OPTARG ;;
    u) BASE=$OPTARG ;;
    *) usage; exit 2 ;;
  esac
done
[[ $MODE == real || $MODE == empty ]] || die "-m must be real or empty, not '$MODE'"
in_range -r "$REPLICAS" 1 2
in_range REPLICA_PORT "$REPLICA_PORT" 1024 65535
in_range -w "$W" 0 100000
in_range -p "$P" 0 2000000
in_range -k "$K" 1 200000
in_range -s "$S" 0 600
in_range -t "$T" 1 1800
loopback "$BASE" "$KEYCLOAK"
local_pg ticket

# Benchmark subjects: UUIDs with a fixed prefix that no random (version 4) clock id has.
PREFIX=00000000-0000-0000-be4c-
KIND=sla-breach
# The real mode's copies: their tickets and clocks, kept in a scratch table for the run.
COPIES=bench_timers_copy
REPLICA_PID=
cleanup() {
  [[ -z $REPLICA_PID ]] || { kill "$REPLICA_PID" 2> /dev/null; wait "$REPLICA_PID" 2> /dev/null || true; }
  sql "delete from timer where kind = '$KIND' and subject like '$PREFIX%'" || true
  if [[ $(sql "select to_regclass('$COPIES') is not null") == t ]]; then
    sql "delete from timer where subject in (select clock_id::text from $COPIES union all
                                             select ticket_id::text from $COPIES);
         drop table $COPIES" || true
  fi
  sql "vacuum analyze timer" || true
}
# metric NAME: the sum of the samples of NAME (with or without labels) on /q/metrics, over the replicas.
metric() {
  awk -v name="$1" '$1 == name || index($1, name "{") == 1 { sum += $NF } END { printf "%.6f\n", sum }' \
    "$WORK/metrics.txt"
}
POLLERS=("$BASE")
scrape() {
  local base
  : > "$WORK/metrics.txt"
  for base in "${POLLERS[@]}"; do
    curl -sf --max-time 10 "$base/q/metrics" >> "$WORK/metrics.txt" || die "no metrics at $base/q/metrics"
  done
}

# fired_per_replica: each poller's aftersales_timer_fired_total since it started, as ":PORT COUNT".
fired_per_replica() {
  for base in "${POLLERS[@]}"; do
    curl -sf --max-time 10 "$base/q/metrics" | awk -v b="${base##*:}" '$1 ~ /^aftersales_timer_fired_total/ { n += $NF }
      END { printf ":%s %d  ", b, n }'
  done
}

# start_replica: a second ticket-service, started as the first one was (its command line and environment, read from
# /proc) but on REPLICA_PORT; ready within 180 s or the run stops.
start_replica() {
  local pid
  pid=$(listener "${BASE##*:}")
  [[ -n $pid && -r /proc/$pid/environ ]] || die "no ticket-service process listens on ${BASE##*:}"
  local -a environment command
  mapfile -d '' environment < "/proc/$pid/environ"
  mapfile -d '' command < "/proc/$pid/cmdline"
  [[ -z $(listener "$REPLICA_PORT") ]] || die "port $REPLICA_PORT is taken: set REPLICA_PORT"
  (cd "/proc/$pid/cwd" && exec env -i "${environment[@]}" QUARKUS_HTTP_PORT="$REPLICA_PORT" "${command[@]}") \
    > "$WORK/replica.log" 2>&1 &
  REPLICA_PID=$!
  for _ in $(seq 1 1800); do
    curl -fs -o /dev/null --max-time 1 "http://localhost:$REPLICA_PORT/q/health/ready" && break
    kill -0 "$REPLICA_PID" 2> /dev/null || die "the second replica died: $(tail -5 "$WORK/replica.log")"
    sleep 0.1
  done
  curl -fs -o /dev/null --max-time 1 "http://localhost:$REPLICA_PORT/q/health/ready" \
    || die "the second replica was not ready within 180 s"
  POLLERS+=("http://localhost:$REPLICA_PORT")
  say "second ticket-service replica ready on :$REPLICA_PORT (pid $REPLICA_PID)"
}

WORK=$(mktemp -d)
trap 'cleanup; rm -rf "$WORK"' EXIT
sql "select 1" > /dev/null \
  || die "cannot reach the ticket database at $PGHOST:$PGPORT/$PGDATABASE (is deploy/local/up.sh running?)"
cleanup
purge_mail
((REPLICAS == 1)) || start_replica
scrape

if [[ $MODE == real ]]; then
  SERIAL="SN-TIMERS-$(date +%s)-$$"
  TEMPLATE=$(curl -sf --max-time 10 -H "Authorization: Bearer $(token agent)" -H 'Content-Type: application/json' \
    -d "{\"deviceSerial\":\"$SERIAL\",\"customerOrganisation\":\"dealer-a/customer-a\",
         \"description\":\"定时器基准：超时未响应\",\"faultLevel\":\"MAJOR\",\"channel\":\"HOTLINE\",
         \"faultType\":\"HARDWARE\",\"contact\":{\"name\":\"王工\",\"phone\":\"+86 138 0000 0000\"}}" \
    "$BASE/api/v1/tickets" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4) \
    || die "could not create the template ticket"
  [[ -n $TEMPLATE ]] || die "the template ticket's answer carried no id"
  say "copying template ticket $TEMPLATE $((K + W)) times (ticket, terms, RESPONSE clock started 30 days ago)"
  # Every column copied as it is (jsonb_populate_record), but the ids, the serial and the clock's times. The first
  # W copies are the warm-up's.
  sql "create table $COPIES as select gen_random_uuid() as ticket_id, gen_random_uuid() as clock_id, j, j <= $W as warm
         from generate_series(1, $K + $W) j;
       insert into ticket select (jsonb_populate_record(null::ticket, to_jsonb(t)
           || jsonb_build_object('id', c.ticket_id, 'version', 0))).*
         from ticket t cross join $COPIES c where t.id = '$TEMPLATE';
       insert into ticket_terms select (jsonb_populate_record(null::ticket_terms, to_jsonb(x)
           || jsonb_build_object('ticket_id', c.ticket_id))).*
         from ticket_terms x cross join $COPIES c where x.ticket_id = '$TEMPLATE';
       insert into ticket_clock select (jsonb_populate_record(null::ticket_clock, to_jsonb(k)
           || jsonb_build_object('id', c.clock_id, 'ticket_id', c.ticket_id, 'started_at', now() - interval '30 days',
                                 'deadline', now() - interval '29 days', 'warning_at', now() - interval '29 days'))).*
         from ticket_clock k cross join $COPIES c where k.ticket_id = '$TEMPLATE' and k.target = 'RESPONSE';
       analyze ticket; analyze ticket_clock"
fi

say "writing $P open deadlines (due in 30 days to a year)"
START=$(date +%s.%N)
sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
     select gen_random_uuid(), '$KIND', '$PREFIX' || lpad(to_hex(i), 12, '0'),
            now() + interval '30 days' + random() * interval '335 days', 0, now()
     from generate_series(1, $P) i;
     analyze timer"
say "written in $(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s;" \
  "open timers now: $(sql "select count(*) from timer")"

if ((W > 0)); then
  say "warming up: $W deadlines of kind $KIND due an hour ago, not counted"
  if [[ $MODE == real ]]; then
    sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
         select gen_random_uuid(), '$KIND', clock_id::text, now() - interval '1 hour', 0, now() from $COPIES where warm"
  else
    sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
         select gen_random_uuid(), '$KIND', '$PREFIX' || lpad(to_hex($P + $K + j), 12, '0'), now() - interval '1 hour',
                0, now()
         from generate_series(1, $W) j"
  fi
  WARM_UNTIL=$(($(date +%s) + T))
  # Every deadline of the kind that is overdue by half an hour or more: the warm-up's, and any an earlier run left.
  while (($(sql "select count(*) from timer where kind = '$KIND' and due_at < now() - interval '30 minutes'") > 0)); do
    (($(date +%s) < WARM_UNTIL)) || die "the warm-up's deadlines still pending after the $T s limit"
    sleep 0.2
  done
  ((REPLICAS == 1)) || say "warm-up fired per replica: $(fired_per_replica)"
fi

scrape
FIRED0=$(metric aftersales_timer_fired_total) FAILED0=$(metric aftersales_timer_failed_total)
COUNT0=$(metric aftersales_timer_lateness_seconds_count) SUM0=$(metric aftersales_timer_lateness_seconds_sum)

# Where the machine's CPU goes while the K fire (cpu_ticks in lib.sh): each part of the stack, the replica too.
read -ra PARTS <<< "$(stack_parts "${BASE##*:}")"
((REPLICAS == 1)) || PARTS+=(ticket-replica:"$REPLICA_PORT")
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.before"
CPU_FROM=$(date +%s.%N)

# The K deadlines fall due from DUE0 (3 s from now, time enough to write them) over S seconds.
DUE0=$(awk -v now="$(date +%s.%N)" 'BEGIN { printf "%.3f", now + 3 }')
DUE1=$(awk -v d="$DUE0" -v s="$S" 'BEGIN { printf "%.3f", d + s }')
if [[ $MODE == real ]]; then
  sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
       select gen_random_uuid(), '$KIND', clock_id::text, to_timestamp($DUE0 + $S * (j - 1)::float8 / $K), 0, now()
       from $COPIES where not warm"
else
  sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
       select gen_random_uuid(), '$KIND', '$PREFIX' || lpad(to_hex($P + j), 12, '0'),
              to_timestamp($DUE0 + $S * (j - 1)::float8 / $K), 0, now()
       from generate_series(1, $K) j"
fi
[[ $(awk -v d="$DUE0" -v now="$(date +%s.%N)" 'BEGIN { print (now < d) }') == 1 ]] \
  || die "writing the $K due deadlines took longer than 3 s: use a smaller -k"
say "$K deadlines fall due $([[ $S == 0 ]] && echo "all at once" || echo "evenly over $S s"), $P others open"

# Watch the due window drain through the due_at index (cheap), about every 0.1 s. The poller fires the earliest
# first (batch by batch; within a batch of 200 from a random place), so what is left is the latest-due part of the
# K: the deadlines gone between two looks fired in between, and each one's lateness is taken as the time of the
# later look minus its due time (an upper bound, off by at most one look and within a batch by its order).
DEADLINE=$(awk -v d="$DUE1" -v t="$T" 'BEGIN { printf "%d", d + t }')
while :; do
  left=$(sql "select count(*) from timer
              where kind = '$KIND' and due_at between to_timestamp($DUE0) and to_timestamp($DUE1)")
  echo "$(date +%s.%N) $left" >> "$WORK/drain.txt"
  [[ $left != 0 ]] || break
  (($(date +%s) < DEADLINE)) || die "$left of $K deadlines still pending after the $T s limit"
  sleep 0.1
done
cpu_ticks "${PARTS[@]}" > "$WORK/cpu.after"
CPU_SECONDS=$(awk -v f="$CPU_FROM" -v t="$(date +%s.%N)" 'BEGIN { printf "%.1f", t - f }')
awk -v k="$K" -v s="$S" -v due0="$DUE0" '
  { for (j = k - prev + 1; j <= k - $2; j++) printf "%.3f\n", $1 - (due0 + s * (j - 1) / k); prev = $2 }
  BEGIN { prev = k }' "$WORK/drain.txt" | sort -g > "$WORK/lateness.txt"

scrape
awk -v k="$K" -v p="$P" -v s="$S" -v due0="$DUE0" -v due1="$DUE1" \
    -v fired="$(metric aftersales_timer_fired_total)" -v fired0="$FIRED0" \
    -v failed="$(metric aftersales_timer_failed_total)" -v failed0="$FAILED0" \
    -v count="$(metric aftersales_timer_lateness_seconds_count)" -v count0="$COUNT0" \
    -v sum="$(metric aftersales_timer_lateness_seconds_sum)" -v sum0="$SUM0" '
  FILENAME ~ /drain/ { if (first == "" && $2 < k) first = $1; last = $1; next }
  { late[++n] = $1 }
  END {
    printf "[bench] fired: %d (poller metric; failed: %d), with %d other deadlines open\n",
      fired - fired0, failed - failed0, p
    printf "[bench] first seen fired %.2f s after the first due time, all fired %.2f s after the last one\n",
      first - due0, last - due1
    if (s == 0 && last > first) printf "[bench] fired/s while draining the burst: %.0f\n", k / (last - first)
    if (s > 0) printf "[bench] offered %.0f due/s over %d s\n", k / s, s
    if (count > count0) printf "[bench] lateness mean (poller metric): %.3f s\n", (sum - sum0) / (count - count0)
    split("50 90 99 100", ps, " ")
    line = "[bench] lateness (seen from the database, within one look):"
    for (q = 1; q <= 4; q++) { idx = int(ps[q] / 100 * n + 0.999999); if (idx < 1) idx = 1
      line = line sprintf(" p%s %.2f s", ps[q], late[idx]) }
    print line
  }' "$WORK/drain.txt" "$WORK/lateness.txt"
say "where the machine's CPU went from writing the K deadlines until the last fired (what the relay and the consumers" \
  "did after that is not in it):"
cpu_report "$WORK/cpu.before" "$WORK/cpu.after" "$CPU_SECONDS" "$K" firing
if [[ $MODE == real ]]; then
  say "the copies' clocks: $(sql "select count(*) from ticket_clock k join $COPIES c on c.clock_id = k.id
                                  where k.breached_at is not null and not c.warm") of $K marked breached, \
$(sql "select count(*) from sla_breach b join $COPIES c on c.clock_id = b.clock_id where not c.warm") breaches stored"
fi
((REPLICAS == 1)) || say "fired per replica: $(fired_per_replica)(since each replica started, warm-up included)"
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
