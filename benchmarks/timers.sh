#!/usr/bin/env bash
# Persistent-timer benchmark (持久化定时器): with PENDING open deadlines in ticket-service's timer table, how many
# due deadlines a second the running service's TimerPoller fires and how late. Against the local stack of
# deploy/local/up.sh: writes benchmark rows straight into the ticket database with psql, watches them fire, reads
# the poller's counters from /q/metrics, and deletes every row it wrote when it ends (also on Ctrl-C).
#
# The rows are real `sla-breach` timers whose subjects are clock ids no ticket_clock has: each firing runs the
# whole poller path (due-date index scan, FOR UPDATE SKIP LOCKED, delete, handler lookup, the handler's read of
# the clock by id, commit) but finds no clock, so it stores no breach and publishes nothing.
#
#   benchmarks/timers.sh [-p PENDING] [-k DUE] [-s SPREAD] [-t SECONDS] [-u BASE_URL]
#     -p  open deadlines far in the future (30 days to a year), 0..2000000   (default 1000000)
#     -k  deadlines that fall due during the run, 1..200000                  (default 20000)
#     -s  seconds over which the K deadlines fall due, evenly, 0..600; 0 = all at once, a burst that
#         measures the most the poller fires per second (default 0)
#     -t  time limit for the K deadlines to fire, in seconds                 (default 300)
#     -u  ticket-service, localhost/127.0.0.1 only                           (default http://localhost:8081)
#   The database is PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD, by default the local stack's ticket database
#   (localhost:5432/ticket, postgres/postgres). Needs psql (Debian/Ubuntu: apt-get install postgresql-client).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

P=1000000 K=20000 S=0 T=300 BASE=http://localhost:8081
while getopts "p:k:s:t:u:h" opt; do
  case "$opt" in
    p) P=$OPTARG ;; k) K=$OPTARG ;; s) S=$OPTARG ;; t) T=$OPTARG ;; u) BASE=$OPTARG ;;
    *) usage; exit 2 ;;
  esac
done
in_range -p "$P" 0 2000000
in_range -k "$K" 1 200000
in_range -s "$S" 0 600
in_range -t "$T" 1 1800
loopback "$BASE"
local_pg ticket

# Benchmark subjects: UUIDs with a fixed prefix that no random (version 4) clock id has.
PREFIX=00000000-0000-0000-be4c-
KIND=sla-breach
cleanup() {
  sql "delete from timer where kind = '$KIND' and subject like '$PREFIX%'" && sql "vacuum analyze timer" || true
}
# metric NAME: the sum of the samples of NAME (with or without labels) on /q/metrics.
metric() {
  awk -v name="$1" '$1 == name || index($1, name "{") == 1 { sum += $NF } END { printf "%.6f\n", sum }' \
    "$WORK/metrics.txt"
}
scrape() { curl -sf --max-time 10 "$BASE/q/metrics" > "$WORK/metrics.txt" || die "no metrics at $BASE/q/metrics"; }

WORK=$(mktemp -d)
trap 'cleanup; rm -rf "$WORK"' EXIT
sql "select 1" > /dev/null \
  || die "cannot reach the ticket database at $PGHOST:$PGPORT/$PGDATABASE (is deploy/local/up.sh running?)"
scrape
cleanup

say "writing $P open deadlines (due in 30 days to a year)"
START=$(date +%s.%N)
sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
     select gen_random_uuid(), '$KIND', '$PREFIX' || lpad(to_hex(i), 12, '0'),
            now() + interval '30 days' + random() * interval '335 days', 0, now()
     from generate_series(1, $P) i;
     analyze timer"
say "written in $(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s;" \
  "open timers now: $(sql "select count(*) from timer")"

scrape
FIRED0=$(metric aftersales_timer_fired_total) FAILED0=$(metric aftersales_timer_failed_total)
COUNT0=$(metric aftersales_timer_lateness_seconds_count) SUM0=$(metric aftersales_timer_lateness_seconds_sum)

# The K deadlines fall due from DUE0 (3 s from now, time enough to write them) over S seconds.
DUE0=$(awk -v now="$(date +%s.%N)" 'BEGIN { printf "%.3f", now + 3 }')
DUE1=$(awk -v d="$DUE0" -v s="$S" 'BEGIN { printf "%.3f", d + s }')
sql "insert into timer (id, kind, subject, due_at, attempts, created_at)
     select gen_random_uuid(), '$KIND', '$PREFIX' || lpad(to_hex($P + j), 12, '0'),
            to_timestamp($DUE0 + $S * (j - 1)::float8 / $K), 0, now()
     from generate_series(1, $K) j"
[[ $(awk -v d="$DUE0" -v now="$(date +%s.%N)" 'BEGIN { print (now < d) }') == 1 ]] \
  || die "writing the $K due deadlines took longer than 3 s: use a smaller -k"
say "$K deadlines fall due $([[ $S == 0 ]] && echo "all at once" || echo "evenly over $S s"), $P others open"

# Watch the due window drain through the due_at index (cheap), about every 0.1 s. The poller fires the earliest
# first, so what is left is always the latest-due part of the K: the deadlines gone between two looks fired in
# between, and each one's lateness is taken as the time of the later look minus its due time (an upper bound,
# off by at most one look).
DEADLINE=$(awk -v d="$DUE1" -v t="$T" 'BEGIN { printf "%d", d + t }')
while :; do
  left=$(sql "select count(*) from timer where due_at between to_timestamp($DUE0) and to_timestamp($DUE1)")
  echo "$(date +%s.%N) $left" >> "$WORK/drain.txt"
  [[ $left != 0 ]] || break
  (($(date +%s) < DEADLINE)) || die "$left of $K deadlines still pending after the $T s limit"
  sleep 0.1
done
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
