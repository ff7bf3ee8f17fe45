#!/bin/sh
# A test runner that misbehaves on purpose, by the name of the unit it is given (one a line in
# $PARALLEL_TESTS_UNITS). Every unit's report has one passing case "works", except as noted:
#   *Exit3*     reports written, then exit status 3
#   *Killed*    reports written, then the runner kills itself with SIGKILL
#   *Hang*      starts a child and a grandchild that sleep, records their pids, and never ends
#   *NoReport*  writes no report for the unit and exits 0
#   *Truncated* writes a report cut off in the middle of a test case, exits 0
#   *Foreign*   also writes a report for a.GoodTest, a unit it was not given, exits 0
set -eu
report() { # unit
  printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="1"><testcase classname="%s" name="works" time="0.25"/></testsuite>\n' \
    "$1" "$1" > "$PARALLEL_TESTS_REPORTS/TEST-$1.xml"
}
for unit in $(cat "$PARALLEL_TESTS_UNITS"); do
  case "$unit" in
    *NoReport*) echo "skipping $unit" ;;
    *Truncated*)
      printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="2"><testcase classname="%s" name="works" time="0.25"/><testcase classname="%s" na' \
        "$unit" "$unit" "$unit" > "$PARALLEL_TESTS_REPORTS/TEST-$unit.xml" ;;
    *Foreign*) report "$unit"; report a.GoodTest ;;
    *Hang*)
      sleep 300 &
      echo $! > "$PARALLEL_TESTS_OUT/child.pid"
      sh -c 'sleep 300 & echo $! > "$1"; wait' sh "$PARALLEL_TESTS_OUT/grandchild.pid" &
      echo "hanging on $unit"
      wait ;;
    *) report "$unit" ;;
  esac
  echo "ran $unit"
done
case "$(cat "$PARALLEL_TESTS_UNITS")" in
  *Exit3*) exit 3 ;;
  *Killed*) kill -KILL $$ ;;
esac
exit 0
