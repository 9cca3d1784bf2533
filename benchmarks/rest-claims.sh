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

N=1000 C=8 T=120 BASE=http://localhost:8082
KEYCLOAK=${KEYCLOAK:-http://localhost:8180}
while getopts "n:c:t:u:h" opt; do
  case "$opt" in
    n) N=$OPTARG ;; c) C=$OPTARG ;; t) T=$OPTARG ;; u) BASE=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
[[ $N =~ ^[0-9]+$ && $N -ge 1 && $N -le 20000 ]] || die "-n must be 1..20000"
[[ $C =~ ^[0-9]+$ && $C -ge 1 && $C -le 64 ]] || die "-c must be 1..64"
[[ $T =~ ^[0-9]+$ && $T -ge 1 && $T -le 1800 ]] || die "-t must be 1..1800"
for url in "$BASE" "$KEYCLOAK"; do
  [[ $url =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?(/.*)?$ ]] || die "$url is not a loopback http URL"
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

TOKEN=$(curl -sf --max-time 10 -d grant_type=password -d client_id=aftersales-cli -d username=agent -d password=demo123 \
  "$KEYCLOAK/realms/aftersales/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/') \
  || die "no token from $KEYCLOAK (is deploy/local/up.sh running?)"

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
for ((i = 0; i < N; i++)); do
  ((i == 0)) || echo next
  cat <<CFG
url = "$BASE/api/v1/claims"
request = "POST"
header = "Authorization: Bearer $TOKEN"
header = "Content-Type: application/json"
data-binary = "@$WORK/claim.json"
output = "/dev/null"
max-time = 10
write-out = "%{http_code} %{time_total} %{errormsg}\\n"
CFG
done > "$WORK/requests.cfg"

printf '[bench] %d claims, %d in flight, at most %d s, against %s (device %s)\n' "$N" "$C" "$T" "$BASE" "$DEVICE"
START=$(date +%s.%N)
timeout "$T" curl -s --no-progress-meter --parallel --parallel-max "$C" --config "$WORK/requests.cfg" > "$WORK/results.txt" 2> "$WORK/curl.err" || true
END=$(date +%s.%N)

awk '$1 == "201" { print $2 }' "$WORK/results.txt" | sort -g > "$WORK/latencies.txt"
awk -v start="$START" -v end="$END" -v n="$N" '
  { total++; if ($1 != "201") { failed[$1]++; $2 = ""; why[$1] = $0 } }
  END {
    for (code in failed) bad += failed[code]
    ok = total - bad
    printf "[bench] sent %d of %d, 201: %d, other: %d, wall %.2f s\n", total, n, ok, bad, end - start
    for (code in failed) printf "[bench]   status %s: %d (%s)\n", code, failed[code], why[code]
    if (ok > 0) printf "[bench] decisions/s: %.1f\n", ok / (end - start)
  }' "$WORK/results.txt"
awk '{ t[NR] = $1 } END {
    if (NR == 0) exit 1
    split("50 90 99 100", ps, " ")
    for (k = 1; k <= 4; k++) { idx = int((ps[k] / 100) * NR + 0.999999); if (idx < 1) idx = 1; if (idx > NR) idx = NR
      printf "[bench] p%s: %.1f ms\n", ps[k], t[idx] * 1000 }
  }' "$WORK/latencies.txt"
