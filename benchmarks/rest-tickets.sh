#!/usr/bin/env bash
# REST benchmark of ticket intake (报修): POST /api/v1/tickets against a running ticket-service (the local stack of
# deploy/local/up.sh). Fires N fault reports with bounded concurrency (curl --parallel) and prints creations per
# second and latency percentiles. Each creation stores the ticket, starts its SLA clocks with their persistent
# timers and writes the ticket-created event to the outbox. Loopback only; bounded in count and time.
#
#   benchmarks/rest-tickets.sh [-n TICKETS] [-c CONCURRENCY] [-t SECONDS] [-u BASE_URL]
#     -n  tickets to register, 1..20000       (default 1000)
#     -c  requests in flight, 1..64           (default 8)
#     -t  whole-run time limit in seconds     (default 120; each request at most 10 s)
#     -u  base URL, localhost/127.0.0.1 only  (default http://localhost:8081, ticket-service itself; the gateway
#         :8080 rate-limits per client and answers most of a burst with 429)
#   KEYCLOAK (default http://localhost:8180) gives the token: aftersales-cli password grant, user agent / demo123.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

burst_options http://localhost:8081 "$@"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TOKEN=$(token agent)

# A 二级 fault on a serial the installed base does not know: accepted, flagged, clocked by the default policy.
SERIAL="SN-BENCH-$(date +%s)-$$"
cat > "$WORK/ticket.json" <<JSON
{"deviceSerial":"$SERIAL","customerOrganisation":"dealer-a/customer-a","description":"监护仪黑屏，无法开机",
 "faultLevel":"MAJOR","channel":"HOTLINE","faultType":"HARDWARE",
 "contact":{"name":"王工","phone":"+86 138 0000 0000","department":"设备科","site":"三号楼 ICU 12 床"}}
JSON

say "$N tickets, $C in flight, at most $T s, against $BASE (serial $SERIAL)"
post_burst "$BASE/api/v1/tickets" "$WORK/ticket.json" "$N" "$C" "$T" "$TOKEN" "$WORK"
burst_report "$WORK" "$N" creations
