#!/usr/bin/env bash
# REST benchmark of 三包 decisions: POST /api/v1/claims against a running warranty-service (the local stack of
# deploy/local/up.sh). Registers one device, then fires N claims with bounded concurrency (curl --parallel) and
# prints decisions per second and latency percentiles. Loopback only; bounded in count and time.
#
#   benchmarks/rest-claims.sh [-n CLAIMS] [-c CONCURRENCY] [-t SECONDS] [-u BASE_URL]
#     -n  claims to send, 1..20000            (default 1000)
#     -c  requests in flight, 1..64           (default 8)
#     -t  whole-run time limit in seconds     (default 120; each request at most 10 s)
#     -u  base URL, localhost/127.0.0.1 only  (default http://localhost:8082, warranty-service itself; the gateway
#         :8080 rate-limits per client and answers most of a burst with 429)
#   KEYCLOAK (default http://localhost:8180) gives the token: aftersales-cli password grant, user agent / demo123.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

burst_options http://localhost:8082 "$@"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TOKEN=$(token agent)

SERIAL="SN-BENCH-$(date +%s)-$$"
DEVICE=$(curl -sf --max-time 10 -X POST "$BASE/api/v1/devices" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"serialNumber\":\"$SERIAL\",\"model\":\"TV-55\",\"brand\":\"长虹\",\"customerOrganisation\":\"dealer-a/customer-a\",\"invoiceDate\":\"2026-06-01\"}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/') || die "could not register a device at $BASE"

# Two earlier failed repairs of the same fault: every claim runs the whole engine and ends in 1995.R3 (refund).
cat > "$WORK/claim.json" <<JSON
{"deviceId":"$DEVICE","productCategory":"colour-tv","price":3999.00,"component":"power-supply",
 "fault":{"code":"NO-PICTURE"},"claimedAt":"2026-09-20T02:00:00Z",
 "repairs":[{"startedAt":"2026-09-01T01:00:00Z","endedAt":"2026-09-02T01:00:00Z","faultCode":"NO-PICTURE"},
            {"startedAt":"2026-09-10T01:00:00Z","endedAt":"2026-09-11T01:00:00Z","faultCode":"NO-PICTURE"}]}
JSON

say "$N claims, $C in flight, at most $T s, against $BASE (device $DEVICE)"
post_burst "$BASE/api/v1/claims" "$WORK/claim.json" "$N" "$C" "$T" "$TOKEN" "$WORK"
burst_report "$WORK" "$N" decisions
