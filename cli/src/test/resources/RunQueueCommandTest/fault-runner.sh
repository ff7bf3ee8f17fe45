#!/bin/sh
# A test runner for queue mode's faults: one JUnit XML report per unit of $PARALLEL_TESTS_UNITS.
# A unit named *Crash* kills the runner with a signal on its batch's first attempt (lost once, then
# rerun); one named *Dies* kills it on every attempt (lost twice); one named *Failing* fails. The
# catch-all batch runs new.NewTest, a test no plan lists, and is killed on its first attempt when
# the plan holds a unit named *LosesCatchAllOnce*, on every attempt when it holds one named
# *LosesCatchAllTwice*.
set -eu
units=$(cat "$PARALLEL_TESTS_UNITS")
if [ "$PARALLEL_TESTS_CATCH_ALL" = true ]; then
  case "$(cat "$PARALLEL_TESTS_EXCLUDES")" in
    *LosesCatchAllTwice*) kill -9 $$ ;;
    *LosesCatchAllOnce*) if [ "$PARALLEL_TESTS_ATTEMPT" = 1 ]; then kill -9 $$; fi ;;
  esac
  units="new.NewTest"
fi
for unit in $units; do
  case "$unit" in
    *Dies*) kill -9 $$ ;;
    *Crash*) if [ "$PARALLEL_TESTS_ATTEMPT" = 1 ]; then kill -9 $$; fi ;;
  esac
  case "$unit" in
    *Failing*) result='<failure message="boom"/>' ;;
    *) result='' ;;
  esac
  printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="1"><testcase classname="%s" name="works" time="0.05">%s</testcase></testsuite>\n' \
    "$unit" "$unit" "$result" > "$PARALLEL_TESTS_REPORTS/TEST-$unit.xml"
  echo "ran $unit"
done
