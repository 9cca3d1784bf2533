#!/usr/bin/env bash
# Notification benchmark (issue 13): how many aftersales.ticket.sla-breached.v1 events a second notification-service
# handles, and how long from the event's row in ticket-service's outbox to the messages stored for it, against the
# running local stack of deploy/local/up.sh. Writes the events straight into ticket-service's outbox_event table
# with psql at a paced rate (batches every 0.1 s, each row its own CloudEvent shaped as the committed example
# platform/events/src/test/resources/contracts/aftersales.ticket.sla-breached.v1.json, with its own event and
# ticket id and the times of now); ticket-service's relay publishes them to aftersales.ticket, and
# notification-service applies each once: the breach's rules store its messages (the manager: in-app and email,
# SMS where a vendor is configured; the duty agent: in-app) in one transaction and send them from their timers.
# Waits until every event has its messages stored and its in-app messages sent, then prints from the databases'
# own times:
#   outbox → messages stored    message.created_at (notification-service's consumer transaction) minus
#                               outbox_event.timestamp (the row's insert);
#   outbox → on the topic       outbox_event.published_at (broker acknowledged) minus the same;
#   outbox → in-app sent        the last of the event's in-app messages finished (in the inbox).
# Rows written by psql do not wake the relay as ticket-service's own commits do (OutboxRelay.wake): they are picked
# up by its poll (aftersales.outbox.poll-interval, 1 s), so each latency includes up to 1 s of poll wait: an upper
# bound of what a breach recorded by ticket-service itself sees. The events are about tickets no service has, for a
# customer organisation of the run's own (dealer-bench/run-…), so no partner webhook or customer inbox hears of
# them; the manager's mailbox on the local GreenMail gets one mail per event, and the rows stay, as events.sh's do.
# Loopback only; bounded in time (the load, then at most WAIT s for the messages).
#
#   benchmarks/notifications.sh [-r RATE] [-d SECONDS] [-t WAIT] [-b SECONDS]
#     -r  events written a second, 10..2000                                     (default 500)
#     -d  seconds of load, 5..300                                               (default 20)
#     -t  seconds to wait for the last events' messages, 10..900                (default 180)
#     -b  seconds of pgbench -N (scale 20, 8 clients) run first, the reference; 0 = none (default 10)
#   PGHOST… default to the stack's PostgreSQL (databases ticket and notification, postgres/postgres). Needs psql.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

R=500 D=20 WAIT=180 B=10
while getopts "r:d:t:b:h" opt; do
  case "$opt" in
    r) R=$OPTARG ;; d) D=$OPTARG ;; t) WAIT=$OPTARG ;; b) B=$OPTARG ;;
    *) usage; exit 2 ;;
  esac
done
in_range -r "$R" 10 2000
in_range -d "$D" 5 300
in_range -t "$WAIT" 10 900
in_range -b "$B" 0 300
local_pg ticket
BREACHED=aftersales.ticket.sla-breached.v1

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sql "select 1" > /dev/null || die "cannot reach the ticket database at $PGHOST:$PGPORT (is deploy/local/up.sh running?)"
sql "select 1" notification > /dev/null || die "cannot reach the notification database at $PGHOST:$PGPORT"
purge_mail
ORG="dealer-bench/run-$(date +%s)-$$"
PER_BATCH=$(((R + 9) / 10))
BATCHES=$((D * 10))
TOTAL=$((PER_BATCH * BATCHES))

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "commit: $(git -C "$(dirname "$0")" rev-parse --short HEAD 2> /dev/null || echo unknown)"
PGBENCH_TPS=0
((B == 0)) || pgbench_reference 20 8 "$B"

# One psql session writes the batches, each its own transaction, batch k at START + k/10 s: the rows' timestamp is
# the insert's clock time, the start of the latencies.
START=$(date +%s.%N)
{
  for ((k = 0; k < BATCHES; k++)); do
    cat <<SQL
select pg_sleep(greatest(0, $START + $k * 0.1 - extract(epoch from clock_timestamp())));
insert into outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp)
select e.id, 'ticket', e.ticket::text, '$BREACHED',
       jsonb_build_object('specversion', '1.0', 'id', e.id, 'source', '/ticket-service', 'type', '$BREACHED',
         'subject', e.ticket, 'time', e.at, 'datacontenttype', 'application/json',
         'data', jsonb_build_object('ticketId', e.ticket, 'customerOrganisation', '$ORG',
           'contractId', '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', 'target', 'ON_SITE', 'serviceLevel', 'A',
           'targetTime', 'PT2H', 'startedAt', e.started, 'deadline', e.at, 'at', e.at,
           'consequence', 'PERCENT_OF_CONTRACT_PRICE 1%')),
       clock_timestamp()
