# shellcheck shell=bash
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

# purge_mail: empties the local stack's GreenMail (MAIL_API, default http://127.0.0.1:8025), which keeps every mail
# in memory: the managers' mails of a few ten thousand breaches would fill its heap (a run's own mails are not kept).
purge_mail() {
  curl -sf -o /dev/null --max-time 30 -X POST "${MAIL_API:-http://127.0.0.1:8025}/api/mail/purge" \
    || say "could not purge the local mail server's mails (is it running?)"
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

# burst_report WORK_DIR N WHAT: counts, WHAT per second (201s over wall time) and latency percentiles of the 201s;
# with PGBENCH_TPS set (pgbench_reference), the rate as a share of it too.
burst_report() {
  local work=$1 n=$2 what=$3
  awk '$1 == "201" { print $2 }' "$work/results.txt" | sort -g > "$work/latencies.txt"
  awk -v wall="$(cat "$work/wall.txt")" -v n="$n" -v what="$what" -v ref="${PGBENCH_TPS:-0}" '
    { total++; if ($1 != "201") { failed[$1]++; $2 = ""; why[$1] = $0 } }
    END {
      for (code in failed) bad += failed[code]
      ok = total - bad
      printf "[bench] sent %d of %d, 201: %d, other: %d, wall %.2f s\n", total, n, ok, bad, wall
      for (code in failed) printf "[bench]   status %s: %d (%s)\n", code, failed[code], why[code]
      if (ok > 0) printf "[bench] %s/s: %.1f\n", what, ok / wall
      if (ok > 0 && ref > 0) printf "[bench] that is %.1f %% of pgbench -N (%.0f/s) in the same run\n", 100 * ok / wall / ref, ref
    }' "$work/results.txt"
  awk '{ t[NR] = $1 } END {
      if (NR == 0) exit 1
      split("50 90 99 100", ps, " ")
      for (k = 1; k <= 4; k++) { idx = int((ps[k] / 100) * NR + 0.999999); if (idx < 1) idx = 1; if (idx > NR) idx = NR
        printf "[bench] p%s: %.1f ms\n", ps[k], t[idx] * 1000 }
    }' "$work/latencies.txt"
}

# local_pg DATABASE: points psql and pgbench at the local stack's PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD
# default to localhost:5432, postgres/postgres) and DATABASE (unless PGDATABASE is set); dies unless the server is on
# this machine or psql is missing.
local_pg() {
  export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-$1}
  export PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
  [[ $PGHOST =~ ^(localhost|127\.0\.0\.1)$ ]] || die "PGHOST must be this machine, not $PGHOST"
  command -v psql > /dev/null || die "psql is missing (apt-get install postgresql-client)"
}

# sql STATEMENTS [DATABASE]: runs them with psql (unaligned, tuples only), in DATABASE or PGDATABASE.
sql() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 ${2:+-d "$2"} -c "$1"; }

# ensure_wrk: installs Debian's wrk package when wrk is missing (as root, with apt-get), else dies saying how.
ensure_wrk() {
  command -v wrk > /dev/null && return 0
  [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null || die "wrk is missing: apt-get install wrk (as root)"
  say "installing wrk from the OS packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null 2>&1; } \
    || die "could not install wrk"
}

# wrk_run LABEL URL CONNECTIONS SECONDS [NAME=VALUE...]: runs wrk (2 threads, each request at most 10 s) with
# benchmarks/wrk/request.lua against URL, the NAME=VALUEs (BENCH_TOKEN, BENCH_BODY, ...) in its environment, and
# appends "LABEL|ok|seconds|per second|p50|p99|max|errors" to $WORK/rows (ok: answers 2xx/3xx; errors: other answers
# and socket errors, both counted by wrk). Prints the row.
wrk_run() {
  local label=$1 url=$2 connections=$3 seconds=$4 threads=2 out
  shift 4
  ((connections >= threads)) || threads=$connections
  out=$(env "$@" BENCH_THREADS="$threads" wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s \
    -s "$(dirname "${BASH_SOURCE[0]}")/wrk/request.lua" "$url" 2>&1) || die "wrk failed: $out"
  awk -v label="$label" '$1 == "wrk-result" {
      ok = $2 - $4
      printf "%s|%d|%.1f|%.1f|%.1f|%.1f|%.1f|%d\n", label, ok, $3, ok / $3, $6, $7, $8, $4 + $5 }' <<< "$out" \
    | tee -a "$WORK/rows" | awk -F'|' '{ printf "[bench] %s: %s/s (p50 %s ms, p99 %s ms, %s errors)\n", $1, $4, $5, $6, $8 }'
  grep -q '^wrk-result' <<< "$out" || die "wrk printed no result: $out"
}

