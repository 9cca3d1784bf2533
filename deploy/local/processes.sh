# Sourced by deploy/local/up.sh and down.sh. Every part of the local stack runs in its own session (setsid), so its
# process group is the part: its launcher and whatever the launcher started (a postmaster, a broker JVM, Keycloak's JVM).

# stop_group PID: stops what is left in the process group PID (whose leader has died): a fast shutdown first (SIGINT:
# PostgreSQL's fast mode, a JVM's shutdown hooks), SIGKILL after 15 s. Says whether anything was there.
stop_group() {
  local group=$1
  kill -INT -- "-$group" 2>/dev/null || return 1
  for _ in $(seq 1 30); do
    kill -0 -- "-$group" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL -- "-$group" 2>/dev/null || true
}