from (select gen_random_uuid() as id, gen_random_uuid() as ticket,
             to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
             to_char((clock_timestamp() - interval '2 hours') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
               as started
      from generate_series(1, $PER_BATCH)) e;
SQL
  done
} > "$WORK/load.sql"
say "writing $TOTAL $BREACHED events into ticket-service's outbox, $PER_BATCH every 0.1 s for $D s ($ORG)"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 -f "$WORK/load.sql" > /dev/null
WRITTEN=$(date +%s.%N)
say "written in $(awk -v s="$START" -v e="$WRITTEN" -v n="$TOTAL" \
  'BEGIN { printf "%.1f s: %.0f events/s written", e - s, n / (e - s) }')"

EVENTS="select id, extract(epoch from timestamp) * 1000, extract(epoch from published_at) * 1000 from outbox_event
  where type = '$BREACHED' and payload #>> '{data,customerOrganisation}' = '$ORG'"
# Per event: its first message stored, how many in-app messages, how many still to send, when the last was sent.
MESSAGES="select event_id, extract(epoch from min(created_at)) * 1000,
    count(*) filter (where channel = 'IN_APP'), count(*) filter (where channel = 'IN_APP' and state = 'PENDING'),
    extract(epoch from max(finished_at) filter (where channel = 'IN_APP')) * 1000
  from message where event_type = '$BREACHED' and customer_organisation = '$ORG' group by event_id"
say "waiting (at most $WAIT s) until notification-service stored the messages of all $TOTAL events"
DEADLINE=$(($(date +%s) + WAIT))
while :; do
  sql "$MESSAGES" notification | tr '|' ' ' > "$WORK/messages.txt"
  read -r applied undelivered <<< "$(awk '{ n++; if ($3 == 0 || $4 > 0) u++ } END { printf "%d %d\n", n, u }' \
    "$WORK/messages.txt")"
  ((applied < TOTAL || undelivered > 0)) || break
  (($(date +%s) < DEADLINE)) || die "after $WAIT s: $applied of $TOTAL events applied by notification-service," \
    "$undelivered with in-app messages to send"
  sleep 0.5
done
sql "$EVENTS" | tr '|' ' ' > "$WORK/events.txt"
say "all $TOTAL events applied, their messages stored and their in-app messages sent"

# One line per event: written, published, messages stored, in-app sent (epoch ms).
awk 'FILENAME ~ /messages/ { stored[$1] = $2; sent[$1] = $5; next }
     stored[$1] != "" { print $2, $3, stored[$1], sent[$1] }' "$WORK/messages.txt" "$WORK/events.txt" \
  > "$WORK/times.txt"
awk -v r="$R" -v ref="$PGBENCH_TPS" '
  NR == 1 || $1 < first { first = $1 } NR == 1 || $3 > last { last = $3 } { n++ }
  END {
    printf "[bench] events handled: %d in %.2f s (first row written to last messages stored): %.1f/s",
      n, (last - first) / 1000, n / ((last - first) / 1000)
    printf " (%d/s offered)\n", r
    if (ref > 0) printf "[bench] pgbench -N in the same run: %.0f transactions/s\n", ref
  }' "$WORK/times.txt"
row() { printf '| %-48s | %s |\n' "$1" "$(awk "{ print $2 }" "$WORK/times.txt" | percentiles | tr '|' '\t' \
  | awk -F'\t' '{ printf "%6d | %8s | %8s | %8s | %8s", $1, $2, $3, $4, $5 }')"; }
printf '\n| %-48s | %6s | %8s | %8s | %8s | %8s |\n' "latency (ms), $R/s offered" events p50 p90 p99 max
printf '|:%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..49})" -------: ---------: ---------: ---------: ---------:
# shellcheck disable=SC2016 # the awk expressions of the rows
{
  row "outbox → on the topic (relay poll included)" '$2 - $1'
  row "outbox → messages stored in notification-service" '$3 - $1'
  row "outbox → in-app messages sent (in the inbox)" '$4 - $1'
}
[[ ! -f $WORK/rows ]] || print_table "$PGBENCH_TPS"
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
