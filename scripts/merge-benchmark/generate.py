#!/usr/bin/env python3
"""Writes FILES Surefire-style JUnit XML reports of CASES cases each, spread over SHARDS shard
directories (shard-01, shard-02, ...), deterministically (seeded). About 3% of cases fail with a
message and a stack trace, 2% are skipped, and every tenth case has some system-out, so the files
look like real ones (about 20 KB each)."""
import os
import random
import sys
from xml.sax.saxutils import escape, quoteattr

def main():
    out, files, cases, shards = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(42)
    for f in range(files):
        shard = f % shards + 1
        d = os.path.join(out, "shard-%02d" % shard)
        os.makedirs(d, exist_ok=True)
        cls = "com.example.module%d.Generated%04dTest" % (f % 17, f)
        rows = []
        failures = skipped = 0
        total = 0.0
        for c in range(cases):
            t = round(rng.lognormvariate(-3, 1.2), 3)
            total += t
            name = "shouldHandleCase%03d_%s" % (c, rng.choice(["empty", "large", "unicode", "null"]))
            body = ""
            r = rng.random()
            if r < 0.03:
                failures += 1
                msg = "expected: <%d> but was: <%d>" % (c, c + 1)
                trace = "org.opentest4j.AssertionFailedError: %s\n" % msg + "".join(
                    "\tat %s.%s(%s.java:%d)\n" % (cls, name, cls.rsplit(".", 1)[1], 10 + k) for k in range(12))
                body = "\n      <failure message=%s type=\"org.opentest4j.AssertionFailedError\">%s</failure>\n    " % (
                    quoteattr(msg), escape(trace))
            elif r < 0.05:
                skipped += 1
                body = "\n      <skipped message=\"disabled on CI\"/>\n    "
            if c % 10 == 0:
                body += "\n      <system-out>%s</system-out>\n    " % escape(
                    "".join("log line %d of %s\n" % (k, name) for k in range(5)))
            rows.append("    <testcase name=%s classname=%s time=\"%.3f\">%s</testcase>" % (
                quoteattr(name), quoteattr(cls), t, body) if body else
                "    <testcase name=%s classname=%s time=\"%.3f\"/>" % (quoteattr(name), quoteattr(cls), t))
        with open(os.path.join(d, "TEST-%s.xml" % cls), "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
            fh.write('<testsuite name=%s time="%.3f" tests="%d" errors="0" skipped="%d" failures="%d">\n' % (
                quoteattr(cls), total, cases, skipped, failures))
            fh.write("  <properties>\n    <property name=\"java.version\" value=\"17\"/>\n  </properties>\n")
            fh.write("\n".join(rows))
            fh.write("\n</testsuite>\n")

if __name__ == "__main__":
    main()
