#!/usr/bin/env bash
# Generates the real-report corpus for RealReportCountsFaultTest by running real test runners on
# tiny projects written below: Mocha with mocha-junit-reporter and Vitest's junit reporter (from
# npm), and pytest from Debian's python3-pytest (apt-get install -y python3-pytest). Maven Surefire,
# Failsafe, Jest and Playwright reports are produced by scripts/fixtures/generate.sh; the test reads
# both corpora.
#
# Usage: scripts/real-reports/generate.sh [mocha] [vitest] [pytest]   (default: all)
# Work happens in a temporary directory; only the XML reports are copied into the repository.
# Every project has passing, failing, erroring, skipped, parameterized and nested tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/core/src/test/resources/RealReportCountsFaultTest"
work="$(mktemp -d "${TMPDIR:-/tmp}/pt-real-reports.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=(mocha vitest pytest)
want() { local t; for t in "${tools[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

js_tests() { # $1: "mocha" or "vitest"; writes test/calc.test.js and test/text.test.js
  mkdir -p test
  local head=""
  [ "$1" = vitest ] && head="import { describe, it, expect } from 'vitest';"
  [ "$1" = mocha ] && head="const assert = require('assert');"
  local eq='assert.strictEqual(a, b)'
  [ "$1" = vitest ] && eq='expect(a).toBe(b)'
  cat > test/calc.test.js <<JS
$head
function check(a, b) { $eq; }
describe('calc', function () {
  it('adds', function () { check(1 + 1, 2); });
  it('fails on purpose', function () { check(1 + 1, 3); });
  it('throws an error', function () { throw new TypeError('boom'); });
  it.skip('is skipped', function () { check(1, 1); });
  describe('nested', function () {
    it('multiplies', function () { check(2 * 3, 6); });
    describe('deeper', function () {
      it('divides', function () { check(6 / 3, 2); });
    });
  });
  [1, 2, 3].forEach(function (n) {
    it('squares ' + n, function () { check(n * n, n === 3 ? 10 : n * n); });
  });
});
JS
  cat > test/text.test.js <<JS
$head
function check(a, b) { $eq; }
describe('text & <escaping> "quotes"', function () {
  it('upper-cases ünïcödé', function () { check('é'.toUpperCase(), 'É'); });
  it('waits a little', function (done) { setTimeout(done, 30); });
});
JS
}

if want mocha; then
  echo "== mocha + mocha-junit-reporter"
  mkdir -p "$work/mocha" && cd "$work/mocha"
  npm init -y >/dev/null
  # mocha 12 cannot load mocha-junit-reporter 2.2 ("Class constructor Base cannot be invoked without new").
  npm install --no-audit --no-fund --loglevel=error mocha@11 mocha-junit-reporter >/dev/null
  js_tests mocha
  rm -rf "$out/mocha" && mkdir -p "$out/mocha"
  npx mocha --reporter mocha-junit-reporter \
    --reporter-options mochaFile="$out/mocha/default.xml" test/ >/dev/null 2>&1 || true
  npx mocha --reporter mocha-junit-reporter \
    --reporter-options mochaFile="$out/mocha/jenkins-mode.xml",jenkinsMode=true,includePending=true \
    test/ >/dev/null 2>&1 || true
  echo "mocha $(npx mocha --version), mocha-junit-reporter $(node -p "require('mocha-junit-reporter/package.json').version")" > "$out/mocha/VERSIONS"
  ls "$out/mocha"
fi

if want vitest; then
  echo "== vitest (junit reporter)"
  mkdir -p "$work/vitest" && cd "$work/vitest"
  npm init -y >/dev/null
  npm pkg set type=module >/dev/null
  npm install --no-audit --no-fund --loglevel=error vitest >/dev/null
  js_tests vitest
  # Vitest has no done callback: make the waiting test return a promise.
  sed -i "s/function (done) { setTimeout(done, 30); }/() => new Promise((r) => setTimeout(r, 30))/" test/text.test.js
  rm -rf "$out/vitest" && mkdir -p "$out/vitest"
  npx vitest run --reporter=junit --outputFile="$out/vitest/junit.xml" >/dev/null 2>&1 || true
  echo "vitest $(node -p "require('vitest/package.json').version")" > "$out/vitest/VERSIONS"
  ls "$out/vitest"
fi

if want pytest; then
  echo "== pytest (Debian python3-pytest)"
  py=/usr/bin/python3
  mkdir -p "$work/pytest/tests" && cd "$work/pytest"
  cat > tests/test_calc.py <<'PY'
import pytest

def test_adds():
    assert 1 + 1 == 2

def test_fails_on_purpose():
    assert 1 + 1 == 3

def test_errors():
    raise TypeError("boom")

@pytest.fixture
def broken():
    raise RuntimeError("fixture setup failed")

def test_fixture_error(broken):
    pass

@pytest.mark.skip(reason="not today")
def test_skipped():
    pass

@pytest.mark.xfail(reason="known bug")
def test_expected_failure():
    assert False

@pytest.mark.parametrize("n", [1, 2, 3])
def test_squares(n):
    assert n * n == (10 if n == 3 else n * n)

class TestNested:
    class TestDeeper:
        def test_divides(self):
            assert 6 / 3 == 2
    def test_multiplies(self):
        assert 2 * 3 == 6
PY
  rm -rf "$out/pytest" && mkdir -p "$out/pytest"
  $py -m pytest -q -p no:cacheprovider --junitxml="$out/pytest/xunit2.xml" tests >/dev/null 2>&1 || true
  $py -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml="$out/pytest/xunit1.xml" tests >/dev/null 2>&1 || true
  echo "$($py -m pytest --version 2>&1)" > "$out/pytest/VERSIONS"
  ls "$out/pytest"
fi
