# Sourced by .ci/run and deploy/local/run: points JAVA_HOME at a JDK >= 21 (the machine's default
# java may be older), installing one from Debian's packages only when none is present.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! QUORUM_JDK=$(pick_jdk); then
  echo "No JDK >= 21 found; installing one from Debian's packages" >&2
  apt-get update -qq && (apt-get install -y -qq openjdk-21-jdk-headless || apt-get install -y -qq openjdk-25-jdk-headless)
  QUORUM_JDK=$(pick_jdk) || { echo "could not find or install a JDK >= 21" >&2; exit 1; }
fi
export JAVA_HOME="$QUORUM_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
