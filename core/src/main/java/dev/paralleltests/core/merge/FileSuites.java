package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The suites of one report file as the merged report holds them, each with the cases this file
 * contributes: its cases in order, grouped into the suites that directly hold them, in the order
 * the suites end. One file's cases are held at a time, never all files'.
 */
final class FileSuites {
  private static final Set<String> OWN_CASE_ATTRIBUTES =
      Set.of("name", "classname", "time", "file", "shard", "attempt", "runs");
  private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._:-]*");

  private final Path file;
  private final List<ReportedCase> cases = new ArrayList<>();
  private int[] pending = new int[16];
  private int pendingCount;
  private final List<SuiteOut> suites = new ArrayList<>();

  FileSuites(Path file) {
    this.file = file;
  }

  /** The file's next case. */
  void add(ReportedCase c) {
    if (pendingCount == pending.length) {
      pending = Arrays.copyOf(pending, pendingCount * 2);
    }
    pending[pendingCount++] = cases.size();
    cases.add(c);
  }

  /** The file's cases so far, in order. */
  List<ReportedCase> cases() {
    return cases;
  }

  /** A suite ended: its direct cases are the pending ones with exactly its path. */
  void close(ReportedSuite s) {
    SuiteOut out = new SuiteOut(s, s.name());
    claim(out, s.suitePath());
    suites.add(out);
  }

  private void claim(SuiteOut out, List<String> path) {
    // one linear pass: a file may hold one suite of many thousand cases
    int kept = 0;
    for (int i = 0; i < pendingCount; i++) {
      int ordinal = pending[i];
      List<String> casePath = cases.get(ordinal).suitePath();
      if (path == null || casePath == path || casePath.equals(path)) {
        out.add(ordinal);
      } else {
        pending[kept++] = ordinal;
      }
    }
    pendingCount = kept;
  }

  /**
   * Writes the suites, each case as the test {@code writeAs[ordinal]} it stands for; a null there
   * is a case a later attempt superseded, left out.
   */
  void write(XmlOut xml, int shard, int attempt, TestRecord[] writeAs) throws IOException {
    if (pendingCount > 0) {
      // cases outside any suite (or in a suite cut off by a malformed file)
      String name = file.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
      SuiteOut rest = new SuiteOut(null, name);
      claim(rest, null);
      suites.add(rest);
    }
    for (SuiteOut s : suites) {
      s.write(xml, shard, attempt, writeAs);
    }
  }

  private final class SuiteOut {
    final ReportedSuite suite;
    final String name;
    int[] ordinals = new int[8];
    int total;

    SuiteOut(ReportedSuite suite, String name) {
      this.suite = suite;
      this.name = name;
    }

    void add(int ordinal) {
      if (total == ordinals.length) {
        ordinals = Arrays.copyOf(ordinals, total * 2);
      }
      ordinals[total++] = ordinal;
    }

    void write(XmlOut xml, int shard, int attempt, TestRecord[] writeAs) throws IOException {
      int written = 0;
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      long millis = 0;
      for (int i = 0; i < total; i++) {
        int ordinal = ordinals[i];
        // a file that grew between the passes: its new cases were never counted
        TestRecord r = ordinal < writeAs.length ? writeAs[ordinal] : null;
        if (r == null) {
          continue;
        }
        written++;
        switch (r.finalOutcome()) {
          case FAILED -> failures++;
          case ERROR -> errors++;
          case SKIPPED -> skipped++;
          default -> {}
        }
        millis += Math.max(0, r.lastMillis);
      }
      if (written == 0) {
        return; // every case of it was superseded by a later attempt
      }
      if (written == total && suite != null && suite.durationMillis().isPresent()) {
        millis = suite.durationMillis().getAsLong(); // includes setup and teardown
      }
      xml.start("testsuite")
          .attr("name", name)
          .attr("tests", written)
          .attr("failures", failures)
          .attr("errors", errors)
          .attr("skipped", skipped)
          .seconds("time", millis);
      if (suite != null) {
        if (!suite.timestamp().isEmpty()) {
          xml.attr("timestamp", suite.timestamp());
        }
        if (!suite.hostname().isEmpty()) {
          xml.attr("hostname", suite.hostname());
        }
        if (!suite.file().isEmpty()) {
          xml.attr("file", suite.file());
        }
      }
      xml.attr("shard", shard).attr("attempt", attempt);
      for (int i = 0; i < total; i++) {
        int ordinal = ordinals[i];
        TestRecord r = ordinal < writeAs.length ? writeAs[ordinal] : null;
        if (r != null) {
          writeCase(xml, cases.get(ordinal), r, shard, attempt);
        }
      }
      xml.end("testsuite", false);
    }
  }

  private static void writeCase(XmlOut xml, ReportedCase c, TestRecord r, int shard, int attempt)
      throws IOException {
    xml.start("testcase").attr("name", c.name()).attr("classname", c.className());
    if (c.durationMillis().isPresent()) {
      xml.seconds("time", c.durationMillis().getAsLong());
    }
    if (!c.file().isEmpty()) {
      xml.attr("file", c.file());
    }
    // the reader keys unknown attributes "@name"; they stay attributes, except our own
    List<Map.Entry<String, String>> properties = List.of();
    if (!c.properties().isEmpty()) {
      properties = new ArrayList<>();
      for (Map.Entry<String, String> e : c.properties().entrySet()) {
        String key = e.getKey();
        if (key.startsWith("@")) {
          String attribute = key.substring(1);
          if (!OWN_CASE_ATTRIBUTES.contains(attribute) && XML_NAME.matcher(attribute).matches()) {
            xml.attr(attribute, e.getValue());
          }
        } else {
          properties.add(e);
        }
      }
    }
    xml.attr("shard", shard).attr("attempt", attempt);
    if (r.runs > 1) {
      xml.attr("runs", r.runs);
    }
    if (!properties.isEmpty()) {
      xml.start("properties");
      for (Map.Entry<String, String> e : properties) {
        // a repeated property name came back with a "#2" suffix
        String name = e.getKey().replaceFirst("#\\d+$", "");
        xml.start("property").attr("name", name).attr("value", e.getValue());
        xml.end("property", false);
      }
      xml.end("properties", false);
    }
    Outcome outcome = r.finalOutcome();
    List<TestRecord.FailedRun> runs = r.failedRuns();
    if (outcome == Outcome.SKIPPED) {
      for (CaseProblem p : c.problems()) {
        if (p.kind() == CaseProblem.Kind.SKIPPED) {
          problem(xml, "skipped", p);
        }
      }
    } else if (outcome.isFailure()) {
      // the last failure is the one people read; earlier runs follow as reruns, in order
      TestRecord.FailedRun last = runs.get(runs.size() - 1);
      problem(xml, last.isError() ? "error" : "failure", last.problem());
      for (int i = 0; i < runs.size() - 1; i++) {
        TestRecord.FailedRun run = runs.get(i);
        rerun(xml, run.isError() ? "rerunError" : "rerunFailure", run);
      }
    } else {
      for (TestRecord.FailedRun run : runs) {
        rerun(xml, run.isError() ? "flakyError" : "flakyFailure", run);
      }
    }
    xml.textElement("system-out", c.systemOut());
    xml.textElement("system-err", c.systemErr());
    xml.end("testcase", false);
  }

  private static void problem(XmlOut xml, String element, CaseProblem p) throws IOException {
    xml.start(element);
    if (!p.message().isEmpty()) {
      xml.attr("message", p.message());
    }
    if (!p.type().isEmpty()) {
      xml.attr("type", p.type());
    }
    xml.text(p.text());
    xml.end(element, true);
  }

  /** Surefire's rerun format: the trace and output go into child elements. */
  private static void rerun(XmlOut xml, String element, TestRecord.FailedRun run)
      throws IOException {
    CaseProblem p = run.problem();
    xml.start(element);
    if (!p.message().isEmpty()) {
      xml.attr("message", p.message());
    }
    if (!p.type().isEmpty()) {
      xml.attr("type", p.type());
    }
    xml.attr("attempt", run.attempt());
    xml.textElement("stackTrace", p.text());
    if (!p.kind().isRerun()) {
      // a case-level failure carried the case's output; an in-file rerun's output is not kept
      xml.textElement("system-out", run.systemOut());
      xml.textElement("system-err", run.systemErr());
    }
    xml.end(element, false);
  }
}
