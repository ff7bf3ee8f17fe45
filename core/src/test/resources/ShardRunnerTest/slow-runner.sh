#!/bin/sh
# A runner that writes its reports over time, as Surefire does (one file per class, when the class
# ends): a failing class first, then it waits for the file "go" in its shard directory (at most
# 30 s) before it writes a passing class and exits. $1: where to write, default PARALLEL_TESTS_REPORTS.
set -eu
dir="${1:-$PARALLEL_TESTS_REPORTS}"
mkdir -p "$dir"
printf '<?xml version="1.0"?>\n<testsuite name="a.FirstTest" tests="2"><testcase classname="a.FirstTest" name="passes" time="0.01"/><testcase classname="a.FirstTest" name="breaks" time="0.01"><failure message="boom"/></testcase></testsuite>\n' \
  > "$dir/TEST-a.FirstTest.xml"
i=0
while [ ! -f "$PARALLEL_TESTS_OUT/go" ] && [ $i -lt 300 ]; do
  sleep 0.1
  i=$((i + 1))
done
printf '<?xml version="1.0"?>\n<testsuite name="a.SecondTest" tests="1"><testcase classname="a.SecondTest" name="works" time="0.01"/></testsuite>\n' \
  > "$dir/TEST-a.SecondTest.xml"
