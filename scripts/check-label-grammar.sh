#!/usr/bin/env bash
# Compares the plugin's offline label expression check (LabelExpressionCheck) with the parser ANTLR
# generates from Jenkins' own grammar: every text of up to 5 characters over an 18-character
# alphabet, then random texts; fails on any text one accepts and the other refuses.
#
# Usage: scripts/check-label-grammar.sh <jenkins checkout> [length] [random texts]
#   <jenkins checkout> holds core/src/main/antlr4/hudson/model/labels/LabelExpression*.g4.
#   Downloads the ANTLR tool (org.antlr:antlr4:4.13.2) into target/label-grammar/m2 the first time;
#   nothing of it or of Jenkins is kept in the repository.
# Exit code: 0 no differences, 1 differences (listed), 2 usage or build error.
set -euo pipefail

if [[ $# -lt 1 || ! -d "$1/core/src/main/antlr4/hudson/model/labels" ]]; then
  echo "usage: $0 <jenkins checkout> [length, default 5] [random texts, default 500000]" >&2
  exit 2
fi
grammar="$(cd "$1/core/src/main/antlr4/hudson/model/labels" && pwd)"
length="${2:-5}"
random="${3:-500000}"
cd "$(dirname "$0")/.."
work="target/label-grammar"
rm -rf "$work/g" "$work/gen" "$work/classes"
mkdir -p "$work/g" "$work/gen" "$work/classes"

./mvnw -B -q -pl plugin-offline -am compile || exit 2
./mvnw -B -q dependency:get -Dartifact=org.antlr:antlr4:4.13.2 \
  -Dmaven.repo.local="$PWD/$work/m2" || exit 2
tool="$(find "$PWD/$work/m2/org/antlr" "$PWD/$work/m2/org/abego" "$PWD/$work/m2/com/ibm" \
  -name '*.jar' | tr '\n' ':')"
runtime="$(find "$PWD/$work/m2/org/antlr/antlr4-runtime" -name '*.jar' | head -1)"

# The lexer grammar as it is (its one semantic predicate stays); the parser grammar without the
# actions that build Jenkins' Label objects, which only Jenkins can compile.
cp "$grammar/LabelExpressionLexer.g4" "$work/g/"
perl -0pe 's/\@ header\s*\{[^}]*\}//; s/(returns|locals)\[[^\]]*\]//g;
  s/\{([^{}]*)\}/my $b = $1; $b =~ m{tokenVocab} ? "{$b}" : ""/ge' \
  "$grammar/LabelExpressionParser.g4" >"$work/g/LabelExpressionParser.g4"
(cd "$work/g" &&
  java -cp "$tool" org.antlr.v4.Tool -o ../gen -package hudson.model.labels LabelExpressionLexer.g4 &&
  java -cp "$tool" org.antlr.v4.Tool -o ../gen -package hudson.model.labels -lib ../gen \
    LabelExpressionParser.g4) || exit 2

classes="$runtime:plugin-offline/target/classes"
javac -nowarn -d "$work/classes" -cp "$classes" $(find "$work/gen" -name '*.java') \
  scripts/label-grammar/LabelGrammarDiff.java || exit 2
java -cp "$work/classes:$classes" io.jenkins.plugins.paralleltests.LabelGrammarDiff "$length" "$random"
