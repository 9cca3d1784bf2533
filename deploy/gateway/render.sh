#!/usr/bin/env bash
# Renders the API gateway's standalone nginx config from nginx.conf.template and routes.tsv.
# Plain bash + awk; see README.md. Run with --help for the options.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Fixed by the API's contract (README.md); change them here, not per deployment.
MAX_BODY=1m                 # nginx client_max_body_size: larger request bodies answer 413
MAX_BODY_HUMAN="1 MiB"
MAX_IMPORT_BODY=32m         # bulk imports (POST /api/v1/<resource>/import, e.g. 10,000 devices as CSV)
CORS_METHODS="GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
CORS_HEADERS="Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, Idempotency-Key, X-Request-Id"
CORS_MAX_AGE=600            # seconds a browser may cache a preflight answer

# Options and their defaults.
OUT=""
PORT=8080
UPSTREAM_HOST=127.0.0.1
CORS_ORIGINS="http://localhost:3000 http://localhost:5173"
RATE=200r/s
BURST=400
DOCS="$HERE/target/swagger-ui"
ROUTES="$HERE/routes.tsv"
TEMPLATE="$HERE/nginx.conf.template"
WORKER_USER=auto

usage() {
  cat <<EOF
Usage: $(basename "$0") --out DIR [options]

Renders DIR/nginx.conf (a complete, standalone config) and DIR/docs/ (the Swagger UI) from
routes.tsv and nginx.conf.template. Everything nginx writes at run time (pid, logs/, tmp/) stays
below DIR. Start it with:  nginx -p DIR -c DIR/nginx.conf -g 'daemon off;'

  --out DIR              output directory, created if missing (required)
  --port N               port the gateway listens on                      (default: $PORT)
  --upstream-host HOST   host of every service; ports come from routes.tsv (default: $UPSTREAM_HOST)
  --cors-origins "O ..." browser origins allowed by CORS, space- or comma-separated, exact
                         scheme://host[:port]; "" allows none   (default: "$CORS_ORIGINS")
  --rate R               rate limit per client address, nginx syntax Nr/s or Nr/m  (default: $RATE)
  --burst N              requests an address may send above the rate at once  (default: $BURST)
  --docs DIR             Swagger UI assets (the unpacked org.webjars:swagger-ui webjar), or "none"
                         (default: $DOCS, made by: ./mvnw -pl deploy/gateway package)
  --user SPEC            worker user: auto (nobody + nogroup/nobody when rendering as root, none
                         otherwise), none, or USER[:GROUP]                  (default: $WORKER_USER)
  --routes FILE          route table                                        (default: routes.tsv here)
  --template FILE        config template                      (default: nginx.conf.template here)
  -h, --help             this text
EOF
}

die() { printf 'render.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  opt=$1
  case $opt in
    -h|--help) usage; exit 0 ;;
    --*=*) set -- "${opt%%=*}" "${opt#*=}" "${@:2}"; continue ;;
    --out|--port|--upstream-host|--cors-origins|--rate|--burst|--docs|--user|--routes|--template)
      [ $# -ge 2 ] || die "$opt needs a value"
      val=$2; shift 2
      case $opt in
        --out) OUT=$val ;;
        --port) PORT=$val ;;
        --upstream-host) UPSTREAM_HOST=$val ;;
        --cors-origins) CORS_ORIGINS=$val ;;
        --rate) RATE=$val ;;
        --burst) BURST=$val ;;
        --docs) DOCS=$val ;;
        --user) WORKER_USER=$val ;;
        --routes) ROUTES=$val ;;
        --template) TEMPLATE=$val ;;
      esac ;;
    *) usage >&2; die "unknown argument: $opt" ;;
  esac
done

