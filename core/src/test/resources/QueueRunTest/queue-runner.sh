#!/bin/sh
# A tiny test runner for queue mode: one JUnit XML report per unit of $PARALLEL_TESTS_UNITS,
# each taking 0.1 s. Units named *Failing* fail; *Hang* sleep past any timeout (every attempt);
# *Crash* kill the runner with a signal on their first attempt. The catch-all batch runs
# new.NewTest, a test no plan lists.
set -eu
echo "batch $PARALLEL_TESTS_BATCH attempt $PARALLEL_TESTS_ATTEMPT catch-all $PARALLEL_TESTS_CATCH_ALL"
units=$(cat "$PARALLEL_TESTS_UNITS")
if [ "$PARALLEL_TESTS_CATCH_ALL" = true ]; then
  units="new.NewTest"
fi
for unit in $units; do
  case "$unit" in
    *Hang*) sleep 60 ;;
    *Crash*) if [ "$PARALLEL_TESTS_ATTEMPT" = 1 ]; then kill -9 $$; fi ;;
  esac
  sleep 0.1
  case "$unit" in
    *Failing*) body="<testcase classname=\"$unit\" name=\"works\" time=\"0.1\"><failure message=\"boom\"/></testcase>" ;;
    *) body="<testcase classname=\"$unit\" name=\"works\" time=\"0.1\"/>" ;;
  esac
  printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="1">%s</testsuite>\n' "$unit" "$body" \
    > "$PARALLEL_TESTS_REPORTS/TEST-$unit.xml"
  echo "ran $unit"
done
