#!/usr/bin/env python3
"""Writes a synthetic timing history in the timings file format v1 (docs/history-format.md).

usage: history.py DIR UNITS BUILDS [CASES_PER_UNIT]

DIR gets BUILDS build files, each recording UNITS test classes (com.example.mNN.ClassNNNNNNTest)
of CASES_PER_UNIT cases (default 1) with log-normal times (median 2 s, sigma 1), the same classes
in every build, one build a minute apart. Deterministic (fixed seed).
"""
import math
import os
import random
import sys


def main():
    out, units, builds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    cases = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(42)
    base = [math.exp(math.log(2000) + rnd.gauss(0, 1)) for _ in range(units)]
    names = ["com.example.m%02d.Class%06dTest" % (u % 17, u) for u in range(units)]
    order = sorted(range(units), key=lambda u: names[u])
    for b in range(1, builds + 1):
        lines = ["# parallel-tests timings v1", "build\t%d" % b,
                 "recorded\t2026-01-01T%02d:%02d:00Z" % divmod(b, 60) if b < 1440
                 else "recorded\t2026-01-%02dT%02d:%02d:00Z" % (1 + b // 1440, (b % 1440) // 60, b % 60)]
        n = 0
        for u in order:
            name = names[u]
            lines.append("suite\t" + name)
            lines.append("class\t%s\t%s\t" % (name, name))
            per_case = base[u] / cases
            for c in range(cases):
                lines.append("case\t%d\ttest%d" % (max(1, int(per_case * rnd.uniform(0.8, 1.2))), c))
                n += 1
        lines.append("end\t%d\t0" % n)
        with open(os.path.join(out, "build-%d.tsv" % b), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