# ---- Validation ------------------------------------------------------------------------------------
[ -n "$OUT" ] || { usage >&2; die "--out DIR is required"; }
[[ $PORT =~ ^[0-9]{1,5}$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || die "bad --port: $PORT"
[[ $UPSTREAM_HOST =~ ^([A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])$ ]] || die "bad --upstream-host: $UPSTREAM_HOST"
[[ $RATE =~ ^([1-9][0-9]*)r/([sm])$ ]] || die "bad --rate: $RATE (want e.g. 50r/s or 600r/m)"
if [ "${BASH_REMATCH[2]}" = s ]; then
  RETRY_AFTER=1
else
  RETRY_AFTER=$(( (60 + BASH_REMATCH[1] - 1) / BASH_REMATCH[1] ))   # seconds until one more request
fi
[[ $BURST =~ ^[0-9]+$ ]] || die "bad --burst: $BURST"
[ -r "$ROUTES" ] || die "route table not readable: $ROUTES"
[ -r "$TEMPLATE" ] || die "template not readable: $TEMPLATE"
[ -r "$HERE/docs/index.html" ] && [ -r "$HERE/docs/swagger-initializer.js" ] || die "missing $HERE/docs/"
if [ "$DOCS" != none ] && [ ! -r "$DOCS/swagger-ui-bundle.js" ]; then
  die "no Swagger UI assets in $DOCS: build them with './mvnw -pl deploy/gateway package' or pass --docs none"
fi

CORS_ORIGIN_LINES=""
for origin in ${CORS_ORIGINS//,/ }; do
  [[ $origin =~ ^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]] || die "bad CORS origin: $origin (want scheme://host[:port])"
  CORS_ORIGIN_LINES+="        \"$origin\" 1;"$'\n'
done

case $WORKER_USER in
  auto)
    if [ "$(id -u)" = 0 ]; then
      if grep -q '^nogroup:' /etc/group 2>/dev/null; then USER_DIRECTIVE="user nobody nogroup;"
      else USER_DIRECTIVE="user nobody nobody;"; fi
    else
      USER_DIRECTIVE="# Rendered as a non-root user: no 'user' directive (it only works for a root master)."
    fi ;;
  none) USER_DIRECTIVE="# No 'user' directive: workers run as the user that starts nginx." ;;
  *)
    [[ $WORKER_USER =~ ^[a-z_][a-z0-9_-]*(:[a-z_][a-z0-9_-]*)?$ ]] || die "bad --user: $WORKER_USER"
    if [[ $WORKER_USER == *:* ]]; then USER_DIRECTIVE="user ${WORKER_USER%%:*} ${WORKER_USER#*:};"
    else USER_DIRECTIVE="user $WORKER_USER;"; fi ;;
esac

# ---- Output directory --------------------------------------------------------------------------------
mkdir -p "$OUT/logs" "$OUT/tmp"
OUT=$(cd "$OUT" && pwd)
[[ $OUT =~ ^[A-Za-z0-9/._+-]+$ ]] || die "--out path must be plain (letters, digits, / . _ + -): $OUT"
GEN=$(mktemp -d "$OUT/.render.XXXXXX")
trap 'rm -rf "$GEN"' EXIT

