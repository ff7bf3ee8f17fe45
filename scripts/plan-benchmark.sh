#!/usr/bin/env bash
# Plan benchmark: bin/parallel-tests plan --shards 64 --history DIR --format json, the whole command
# (JVM start included), on synthetic histories (scripts/plan-benchmark/history.py): 10 units and
# 100,000 units in one recorded build, and a 5,000-unit suite with 10, 30 and 100 builds recorded
# (30: what recording's pruning keeps however many builds were recorded; docs/history-format.md).
# Every case runs once per round, rounds interleaved, so that a busy machine slows all alike;
# prints medians of wall and CPU time, the ratios, and peak memory (maximum resident set size).
# Figures go to docs/performance.md.
#
# usage: scripts/plan-benchmark.sh [ROUNDS] [EXTRA_BUILD_COUNTS...]   e.g. 5 1000
# BASELINE=DIR also runs DIR/bin/parallel-tests (another built checkout, e.g. of main) in every
# round, interleaved, and prints its table too: before and after in the same run.
# needs: java 17, python3, /usr/bin/time (GNU)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
shift || true
extra=("$@")
if [ ! -f "$root/cli/target/parallel-tests.jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/plan-benchmark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
gen="$root/scripts/plan-benchmark/history.py"
python3 "$gen" "$work/u10" 10 1
python3 "$gen" "$work/u100000" 100000 1
cases=(u10 u100000)
for b in 10 30 100 "${extra[@]}"; do
  python3 "$gen" "$work/b$b" 5000 "$b"
  cases+=("b$b")
done
echo "== histories: $(du -sh "$work" | cut -f1) under $work"

declare -A wall cpu mem bin
bin[this]="$root/bin/parallel-tests"
tools=(this)
if [ -n "${BASELINE:-}" ]; then
  bin[baseline]="$BASELINE/bin/parallel-tests"
  tools+=(baseline)
fi
echo "   load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for c in "${cases[@]}"; do
    for t in "${tools[@]}"; do
      /usr/bin/time -f "%e %U %S %M" -o "$work/t" "${bin[$t]}" plan --shards 64 \
        --history "$work/$c" --format json >"$work/out-$t.json"
      read -r w u s m <"$work/t"
      wall[$t.$c]+="$w "
      mem[$t.$c]+="$((m / 1024)) "
      cpu[$t.$c]+="$(echo "$u + $s" | bc) "
    done
    if [ -n "${BASELINE:-}" ] && ! cmp -s "$work/out-this.json" "$work/out-baseline.json"; then
      echo "   note: $c: the plans differ from the baseline's"
    fi
  done
  echo "   round $r done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "== medians of $rounds rounds (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
for t in "${tools[@]}"; do
  echo "${bin[$t]}:"
  printf '| history | wall (s) | CPU (s) | wall / 10-unit plan | CPU / 10-unit plan | peak memory (MB) |\n|---|---:|---:|---:|---:|---:|\n'
  bw=$(median "${wall[$t.u10]}")
  bc_=$(median "${cpu[$t.u10]}")
  for c in "${cases[@]}"; do
    w=$(median "${wall[$t.$c]}")
    u=$(median "${cpu[$t.$c]}")
    printf '| %s | %s | %s | %.2f | %.2f | %s |\n' "$c" "$w" "$u" "$(echo "$w/$bw" | bc -l)" \
      "$(echo "$u/$bc_" | bc -l)" "$(median "${mem[$t.$c]}")"
  done
done
