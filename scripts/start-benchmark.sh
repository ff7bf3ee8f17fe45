#!/usr/bin/env bash
# JVM start of the command line, before and after the class-data-sharing archive (cli/pom.xml):
# --help, plan (10 units) and merge (1 file), each with the archive (the launcher's default) and
# without it (PARALLEL_TESTS_JAR set to the same jar, which turns the archive off), interleaved,
# ROUNDS rounds; medians of wall and CPU time and peak memory. Figures: docs/performance.md.
#
# usage: scripts/start-benchmark.sh [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-7}"
jar="$root/cli/target/parallel-tests.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
work="$(mktemp -d "${TMPDIR:-/tmp}/start-benchmark.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/plan-benchmark/history.py" "$work/h" 10 1
mkdir -p "$work/shard"
cat >"$work/shard/TEST-a.BTest.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="a.BTest" tests="2" failures="0" time="0.3">
  <testcase classname="a.BTest" name="one" time="0.1"/>
  <testcase classname="a.BTest" name="two" time="0.2"/>
</testsuite>
XML
declare -A wall cpu mem
calls=(help plan merge)
run() { # NAME ARCHIVE(yes|no)
  local env=()
  [ "$2" = no ] && env=(env "PARALLEL_TESTS_JAR=$jar")
  case "$1" in
    help) set -- "${env[@]}" "$root/bin/parallel-tests" --help ;;
    plan) set -- "${env[@]}" "$root/bin/parallel-tests" plan --shards 4 --history "$work/h" --format json ;;
    merge) set -- "${env[@]}" "$root/bin/parallel-tests" merge --out "$work/merged.xml" "$work/shard" ;;
  esac
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1
}
for r in $(seq 1 "$rounds"); do
  for c in "${calls[@]}"; do
    for a in no yes; do
      run "$c" "$a"
      read -r w u s m <"$work/t"
      wall[$c-$a]+="$w "; cpu[$c-$a]+="$(echo "$u + $s" | bc) "; mem[$c-$a]+="$m "
    done
  done
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== medians of $rounds rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| call | wall without / with archive (s) | CPU without / with (s) | peak memory without / with (MB) |\n|---|---:|---:|---:|\n'
for c in "${calls[@]}"; do
  printf '| %s | %s / %s | %s / %s | %.0f / %.0f |\n' "$c" \
    "$(median "${wall[$c-no]}")" "$(median "${wall[$c-yes]}")" \
    "$(median "${cpu[$c-no]}")" "$(median "${cpu[$c-yes]}")" \
    "$(echo "$(median "${mem[$c-no]}")/1024" | bc -l)" "$(echo "$(median "${mem[$c-yes]}")/1024" | bc -l)"
done
