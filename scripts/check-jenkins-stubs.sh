#!/usr/bin/env bash
# Compares the hand-written Jenkins API stubs (jenkins-stubs/, jenkins-test-stubs/) with the real
# Jenkins sources and fails on any difference. See docs/jenkins-stubs.md.
#
# Usage: scripts/check-jenkins-stubs.sh <dir>
#   <dir> holds checkouts of the real sources, one directory per repository (any names), e.g.
#   <dir>/jenkins, <dir>/workflow-step-api-plugin, ... Every src/main/java and src/test/java below it
#   is searched.
# Exit code: 0 no differences, 1 differences (listed), 2 usage or build error.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 <directory with checkouts of the real Jenkins sources>" >&2
  exit 2
fi
real="$(cd "$1" && pwd)"
cd "$(dirname "$0")/.."

./mvnw -B -q -pl jenkins-stubs-check package -DskipTests || exit 2
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -B -q -pl jenkins-stubs-check dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime || exit 2

java -cp "jenkins-stubs-check/target/classes:$(cat "$classpath_file")" \
  dev.paralleltests.jenkinsstubs.check.StubSignatureCheck \
  --real "$real" \
  --stubs jenkins-stubs/src/main/java \
  --stubs jenkins-test-stubs/src/main/java \
  --omissions jenkins-stubs/stub-omissions.txt
