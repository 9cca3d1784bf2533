#!/usr/bin/env bash
# Smoke test of the rendered gateway against stub services: renders the config, starts nginx and one
# stub per service (test/stub-upstream.py), checks routing, request ids, limits, errors, CORS and /docs
# with curl, then stops exactly what it started. Needs nginx, python3 and curl; no network beyond
# 127.0.0.1. Not part of the Maven build: run it by hand after changing the template or the table.
#
#   deploy/gateway/test/smoke.sh                    # gateway on 18080, stubs on table port + 10000
#   GW_PORT=8080 PORT_OFFSET=0 deploy/gateway/test/smoke.sh   # the real ports (must be free)
#
# Environment: GW_PORT (18080), PORT_OFFSET (10000), DOCS (render.sh's default), KEEP=1 keeps the work dir.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GATEWAY=$(cd "$HERE/.." && pwd)
GW_PORT=${GW_PORT:-18080}
PORT_OFFSET=${PORT_OFFSET:-10000}
GW="http://127.0.0.1:$GW_PORT"

for tool in nginx python3 curl; do
  command -v "$tool" >/dev/null || { echo "smoke: $tool is not installed (Debian: apt-get install -y nginx python3 curl)" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/gateway-smoke.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  if [ "${KEEP:-0}" = 1 ]; then echo "smoke: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

PASSED=0
FAILED=0
ok()   { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '        %s\n' "$2"; }
check() { # check NAME CONDITION... : runs the condition as a command
  local name=$1; shift
  if "$@"; then ok "$name"; else fail "$name" "$(head -c 600 "$WORK/body" 2>/dev/null | tr '\n' ' ')"; fi
}

# request [curl args...]: status in $STATUS, headers in $WORK/headers, body in $WORK/body
request() {
  STATUS=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" 2>"$WORK/curl.err") || STATUS=000
}
header() { grep -i "^$1:" "$WORK/headers" | head -1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
has_header() { grep -qi "^$1:" "$WORK/headers"; }
body_has() { grep -qF -- "$1" "$WORK/body"; }
is() { [ "$1" = "$2" ]; }
is_problem() { # is_problem STATUS: the response is the gateway's problem document with a request id
  [ "$STATUS" = "$1" ] && header Content-Type | grep -q '^application/problem+json' \
    && body_has "\"status\":$1" && body_has '"type":"https://aftersales.example.org/problems/' \
    && body_has '"title":' && body_has '"detail":' && [ -n "$(header X-Request-Id)" ]
}

# ---- Render against a copy of the table with shifted ports ------------------------------------------
awk -v off="$PORT_OFFSET" '/^[ \t]*(#|$)/ { print; next } { printf "%s\t%s\t%d\n", $1, $2, $3 + off }' \
  "$GATEWAY/routes.tsv" > "$WORK/routes.tsv"
render_args=(--out "$WORK/gw" --port "$GW_PORT" --routes "$WORK/routes.tsv" --rate 50r/s --burst 100)
[ -n "${DOCS:-}" ] && render_args+=(--docs "$DOCS")
"$GATEWAY/render.sh" "${render_args[@]}" >/dev/null || { echo "smoke: render.sh failed" >&2; exit 1; }

echo "smoke: nginx -t"
if nginx -t -q -p "$WORK/gw" -c "$WORK/gw/nginx.conf" 2>"$WORK/nginx-t.err"; then ok "nginx -t accepts the rendered config"
else fail "nginx -t accepts the rendered config" "$(cat "$WORK/nginx-t.err")"; fi

# ---- Start the stubs and nginx ------------------------------------------------------------------------
declare -A STUB_PID SERVICE_PORT
while read -r service port; do
  python3 "$HERE/stub-upstream.py" "$service" "$port" &
  STUB_PID[$service]=$!
  SERVICE_PORT[$service]=$port
  PIDS+=($!)
done < <(awk '!/^[ \t]*(#|$)/ && !seen[$2]++ { print $2, $3 }' "$WORK/routes.tsv")

nginx -p "$WORK/gw" -c "$WORK/gw/nginx.conf" -g 'daemon off;' &
PIDS+=($!)

for _ in $(seq 100); do
  up=1
  curl -fsS -o /dev/null "$GW/health" 2>/dev/null || up=0
  for port in "${SERVICE_PORT[@]}"; do curl -sS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null || up=0; done
  [ $up = 1 ] && break
  sleep 0.1
done

echo "smoke: gateway"
request "$GW/health"
check "GET /health -> 200 {\"status\":\"UP\"}" eval '[ "$STATUS" = 200 ] && body_has "{\"status\":\"UP\"}"'

echo "smoke: routing"
request "$GW/api/v1/tickets/123?x=1"
check "/api/v1/tickets/123 -> ticket-service, path and query unchanged" \
  eval '[ "$STATUS" = 200 ] && body_has "\"service\": \"ticket-service\"" && body_has "\"path\": \"/api/v1/tickets/123?x=1\""'
request "$GW/api/v1/notifications"
check "/api/v1/notifications -> notification-service" eval '[ "$STATUS" = 200 ] && body_has "\"service\": \"notification-service\""'
wrong=""
while read -r resource service _; do
  for path in "/api/v1/$resource" "/api/v1/$resource/" "/api/v1/$resource/x/y"; do
    request "$GW$path"
    { [ "$STATUS" = 200 ] && body_has "\"service\": \"$service\"" && body_has "\"path\": \"$path\""; } || wrong+=" $path($STATUS)"
  done
done < <(awk '!/^[ \t]*(#|$)/' "$WORK/routes.tsv")
check "every row of routes.tsv routes to its service${wrong:+:$wrong}" is "$wrong" ""
request "$GW/api/v1/ticketsx"
check "/api/v1/ticketsx (not a resource) -> 404 problem" is_problem 404
request "$GW/api/v1/unknown"
check "/api/v1/unknown -> 404 problem+json with X-Request-Id" is_problem 404
check "404 problem has instance /api/v1/unknown" body_has '"instance":"/api/v1/unknown"'
request "$GW/"
check "/ -> 404 problem" is_problem 404

echo "smoke: request id and forwarding"
request "$GW/api/v1/tickets"
rid=$(header X-Request-Id)
check "a request id is generated (32 hex) and returned" eval '[[ $rid =~ ^[0-9a-f]{32}$ ]]'
check "the generated id is the one the service got" body_has "\"X-Request-Id\": \"$rid\""
check "the service's own X-Request-Id header is replaced" eval '[ "$(grep -ci "^X-Request-Id:" "$WORK/headers")" = 1 ]'
request -H 'X-Request-Id: client-abc.123' "$GW/api/v1/tickets"
check "a client X-Request-Id is passed through and returned" \
  eval '[ "$(header X-Request-Id)" = client-abc.123 ] && body_has "\"X-Request-Id\": \"client-abc.123\""'
request -H 'X-Request-Id: bad id "quoted"' "$GW/api/v1/tickets"
check "an unusable client X-Request-Id is replaced by a generated one" eval '[[ $(header X-Request-Id) =~ ^[0-9a-f]{32}$ ]]'
sleep 0.3
check "the access log has the request id" grep -q "\"request_id\":\"client-abc.123\"" "$WORK/gw/logs/access.log"
request -H 'Forwarded: for=1.2.3.4' -H 'X-Forwarded-Prefix: /evil' "$GW/api/v1/tickets"
check "Host, X-Forwarded-For/Proto/Host/Port reach the service" \
  eval 'body_has "\"Host\": \"127.0.0.1:$GW_PORT\"" && body_has "\"X-Forwarded-For\": \"127.0.0.1\"" && body_has "\"X-Forwarded-Proto\": \"http\"" && body_has "\"X-Forwarded-Port\": \"$GW_PORT\""'
check "a client's Forwarded / X-Forwarded-Prefix are not passed on" eval '! body_has "for=1.2.3.4" && ! body_has /evil'
check "upstream connections are kept alive (no Connection: close)" eval '! body_has "\"Connection\": \"close\""'

echo "smoke: body limit"
head -c $((2 * 1024 * 1024)) /dev/zero > "$WORK/2mib"
head -c $((1024 * 1024 - 1024)) /dev/zero > "$WORK/almost-1mib"
request -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/2mib" "$GW/api/v1/tickets"
check "POST 2 MiB -> 413 problem+json with X-Request-Id" is_problem 413
request -X POST -H 'Content-Type: application/octet-stream' -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/2mib" "$GW/api/v1/tickets"
check "POST 2 MiB chunked -> 413 problem+json" is_problem 413
request -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/almost-1mib" "$GW/api/v1/tickets"
check "POST just under 1 MiB -> reaches the service whole" eval '[ "$STATUS" = 200 ] && body_has "\"bodyBytes\": $((1024 * 1024 - 1024))"'

echo "smoke: CORS"
request -X OPTIONS -H 'Origin: http://localhost:3000' -H 'Access-Control-Request-Method: POST' \
  -H 'Access-Control-Request-Headers: authorization,content-type' "$GW/api/v1/tickets"
check "preflight from an allowed origin -> 204 with origin, methods, headers, max-age" \
  eval '[ "$STATUS" = 204 ] && [ "$(header Access-Control-Allow-Origin)" = http://localhost:3000 ] && header Access-Control-Allow-Methods | grep -q POST && header Access-Control-Allow-Headers | grep -q Authorization && has_header Access-Control-Max-Age && has_header X-Request-Id'
request -X OPTIONS -H 'Origin: http://evil.example' -H 'Access-Control-Request-Method: POST' "$GW/api/v1/tickets"
check "preflight from another origin -> 403 problem, no Access-Control-Allow-Origin" \
  eval 'is_problem 403 && ! has_header Access-Control-Allow-Origin && ! has_header Access-Control-Allow-Methods'
request -H 'Origin: http://localhost:5173' "$GW/api/v1/tickets"
check "GET from an allowed origin -> Allow-Origin echoed, X-Request-Id/Location/ETag exposed" \
  eval '[ "$(header Access-Control-Allow-Origin)" = http://localhost:5173 ] && header Access-Control-Expose-Headers | grep -q "X-Request-Id, Location, ETag" && header Vary | grep -q Origin'
request -H 'Origin: http://evil.example' "$GW/api/v1/tickets"
check "GET from another origin -> no CORS headers" eval '[ "$STATUS" = 200 ] && ! has_header Access-Control-Allow-Origin && ! has_header Access-Control-Expose-Headers'
request -H 'Origin: http://localhost:3000' "$GW/api/v1/unknown"
check "gateway errors carry CORS headers too (browser can read the problem)" \
  eval 'is_problem 404 && [ "$(header Access-Control-Allow-Origin)" = http://localhost:3000 ]'

echo "smoke: /docs"
request "$GW/docs"
check "/docs -> the Swagger UI page" eval '[ "$STATUS" = 200 ] && header Content-Type | grep -q text/html && body_has swagger-ui-bundle.js'
request "$GW/docs/"
check "/docs/ -> the same page" eval '[ "$STATUS" = 200 ] && body_has swagger-initializer.js'
request "$GW/docs/swagger-ui-bundle.js"
check "/docs/swagger-ui-bundle.js -> the webjar's bundle" eval '[ "$STATUS" = 200 ] && header Content-Type | grep -q javascript && [ "$(wc -c < "$WORK/body")" -gt 100000 ]'
request "$GW/docs/swagger-initializer.js"
missing=""
for service in "${!SERVICE_PORT[@]}"; do body_has "\"$service\"," || missing+=" $service"; done
check "/docs/swagger-initializer.js lists every service of routes.tsv${missing:+ (missing:$missing)}" \
  eval '[ "$STATUS" = 200 ] && [ -z "$missing" ] && body_has "\"urls.primaryName\": services[0]"'
request "$GW/docs/openapi/parts-service?foo=bar"
check "/docs/openapi/parts-service -> parts-service's /q/openapi?format=json" \
  eval '[ "$STATUS" = 200 ] && body_has "\"title\": \"parts-service\"" && body_has "\"x-requested\": \"/q/openapi?format=json\""'
request "$GW/docs/nope.js"
check "/docs/<missing file> -> 404 problem" is_problem 404

echo "smoke: service down"
kill "${STUB_PID[complaint-service]}"; wait "${STUB_PID[complaint-service]}" 2>/dev/null
request "$GW/api/v1/complaints/7"
check "complaint-service down -> 502 problem+json with X-Request-Id" is_problem 502
check "the 502 names the service" body_has '"detail":"complaint-service is not reachable."'
request "$GW/docs/openapi/complaint-service"
check "its /docs/openapi document -> 502 problem" is_problem 502

echo "smoke: rate limit"
mkdir -p "$WORK/burst"
# Each request invents a fresh bearer token: the key is the address, so inventing tokens buys no fresh bucket.
# (python3's threads send them fast enough that the bucket cannot refill meanwhile; one curl per request cannot.)
python3 - "$GW/api/v1/tickets" "$WORK/burst" > "$WORK/burst.tsv" <<'PY'
import sys, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor
url, out = sys.argv[1], sys.argv[2]
def send(i):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer invented-%d" % i})
    try:
        response = urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as refused:
        response = refused
    with open("%s/%d" % (out, i), "wb") as body:
        body.write(response.read())
    h = response.headers
    return "%d\t%s\t%s\t%s\t%s/%d" % (response.status, h.get("Content-Type", ""), h.get("Retry-After", ""),
                                      h.get("X-Request-Id", ""), out, i)
with ThreadPoolExecutor(30) as pool:
    print("\n".join(pool.map(send, range(1, 301))))
PY
n200=$(grep -c '^200'$'\t' "$WORK/burst.tsv"); n429=$(grep -c '^429'$'\t' "$WORK/burst.tsv")
echo "        burst of 300 with 300 invented tokens from one address: $n200 x 200, $n429 x 429"
check "a burst of 300 requests from one address is limited whatever tokens they carry (some 429, ~100 pass)" \
  eval '[ "$n429" -gt 0 ] && [ "$n200" -ge 100 ] && [ $((n200 + n429)) = 300 ]'
IFS=$'\t' read -r STATUS ctype retry_after rid429 file429 < <(grep '^429'$'\t' "$WORK/burst.tsv" | head -1)
printf 'Content-Type: %s\nRetry-After: %s\nX-Request-Id: %s\n' "$ctype" "$retry_after" "$rid429" > "$WORK/headers"
cp "${file429:-/dev/null}" "$WORK/body"
check "a 429 is problem+json with X-Request-Id and Retry-After (seconds)" eval 'is_problem 429 && [[ $(header Retry-After) =~ ^[0-9]+$ ]]'
# The bucket refills at 50 per second: poll (bounded) until the address is served again.
for _ in $(seq 50); do
  request "$GW/api/v1/tickets"
  [ "$STATUS" = 200 ] && break
  sleep 0.1
done
check "the address is served again once the bucket refills" is "$STATUS" 200

echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
