#!/bin/sh
# A tiny test runner: writes one JUnit XML report per unit, given as arguments or (with none)
# read from $PARALLEL_TESTS_UNITS. A unit whose name contains "Failing" fails; one whose name
# contains "Skipped" is reported skipped (as a disabled test is: no time); one whose name contains
# "Silent" is skipped without a word, as a runner whose filter matched nothing does.
set -eu
if [ $# -eq 0 ]; then
  set -- $(cat "$PARALLEL_TESTS_UNITS")
fi
env | grep '^PARALLEL_TESTS_' | sort > "$PARALLEL_TESTS_OUT/env.txt"
for unit in "$@"; do
  case "$unit" in
    *Silent*) continue ;;
    *Skipped*) body="<testcase classname=\"$unit\" name=\"later\" time=\"0\"><skipped/></testcase>" ;;
    *Failing*) body="<testcase classname=\"$unit\" name=\"works\" time=\"0.01\"><failure message=\"boom\"/></testcase>" ;;
    *) body="<testcase classname=\"$unit\" name=\"works\" time=\"0.01\"/>" ;;
  esac
  printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="1">%s</testsuite>\n' "$unit" "$body" \
    > "${REPORTS_TO:-$PARALLEL_TESTS_REPORTS}/TEST-$unit.xml"
  echo "ran $unit"
done
