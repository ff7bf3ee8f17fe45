#!/usr/bin/env python3
"""Writes a synthetic copy of the shape of an Apache Commons Lang Surefire report set (no saved copy
of a real one exists in the project): 315 TEST-*.xml files in one directory, 85,334 test cases in
all, spread as a real run spreads them (a few parameterized classes hold most cases: the largest
file about 40% of them, the next few several percent each, the rest log-normal around 100), each
file with Surefire's <properties> block of 60 system properties, names like JUnit 5's
parameterized display names, 0.3% skipped, no failures (a green run), times of a few ms.

usage: commons_lang_shape.py OUT_DIR [FILES] [CASES]
"""
import math
import os
import random
import sys
from xml.sax.saxutils import quoteattr


def main():
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 315
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 85334
    rng = random.Random(1315)
    os.makedirs(out, exist_ok=True)
    weights = [0.40, 0.08, 0.06, 0.05, 0.04] + [math.exp(rng.gauss(0, 1.3)) for _ in range(files - 5)]
    rest = 1 - sum(weights[:5])
    tail = sum(weights[5:])
    weights = weights[:5] + [w * rest / tail for w in weights[5:]]
    counts = [max(1, int(w * total)) for w in weights]
    counts[0] += total - sum(counts)
    props = "".join(
        '    <property name="%s" value=%s/>\n' % ("prop.number%02d" % k, quoteattr("/usr/lib/jvm/java-17/value-%d" % k * 2))
        for k in range(60))
    for f, n in enumerate(counts):
        cls = "org.apache.commons.lang3.%sGenerated%03dTest" % (["", "time.", "text.", "builder."][f % 4], f)
        rows = []
        time_total = 0.0
        skipped = 0
        for c in range(n):
            t = round(rng.lognormvariate(-6, 1.5), 3)
            time_total += t
            name = "testMethod%d(String, Locale)[%d]" % (c % 7, c) if n > 50 else "testMethod%d" % c
            if rng.random() < 0.003:
                skipped += 1
                rows.append('  <testcase name=%s classname=%s time="%.3f">\n    <skipped/>\n  </testcase>'
                            % (quoteattr(name), quoteattr(cls), t))
            else:
                rows.append('  <testcase name=%s classname=%s time="%.3f"/>' % (quoteattr(name), quoteattr(cls), t))
        with open(os.path.join(out, "TEST-%s.xml" % cls), "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
            fh.write('<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                     'xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" '
                     'version="3.0.2" name=%s time="%.3f" tests="%d" errors="0" skipped="%d" failures="0">\n'
                     % (quoteattr(cls), time_total, n, skipped))
            fh.write("  <properties>\n" + props + "  </properties>\n")
            fh.write("\n".join(rows))
            fh.write("\n</testsuite>\n")


if __name__ == "__main__":
    main()
