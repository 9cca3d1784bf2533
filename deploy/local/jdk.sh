# Sourced by deploy/local/up.sh and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME.
# JAVA_HOME wins when it is one; else the newest under /usr/lib/jvm (this machine kind ships
# Temurin 25 there beside Debian's JDK 17).

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

use_jdk() {
  local jdk
  jdk=$(find_jdk) || return 1
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