# ---- The route table -> config blocks ----------------------------------------------------------------
awk -v host="$UPSTREAM_HOST" -v gen="$GEN" '
  function fail(msg) { printf "render.sh: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"; bad = 1; exit 1 }
  /^[ \t]*(#|$)/ { next }
  {
    if (NF != 3) fail("want 3 fields <resource> <service> <port>, got " NF)
    r = $1; s = $2; p = $3
    if (r !~ /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/) fail("bad resource name: " r)
    if (s !~ /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/) fail("bad service name: " s)
    if (p !~ /^[0-9]+$/ || p < 1 || p > 65535) fail("bad port: " p)
    if (r in owner) fail("resource " r " listed twice")
    owner[r] = s
    if (!(s in port)) { port[s] = p; order[++n] = s; resources[s] = r }
    else {
      if (port[s] != p) fail("service " s " has ports " port[s] " and " p)
      resources[s] = resources[s] "|" r
    }
  }
  END {
    if (bad) exit 1
    if (n == 0) { print "render.sh: no routes in " FILENAME > "/dev/stderr"; exit 1 }
    for (i = 1; i <= n; i++) {
      s = order[i]; alt = resources[s]; list = alt; gsub(/\|/, " ", list)
      printf "    upstream %s {\n        server %s:%s;\n        keepalive 16;\n        keepalive_timeout 60s;\n    }\n", s, host, port[s] > (gen "/UPSTREAMS")
      printf "        # %s: %s\n        location ~ ^/api/v1/(?:%s)(?:/|$) {\n            proxy_pass http://%s;\n        }\n", s, list, alt, s > (gen "/ROUTE_LOCATIONS")
      printf "        location = /docs/openapi/%s {\n            rewrite ^ /q/openapi?format=json? break;\n            proxy_pass http://%s;\n        }\n", s, s > (gen "/OPENAPI_LOCATIONS")
      printf "        \"~^/api/v1/(?:%s)(?:[/?]|$)\"  %s;\n        \"~^/docs/openapi/%s(?:\\?|$)\"  %s;\n", alt, s, s, s > (gen "/SERVICE_MAP_LINES")
      printf "    \"%s\",\n", s > (gen "/SERVICES_JS")
    }
  }
' "$ROUTES"
printf '%s' "$CORS_ORIGIN_LINES" > "$GEN/CORS_ORIGIN_LINES"

# ---- Fill the template ---------------------------------------------------------------------------------
export R_OUT="$OUT" R_PORT="$PORT" R_RATE="$RATE" R_BURST="$BURST" R_RETRY_AFTER="$RETRY_AFTER" \
  R_MAX_BODY="$MAX_BODY" R_MAX_BODY_HUMAN="$MAX_BODY_HUMAN" R_MAX_IMPORT_BODY="$MAX_IMPORT_BODY" \
  R_CORS_METHODS="$CORS_METHODS" \
  R_CORS_HEADERS="$CORS_HEADERS" R_CORS_MAX_AGE="$CORS_MAX_AGE" R_USER_DIRECTIVE="$USER_DIRECTIVE"
awk -v gen="$GEN" '
  function replace_all(s, from, to,    out, i) {
    out = ""
    while ((i = index(s, from)) > 0) { out = out substr(s, 1, i - 1) to; s = substr(s, i + length(from)) }
    return out s
  }
  BEGIN {
    split("OUT PORT RATE BURST RETRY_AFTER MAX_BODY MAX_BODY_HUMAN MAX_IMPORT_BODY CORS_METHODS CORS_HEADERS CORS_MAX_AGE USER_DIRECTIVE", names, " ")
    for (k in names) value["@@" names[k] "@@"] = ENVIRON["R_" names[k]]
  }
  /^[ \t]*@@[A-Z_]+@@[ \t]*$/ {
    name = $1; gsub(/@/, "", name)
    if (!(("@@" name "@@") in value)) {
      file = gen "/" name
      while ((getline line < file) > 0) print line
      close(file)
      next
    }
  }
  { for (v in value) $0 = replace_all($0, v, value[v]); print }
' "$TEMPLATE" > "$GEN/nginx.conf"
if grep -n '@@[A-Z_]*@@' "$GEN/nginx.conf" >&2; then die "unfilled placeholders in $TEMPLATE"; fi
{
  printf '# GENERATED by deploy/gateway/render.sh from routes.tsv and nginx.conf.template: do not edit.\n'
  printf '# render.sh --out %s --port %s --upstream-host %s --cors-origins "%s" --rate %s --burst %s --docs %s\n' \
    "$OUT" "$PORT" "$UPSTREAM_HOST" "$CORS_ORIGINS" "$RATE" "$BURST" "$DOCS"
  cat "$GEN/nginx.conf"
} > "$OUT/nginx.conf"

# ---- /docs: Swagger UI assets + our page and initializer -------------------------------------------------
rm -rf "$OUT/docs"
mkdir -p "$OUT/docs"
if [ "$DOCS" != none ]; then
  cp -R "$DOCS/." "$OUT/docs/"
fi
cp "$HERE/docs/index.html" "$OUT/docs/index.html"
awk -v list="$GEN/SERVICES_JS" '
  /\/\/ BEGIN services/ { print; skipping = 1; next }
  /\/\/ END services/ {
    print "  const services = ["
    while ((getline line < list) > 0) print line
    print "  ];"
    skipping = 0
  }
  !skipping { print }
' "$HERE/docs/swagger-initializer.js" > "$OUT/docs/swagger-initializer.js"
grep -q 'const services' "$OUT/docs/swagger-initializer.js" || die "no BEGIN/END services markers in docs/swagger-initializer.js"

# Workers (possibly 'nobody') read docs/ and write tmp/; nginx itself creates tmp/* with the right owner.
chmod 755 "$OUT" "$OUT/tmp" "$OUT/logs"
chmod -R a+rX "$OUT/docs"
if [[ $USER_DIRECTIVE == user* ]]; then
  dir=$(dirname "$OUT")
  while [ "$dir" != / ]; do
    if [ -z "$(find "$dir" -maxdepth 0 -perm -0001 2>/dev/null)" ]; then
      printf 'render.sh: warning: %s is not searchable by other users; the worker user (%s) will not\n' "$dir" "${USER_DIRECTIVE#user }" >&2
      printf 'render.sh: warning: reach %s/docs or %s/tmp. Render elsewhere (e.g. below /tmp) or pass --user none.\n' "$OUT" "$OUT" >&2
      break
    fi
    dir=$(dirname "$dir")
  done
fi

printf 'render.sh: wrote %s/nginx.conf (listen %s, upstreams on %s, rate %s burst %s)\n' "$OUT" "$PORT" "$UPSTREAM_HOST" "$RATE" "$BURST"
printf 'render.sh: start:  nginx -p %s -c %s/nginx.conf -g '"'"'daemon off;'"'"'\n' "$OUT" "$OUT"
