#!/usr/bin/env bash
# Merge benchmark: generates FILES JUnit XML reports of CASES cases each (default 1,000 x 100,
# spread over SHARDS shard directories), then merges them with Parallel Tests (the command line,
# bin/parallel-tests merge, JVM start included) and with junit-report-merger (npm), interleaved,
# RUNS times each, and prints wall time, CPU time and peak memory (maximum resident set size from
# GNU time) for both. Figures go to docs/performance.md (## Merging).
#
# usage: scripts/merge-benchmark.sh [FILES] [CASES] [SHARDS] [RUNS]
#        scripts/merge-benchmark.sh commons-lang [RUNS]
# The second form merges an Apache Commons Lang Surefire report set (315 files, 85,334 cases): the
# directory COMMONS_LANG_REPORTS if set (a real run's target/surefire-reports), else a synthetic
# copy of its shape (scripts/merge-benchmark/commons_lang_shape.py).
# BASELINE=DIR also runs DIR/bin/parallel-tests merge (another built checkout, e.g. of main) in
# every run, interleaved: before and after in the same run.
# needs: java 17, python3, node + npm (registry access for the first run), /usr/bin/time (GNU)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/scripts/merge-benchmark"
corpus=generated
if [ "${1:-}" = commons-lang ]; then
  corpus=commons-lang
  runs="${2:-3}"
else
  files="${1:-1000}"
  cases="${2:-100}"
  shards="${3:-10}"
  runs="${4:-3}"
fi

if [ ! -f "$root/cli/target/parallel-tests.jar" ]; then
  echo "== building the command line"
  (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
fi
if [ ! -x "$bench/node_modules/.bin/jrm" ]; then
  echo "== installing junit-report-merger (npm)"
  (cd "$bench" && npm ci --no-audit --no-fund --silent)
fi
if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/merge-benchmark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
shard_args=()
if [ "$corpus" = commons-lang ]; then
  if [ -n "${COMMONS_LANG_REPORTS:-}" ]; then
    echo "== the Commons Lang reports in $COMMONS_LANG_REPORTS"
    mkdir -p "$work/reports"
    cp -r "$COMMONS_LANG_REPORTS" "$work/reports/shard-1"
  else
    echo "== generating the shape of a Commons Lang report set (synthetic) under $work"
    python3 "$bench/commons_lang_shape.py" "$work/reports/shard-1"
  fi
  shard_args+=("$work/reports/shard-1")
  files=$(find "$work/reports" -name '*.xml' | wc -l)
  cases="$(grep -o '<testcase' -r "$work/reports" | wc -l) cases in all,"
  shards=1
else
  echo "== generating $files files x $cases cases in $shards shards under $work"
  python3 "$bench/generate.py" "$work/reports" "$files" "$cases" "$shards"
  for d in "$work"/reports/shard-*; do
    shard_args+=("$d")
  done
fi
echo "   $(du -sh "$work/reports" | cut -f1) of reports"
mb=$(du -sm "$work/reports" | cut -f1)

# measure NAME COMMAND...: runs the command under GNU time, prints "seconds peak-KB"
measure() {
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >"$work/out.log" 2>&1 || {
    local rc=$?
    # exit status 1 means "tests failed" for our merge: expected, the reports contain failures
    if [ "$rc" -ne 1 ]; then
      cat "$work/out.log" >&2
      return "$rc"
    fi
  }
  local wall rss user sys
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$log")
  # wall is [h:]m:ss.xx; CPU time (user + system) is less sensitive to a busy machine
  python3 -c "import sys; p=sys.argv[1].split(':'); s=sum(float(x)*60**i for i,x in enumerate(reversed(p))); print('%.2f %s %.2f' % (s, sys.argv[2], float(sys.argv[3]) + float(sys.argv[4])))" "$wall" "$rss" "$user" "$sys"
}

# root TOTALS of a merged file: the tests/failures attributes of its first element
root_counts() {
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
for event, el in ET.iterparse(sys.argv[1], events=("start",)):
    print("tests=%s failures=%s" % (el.get("tests"), el.get("failures")))
    break
PY
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
declare -a ours_t ours_m ours_c jrm_t jrm_m jrm_c base_t base_m base_c
for i in $(seq 1 "$runs"); do
  read -r t m c < <(measure "$root/bin/parallel-tests" merge --out "$work/ours.xml" "${shard_args[@]}")
  ours_t+=("$t"); ours_m+=("$m"); ours_c+=("$c")
  echo "   run $i  parallel-tests:      ${t} s wall, ${c} s CPU, peak ${m} KB   ($(head -1 "$work/out.log"))"
  if [ -n "${BASELINE:-}" ]; then
    read -r t m c < <(measure "$BASELINE/bin/parallel-tests" merge --out "$work/base.xml" "${shard_args[@]}")
    base_t+=("$t"); base_m+=("$m"); base_c+=("$c")
    echo "   run $i  baseline:            ${t} s wall, ${c} s CPU, peak ${m} KB   ($(cmp -s "$work/ours.xml" "$work/base.xml" && echo "same merged file" || echo "merged file DIFFERS"))"
  fi
  read -r t m c < <(measure node "$bench/node_modules/.bin/jrm" "$work/jrm.xml" "$work/reports/**/*.xml")
  jrm_t+=("$t"); jrm_m+=("$m"); jrm_c+=("$c")
  echo "   run $i  junit-report-merger: ${t} s wall, ${c} s CPU, peak ${m} KB   ($(head -1 "$work/out.log"))"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ot=$(median "${ours_t[@]}"); om=$(median "${ours_m[@]}"); oc=$(median "${ours_c[@]}")
jt=$(median "${jrm_t[@]}"); jm=$(median "${jrm_m[@]}"); jc=$(median "${jrm_c[@]}")
echo
echo "== medians of $runs runs ($files files x $cases cases, $shards shards, $mb MB; bin/parallel-tests merge)"
echo "   load average before the runs: $load"
printf '| tool | wall time (s) | CPU time (s) | peak memory (MB) | merged root |\n|---|---:|---:|---:|---|\n'
printf '| parallel-tests merge | %s | %s | %.0f | %s |\n' "$ot" "$oc" "$(echo "$om/1024" | bc -l)" "$(root_counts "$work/ours.xml")"
printf '| junit-report-merger 9.0.4 | %s | %s | %.0f | %s |\n' "$jt" "$jc" "$(echo "$jm/1024" | bc -l)" "$(root_counts "$work/jrm.xml")"
if [ -n "${BASELINE:-}" ]; then
  bt=$(median "${base_t[@]}"); bm=$(median "${base_m[@]}"); bcpu=$(median "${base_c[@]}")
  printf '| baseline (%s) | %s | %s | %.0f | %s |\n' "$BASELINE" "$bt" "$bcpu" "$(echo "$bm/1024" | bc -l)" "$(root_counts "$work/base.xml")"
  python3 -c "import sys; bt,jt,bc,jc,bm,jm=map(float,sys.argv[1:]); print('baseline:       %.1fx faster (wall), %.1fx less CPU, %.2fx the peak memory of junit-report-merger' % (jt/bt, jc/bc, bm/jm))" "$bt" "$jt" "$bcpu" "$jc" "$bm" "$jm"
fi
python3 -c "import sys; ot,jt,oc,jc,om,jm=map(float,sys.argv[1:]); print('parallel-tests: %.1fx faster (wall), %.1fx less CPU, %.2fx the peak memory of junit-report-merger' % (jt/ot, jc/oc, om/jm))" "$ot" "$jt" "$oc" "$jc" "$om" "$jm"