# print_table REFERENCE: the rows of $WORK/rows as a table, each throughput also as a share of the REFERENCE rate.
print_table() {
  awk -F'|' -v ref="$1" '
    BEGIN { printf "\n| %-52s | %9s | %7s | %9s | %8s | %8s | %8s | %6s | %9s |\n", "measure", "ok", "seconds",
              "per s", "p50 ms", "p99 ms", "max ms", "errors", "of ref." ;
            printf "|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", ":-----------------------------------------------------",
              "----------:", "--------:", "----------:", "---------:", "---------:", "---------:", "-------:", "----------:" }
    { printf "| %-52s | %9d | %7.1f | %9.1f | %8.1f | %8.1f | %8.1f | %6d | %8.1f%% |\n", $1, $2, $3, $4, $5, $6,
        $7, $8, (ref > 0 ? 100 * $4 / ref : 0) }' "$WORK/rows"
}

# percentiles: of the numbers on stdin (one a line, any order), prints "count|p50|p90|p99|max" (nearest rank).
percentiles() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "0|-|-|-|-"; exit }
      split("50 90 99", ps, " ")
      line = NR
      for (k = 1; k <= 3; k++) { i = int(ps[k] / 100 * NR + 0.999999); line = line sprintf("|%.1f", v[i < 1 ? 1 : i]) }
      printf "%s|%.1f\n", line, v[NR]
    }'
}

# pgbench_reference SCALE CLIENTS SECONDS: PostgreSQL's own limit on this machine now, the reference beside a
# service's figures: pgbench -i -s SCALE, then pgbench -N (CLIENTS clients, 2 threads, SECONDS) in a scratch database
# bench_pgbench of the server local_pg points at (created, and dropped again at the end). Appends its row to
# $WORK/rows (latency percentiles from pgbench's per-transaction log), sets PGBENCH_TPS and prints it.
pgbench_reference() {
  local scale=$1 clients=$2 seconds=$3 scratch=bench_pgbench
  command -v pgbench > /dev/null || die "pgbench is missing (apt-get install postgresql-client)"
  say "pgbench: initialising scale $scale in the scratch database $scratch"
  sql "drop database if exists $scratch" postgres
  sql "create database $scratch" postgres
  pgbench -i -q -s "$scale" "$scratch" > "$WORK/pgbench-init.txt" 2>&1 \
    || die "pgbench -i failed: $(cat "$WORK/pgbench-init.txt")"
  say "pgbench -N: $clients clients, $seconds s"
  (cd "$WORK" && pgbench -N -c "$clients" -j 2 -T "$seconds" -l --log-prefix=pglog "$scratch") \
    > "$WORK/pgbench.txt" 2>&1 || die "pgbench failed: $(cat "$WORK/pgbench.txt")"
  sql "drop database $scratch" postgres
  PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.txt" | head -1)
  [[ -n $PGBENCH_TPS ]] || die "pgbench printed no tps: $(cat "$WORK/pgbench.txt")"
  # The log's third field is each transaction's latency in µs.
  printf '%s|%s|%s|%s|%s\n' "pgbench -N, scale $scale, $clients clients (the reference)" \
    "$(cat "$WORK"/pglog.* | awk '{ print $3 / 1000 }' | percentiles)" "$seconds" "$PGBENCH_TPS" \
    "$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench.txt")" \
    | awk -F'|' '{ printf "%s|%d|%.1f|%.1f|%.1f|%.1f|%.1f|%d\n", $1, $2, $7, $8, $3, $5, $6, $9 }' >> "$WORK/rows"
  rm -f "$WORK"/pglog.*
  say "pgbench -N: $(printf "%.0f" "$PGBENCH_TPS") transactions/s"
}

