# Shared parts of the benchmark scripts (sourced, not run): messages, loopback checks, a token from the local
# Keycloak, and a burst of identical JSON POSTs sent with bounded concurrency (curl --parallel) and summed up.
# The sourcing script sets -euo pipefail and its own options.

KEYCLOAK=${KEYCLOAK:-http://localhost:8180}

die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
say() { printf '[bench] %s\n' "$*"; }

# usage: prints the calling script's header comment (after the shebang, up to the first line that is not one).
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

# in_range NAME VALUE MIN MAX: dies unless VALUE is a whole number in MIN..MAX.
in_range() {
  [[ $2 =~ ^[0-9]+$ ]] && (($2 >= $3 && $2 <= $4)) || die "$1 must be $3..$4"
}

# loopback URL...: dies unless every URL is a plain http URL on this machine.
loopback() {
  local url
  for url in "$@"; do
    [[ $url =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?(/.*)?$ ]] || die "$url is not a loopback http URL"
  done
}

# burst_options DEFAULT_BASE "$@": reads the options of a REST burst into N (-n, 1..20000, 1000), C (-c, 1..64, 8),
# T (-t seconds, 1..1800, 120) and BASE (-u, a loopback URL, DEFAULT_BASE); -h or a bad option prints the usage.
burst_options() {
  N=1000 C=8 T=120 BASE=$1
  shift
  local opt OPTIND=1
  while getopts "n:c:t:u:h" opt; do
    case "$opt" in
      n) N=$OPTARG ;; c) C=$OPTARG ;; t) T=$OPTARG ;; u) BASE=$OPTARG ;;
      *) usage; exit 2 ;;
    esac
  done
  in_range -n "$N" 1 20000
  in_range -c "$C" 1 64
  in_range -t "$T" 1 1800
  loopback "$BASE" "$KEYCLOAK"
}

# token USER: an access token from Keycloak (aftersales-cli password grant, demo password).
token() {
  curl -sf --max-time 10 -d grant_type=password -d client_id=aftersales-cli -d username="$1" -d password=demo123 \
    "$KEYCLOAK/realms/aftersales/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/' \
    || die "no token from $KEYCLOAK (is deploy/local/up.sh running?)"
}

# post_burst URL BODY_FILE N CONCURRENCY SECONDS TOKEN WORK_DIR: POSTs BODY_FILE to URL N times, CONCURRENCY in
# flight, within SECONDS in all (each request at most 10 s). Leaves "status seconds error" lines in
# WORK_DIR/results.txt and the wall time of the burst in WORK_DIR/wall.txt.
post_burst() {
  local url=$1 body=$2 n=$3 c=$4 limit=$5 bearer=$6 work=$7 i start end
  for ((i = 0; i < n; i++)); do
    ((i == 0)) || echo next
    cat <<CFG
url = "$url"
request = "POST"
header = "Authorization: Bearer $bearer"
header = "Content-Type: application/json"
data-binary = "@$body"
output = "/dev/null"
max-time = 10
write-out = "%{http_code} %{time_total} %{errormsg}\\n"
CFG
  done > "$work/requests.cfg"
  start=$(date +%s.%N)
  timeout "$limit" curl -s --no-progress-meter --parallel --parallel-max "$c" --config "$work/requests.cfg" \
    > "$work/results.txt" 2> "$work/curl.err" || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }' > "$work/wall.txt"
}

# burst_report WORK_DIR N WHAT: counts, WHAT per second (201s over wall time) and latency percentiles of the 201s.
burst_report() {
  local work=$1 n=$2 what=$3
  awk '$1 == "201" { print $2 }' "$work/results.txt" | sort -g > "$work/latencies.txt"
  awk -v wall="$(cat "$work/wall.txt")" -v n="$n" -v what="$what" '
    { total++; if ($1 != "201") { failed[$1]++; $2 = ""; why[$1] = $0 } }
    END {
      for (code in failed) bad += failed[code]
      ok = total - bad
      printf "[bench] sent %d of %d, 201: %d, other: %d, wall %.2f s\n", total, n, ok, bad, wall
      for (code in failed) printf "[bench]   status %s: %d (%s)\n", code, failed[code], why[code]
      if (ok > 0) printf "[bench] %s/s: %.1f\n", what, ok / wall
    }' "$work/results.txt"
  awk '{ t[NR] = $1 } END {
      if (NR == 0) exit 1
      split("50 90 99 100", ps, " ")
      for (k = 1; k <= 4; k++) { idx = int((ps[k] / 100) * NR + 0.999999); if (idx < 1) idx = 1; if (idx > NR) idx = NR
        printf "[bench] p%s: %.1f ms\n", ps[k], t[idx] * 1000 }
    }' "$work/latencies.txt"
}
