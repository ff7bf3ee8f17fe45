#!/usr/bin/env bash
# Queue mode on a real project (docs/performance.md, "Queue mode on real suites"): one serial run
# (one shard, the reference), then static and queue mode with the same shard count and the same
# timing history, alternating, REPETITIONS times. Checks that every test case of the serial run ran
# exactly once in each merged report, and prints the wall times.
#
#   scripts/queue-run-benchmark.sh PROJECT_DIR SHARDS REPETITIONS GLOB -- COMMAND...
#
# GLOB discovers the units (class granularity), COMMAND is what each shard (static) or batch
# (queue) runs, with run's placeholders. Needs cli/target/parallel-tests.jar.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
project="$1"; shards="$2"; reps="$3"; glob="$4"; shift 4
[ "$1" = "--" ] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pt() { "$here/bin/parallel-tests" "$@"; }
cases() {  # the test cases of a merged report, one "class#name" a line, sorted
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for c in root.iter("testcase"):
    print(c.get("classname", "") + "#" + c.get("name", ""))
PY
}
failed() {  # the failed or erroring test cases of a merged report
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
bad = [c.get("classname", "") + "#" + c.get("name", "") for c in root.iter("testcase")
       if c.find("failure") is not None or c.find("error") is not None]
print(", ".join(sorted(bad)) or "none")
PY
}
# The status line's wall time in seconds: run prints 57.4s, 1m 02s or 1h 02m (core's Durations).
wall() {
  sed -n 's/.*, wall \([^)]*\)).*/\1/p' "$1" | tail -1 | awk '{
    t = 0
    for (i = 1; i <= NF; i++) {
      v = $i + 0
      if ($i ~ /h$/) t += v * 3600; else if ($i ~ /m$/) t += v * 60; else t += v
    }
    printf "%.1f\n", t
  }'
}
cd "$project"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
pt run --shards 1 --progress none --discover "$glob" --history "$work/history" --out "$work/serial" \
  -- "$@" >"$work/serial.log" 2>&1 || true
cases "$work/serial/junit.xml" | sort >"$work/serial.cases"
echo "serial: $(wc -l <"$work/serial.cases") test cases ($(sort -u "$work/serial.cases" | wc -l) distinct), wall $(wall "$work/serial.log") s, failed: $(failed "$work/serial/junit.xml")"
for i in $(seq "$reps"); do
  for mode in static queue; do
    rm -rf "$work/h-$mode"; cp -r "$work/history" "$work/h-$mode"
    pt run --mode "$mode" --shards "$shards" --progress none --discover "$glob" \
      --history "$work/h-$mode" --out "$work/$mode" -- "$@" >"$work/$mode.log" 2>&1 || true
    cases "$work/$mode/junit.xml" | sort >"$work/$mode.cases"
    if cmp -s "$work/serial.cases" "$work/$mode.cases"; then same="every test exactly once"; else
      same="DIFFERS from serial: $(diff "$work/serial.cases" "$work/$mode.cases" | grep -c '^[<>]') lines"; fi
    extra=""
    if [ "$mode" = queue ]; then
      extra=", $(grep -c '^[0-9]' <(sed -n '/^batch /,/^$/p' "$work/$mode.log") || true) batches"
      # Each batch's runner start as run measured it (wall minus reported test time): the batch
      # table's overhead column, fourth from the end (seconds below a minute).
      extra="$extra, runner starts $(sed -n '/^batch /,/^$/p' "$work/$mode.log" | awk '/^[0-9]/ {
        v = $(NF - 3); sub(/s$/, "", v); printf "%s%ss", sep, v; sep = " "}')"
    fi
    echo "run $i $mode: $(wc -l <"$work/$mode.cases") test cases, $same, wall $(wall "$work/$mode.log") s$extra, failed: $(failed "$work/$mode/junit.xml"), load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