# listener PORT: the pid of the process listening on local TCP PORT, or nothing.
listener() { ss -ltnpH "sport = :$1" 2> /dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }

# stack_parts [TICKET_PORT]: the local stack's parts as NAME:PORT words for cpu_ticks: the five services at up.sh's
# ports (ticket-service at TICKET_PORT when given), PostgreSQL at PGPORT (its backends with it), Kafka and Keycloak.
stack_parts() {
  echo ticket-service:"${1:-8081}" warranty-service:8082 parts-service:8083 complaint-service:8084 \
    notification-service:8085 postgresql:"${PGPORT:-5432}" kafka:9092 keycloak:"${KEYCLOAK##*:}"
}

# cpu_ticks NAME:PORT...: one line "NAME TICKS" per part: the CPU time (user + system, in clock ticks) so far of the
# process listening on PORT and of its children (PostgreSQL's backends are the postmaster's); 0 when none listens.
# One read of /proc for all the parts, so that their figures are of the same moment.
cpu_ticks() {
  local part pids=()
  for part in "$@"; do
    pids+=("${part%%:*}=$(listener "${part##*:}")")
  done
  # A process may end between the glob and its read: cat's complaint is not the run's failure.
  { cat /proc/[0-9]*/stat 2> /dev/null || :; } | awk -v parts="${pids[*]}" '
    BEGIN {
      n = split(parts, p, " ")
      for (i = 1; i <= n; i++) { split(p[i], kv, "="); name[i] = kv[1]; pid[i] = kv[2] }
    }
    { line = $0; id = $1; sub(/^.*\) /, "", line); split(line, f, " ")
      for (i = 1; i <= n; i++) if (pid[i] != "" && (id == pid[i] || f[2] == pid[i])) ticks[i] += f[12] + f[13] }
    END { for (i = 1; i <= n; i++) printf "%s %d\n", name[i], ticks[i] }'
}

# cpu_report BEFORE AFTER SECONDS COUNT WHAT: from two cpu_ticks outputs taken SECONDS apart, while COUNT WHATs were
# done: each part's share of one core and its CPU milliseconds per WHAT, then the sum (what the machine spent on one).
cpu_report() {
  join <(sort "$1") <(sort "$2") | awk -v s="$3" -v n="$4" -v what="$5" -v hz="$(getconf CLK_TCK)" '
    { ms = ($3 - $2) * 1000 / hz; total += ms
      printf "[bench] CPU %-21s %6.1f %% of a core, %6.2f ms per %s\n", $1, ms / 10 / s, n ? ms / n : 0, what }
    END { printf "[bench] CPU of the stack            %6.1f %% of a core, %6.2f ms per %s (%d in %s s)\n",
            total / 10 / s, n ? total / n : 0, what, n, s }'
}

# rss_report PORT...: for the process listening on each local PORT, one line with its resident memory (VmRSS, the
# figure issue 14's target is for), its peak, and the JVM options it was started with (those before -jar/-cp).
rss_report() {
  local port pid
  for port in "$@"; do
    pid=$(listener "$port")
    [[ -n $pid && -r /proc/$pid/status ]] || { say "RSS :$port: no process listens there"; continue; }
    say "RSS :$port (pid $pid): $(awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 }
        END { printf "%.0f MB (peak %.0f MB)", rss / 1024, hwm / 1024 }' "/proc/$pid/status"), options:" \
      "$(tr '\0' '\n' < "/proc/$pid/cmdline" | awk 'NR > 1 && /^-(jar|cp|classpath)$/ { exit } NR > 1 { printf "%s ", $0 }')"
  done
}
