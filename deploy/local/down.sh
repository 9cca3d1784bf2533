#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, by the process ids it recorded, and nothing else.
# Data stays in place (up.sh --reset deletes it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${AFTERSALES_STATE:-$ROOT/.local}
# The reverse of the start order: the gateway and services first, side by side (each takes seconds to leave its
# Kafka consumer groups and, after a run that trained its AOT cache, to write it); the infrastructure last, in turn.
FRONT=(gateway notification-service complaint-service parts-service warranty-service ticket-service)
INFRASTRUCTURE=(keycloak mail kafka postgres)

say() { printf '[down] %s\n' "$*"; }
. "$ROOT/deploy/local/processes.sh"

stop() {
  local name=$1 file="$STATE/pids/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if ! kill -0 "$pid" 2>/dev/null; then
    # The recorded process died, but what it started may still serve (an orphaned postmaster or broker).
    stop_group "$pid" && say "stopped what $name (pid $pid, dead) left running"
  else
    # The part stops its own children (PostgreSQL, the Kafka broker JVM) on SIGTERM. A service that trained its AOT
    # cache in this run writes it before it exits (up.sh, ADR 0040): a minute or two more on two cores.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 180); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop within 90 s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    # Each part runs in its own session (setsid): nothing of its process group may outlive it.
    kill -KILL -- "-$pid" 2>/dev/null || true
    say "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}

for part in "${FRONT[@]}"; do stop "$part" & done
wait
for part in "${INFRASTRUCTURE[@]}"; do stop "$part"; done
