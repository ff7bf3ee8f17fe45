#!/usr/bin/env bash
# Measures `parallel-tests run` on the bundled example suite (docs/performance.md, "Running
# shards"): wall time unsplit (one JUnit console launcher run of every class) and with 1, 2 and 4
# shards, and the overhead per shard: from the runner starting the shard to its first test
# starting, and from its last test finishing to the runner seeing the shard end.
#
#   ./mvnw -B -DskipTests package && scripts/run-benchmark.sh [REPETITIONS]
#
# Each shard count first runs once to fill its timing history (so the plan splits by real
# timings, as from the second run on), then REPETITIONS (default 3) measured runs; the median is
# shown. Test start and end times come from the JUnit Platform's Open Test Reporting events.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-3}"
console=examples/target/junit-console/junit-platform-console-standalone.jar
[ -f "$console" ] && [ -f cli/target/parallel-tests.jar ] \
  || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
classes=$(grep -l '@Test' examples/src/test/java/dev/paralleltests/examples/shop/*Test.java \
  | sed 's#.*/##; s#\.java$##; s#^#dev.paralleltests.examples.shop.#')
console_args=(execute --disable-banner --details=none --include-engine=junit-jupiter
  --class-path=examples/target/test-classes:examples/target/classes
  --config=junit.platform.reporting.open.xml.enabled=true)

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/unsplit"
for _ in $(seq "$reps"); do
  start=$(now)
  java "${java_opts[@]}" -jar "$console" "${console_args[@]}" \
    $(printf -- '--select-class=%s ' $classes) --reports-dir="$work/unsplit-reports" >/dev/null
  echo $(( ($(now) - start) / 1000000 )) >>"$work/unsplit"
  rm -rf "$work/unsplit-reports"
done
echo "unsplit (one JVM, all classes): $(median <"$work/unsplit") ms"

for shards in 1 2 4; do
  : >"$work/wall-$shards"
  for i in $(seq 0 "$reps"); do
    start=$(now)
    bin/parallel-tests run --shards "$shards" --progress none \
      --discover 'examples/src/test/java/**/*Test.java' \
      --history "$work/history-$shards" --out "$work/out-$shards" -- \
      java "${java_opts[@]}" -jar "$console" "${console_args[@]}" \
      '--select-class={units}' '--reports-dir={reports}' >/dev/null
    ms=$(( ($(now) - start) / 1000000 ))
    if [ "$i" -gt 0 ]; then  # run 0 only fills the history
      echo "$ms" >>"$work/wall-$shards"
      python3 - "$work/out-$shards" >>"$work/overhead-$shards" <<'PY'
import glob, re, sys
from datetime import datetime
def t(s):  # ISO instant with up to nanoseconds -> seconds
    s = s.rstrip("Z")
    base, _, frac = s.partition(".")
    return datetime.fromisoformat(base).timestamp() + float("0." + (frac or "0"))
for d in sorted(glob.glob(sys.argv[1] + "/shard-*")):
    log = open(d + "/output.log").read()
    started = t(re.search(r"# started at (\S+)", log).group(1))
    ended = t(re.search(r"# ended at (\S+Z):", log).group(1))
    xml = open(glob.glob(d + "/reports/open-test-report.xml")[0]).read()
    ids = set(re.findall(r'<e:started id="(\d+)" name="[^"]*\)"', xml))
    starts = [t(m.group(2)) for m in re.finditer(r'<e:started id="(\d+)"[^>]*time="([^"]+)"', xml) if m.group(1) in ids]
    ends = [t(m.group(2)) for m in re.finditer(r'<e:finished id="(\d+)"[^>]*time="([^"]+)"', xml) if m.group(1) in ids]
    print(f"{(min(starts) - started) * 1000:.0f} {(ended - max(ends)) * 1000:.0f}")
PY
    fi
  done
  read -r first last < <(awk '{a+=$1; b+=$2; n++} END {printf "%.0f %.0f\n", a/n, b/n}' "$work/overhead-$shards")
  echo "run --shards $shards: wall $(median <"$work/wall-$shards") ms (median of $reps);" \
    "per shard: start to first test $first ms, last test to exit $last ms (mean)"
done
