#!/usr/bin/env bash
# Reading JUnit XML against the physical limit: cat to /dev/null, a bare StAX pass, and our reader
# on the same generated 100 MB Surefire-style report, interleaved (ReadLimits). Figures go to
# docs/performance.md (Reading JUnit XML).
#
# usage: scripts/read-benchmark.sh [ROUNDS] [MB]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/read-benchmark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
java -Xmx256m -cp "$jar" dev.paralleltests.benchmarks.ReadLimits "$work/report.xml" "${1:-5}" "${2:-100}"
