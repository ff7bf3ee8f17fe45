#!/bin/sh
# A runner for queue mode with --copy, run from the shard's copy of the project as "sh
# copy-runner.sh": it notes each batch in batches.log in the directory it runs in, and writes one
# report per unit of $PARALLEL_TESTS_UNITS to the fixed path build/reports/ there (no {shard}:
# every shard has its own copy).
set -eu
echo "batch $PARALLEL_TESTS_BATCH in $(pwd)" >> batches.log
mkdir -p build/reports
for unit in $(cat "$PARALLEL_TESTS_UNITS"); do
  printf '<?xml version="1.0"?>\n<testsuite name="%s" tests="1"><testcase classname="%s" name="works" time="0.1"/></testsuite>\n' \
    "$unit" "$unit" > "build/reports/TEST-$unit.xml"
done
