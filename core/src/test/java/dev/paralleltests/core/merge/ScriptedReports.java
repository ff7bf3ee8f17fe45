package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportLocation;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link ReportSource} (an interface we own) that plays scripted events for real files on disk,
 * so merge logic can be specified case by case; the real reader is covered by the tests that merge
 * real report files.
 */
final class ScriptedReports implements ReportSource {
  private final Map<Path, List<Consumer<ReportListener>>> events = new HashMap<>();
  final Map<Path, Integer> reads = new HashMap<>();

  /** Creates {@code file} (empty) and scripts its events: a suite holding the given cases. */
  ScriptedReports suite(Path file, String suite, long suiteMillis, ReportedCase... cases) {
    create(file);
    List<Consumer<ReportListener>> list = events.computeIfAbsent(file, f -> new ArrayList<>());
    for (ReportedCase c : cases) {
      ReportedCase inSuite =
          new ReportedCase(
              ReportLocation.of(file, 2),
              List.of(suite),
              c.className(),
              c.name(),
              c.file(),
              c.durationMillis(),
              c.outcome(),
              c.problems(),
              c.systemOut(),
              c.systemErr(),
              c.properties());
      list.add(l -> l.onCase(inSuite));
    }
    ReportedSuite s =
        new ReportedSuite(
            ReportLocation.of(file, 1),
            List.of(suite),
            suiteMillis < 0 ? OptionalLong.empty() : OptionalLong.of(suiteMillis),
            "",
            cases.length,
            Set.of(),
            "",
            "");
    list.add(l -> l.onSuite(s));
    return this;
  }

  /** Scripts a fatal problem at {@code line} after whatever came before. */
  ScriptedReports broken(Path file, int line, String message) {
    create(file);
    events
        .computeIfAbsent(file, f -> new ArrayList<>())
        .add(l -> l.onProblem(new ReportProblem(ReportLocation.of(file, line), message, true)));
    return this;
  }

  @Override
  public void read(Path file, ReportListener listener) {
    reads.merge(file, 1, Integer::sum);
    for (Consumer<ReportListener> e : events.getOrDefault(file, List.of())) {
      e.accept(listener);
    }
  }

  private static void create(Path file) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportedCase passed(String className, String name, long millis) {
    return test(className, name, millis, Outcome.PASSED, List.of(), "");
  }

  static ReportedCase failed(String className, String name, long millis, String message) {
    return test(
        className,
        name,
        millis,
        Outcome.FAILED,
        List.of(new CaseProblem(CaseProblem.Kind.FAILURE, "AssertionError", message, "trace")),
        "out of " + name);
  }

  static ReportedCase errored(String className, String name, long millis, String message) {
    return test(
        className,
        name,
        millis,
        Outcome.ERROR,
        List.of(new CaseProblem(CaseProblem.Kind.ERROR, "IOException", message, "trace")),
        "");
  }

  static ReportedCase skipped(String className, String name) {
    return test(
        className,
        name,
        0,
        Outcome.SKIPPED,
        List.of(new CaseProblem(CaseProblem.Kind.SKIPPED, "", "disabled", "")),
        "");
  }

  static ReportedCase test(
      String className,
      String name,
      long millis,
      Outcome outcome,
      List<CaseProblem> problems,
      String out) {
    return new ReportedCase(
        ReportLocation.of(Path.of("x.xml"), 1),
        List.of(),
        className,
        name,
        "",
        OptionalLong.of(millis),
        outcome,
        problems,
        out,
        "",
        Map.of());
  }
}
