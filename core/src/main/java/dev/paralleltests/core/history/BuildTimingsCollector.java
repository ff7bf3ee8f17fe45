package dev.paralleltests.core.history;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds one build's {@link BuildTimings} from the events of the JUnit XML reader. Feed it every
 * report of the build (all shards); then call {@link #timings()}.
 *
 * <p>The rules, from the timing-history specification:
 *
 * <ul>
 *   <li>every case that ran and has a known time is a sample; skipped cases and cases whose time is
 *       unknown (missing, blank, negative, NaN) add none;
 *   <li>a suite that directly holds the cases of exactly one class, and no nested suite, also
 *       records its time beyond those cases (setup and teardown), so that the class's time in this
 *       build is its suite time;
 *   <li>the same case reported more than once in the build is summed.
 * </ul>
 *
 * <p>Not thread-safe: one collector per reading thread, then {@link BuildTimings#sum}.
 */
public final class BuildTimingsCollector implements ReportListener {

  private final Function<ReportedCase, String> fileOf;
  private final BuildTimings.Builder builder = BuildTimings.builder();
  private final Map<SuiteKey, Pending> pending = new HashMap<>();

  private BuildTimingsCollector(Function<ReportedCase, String> fileOf) {
    this.fileOf = Objects.requireNonNull(fileOf, "fileOf");
  }

  /** Keeps each case's {@code file} attribute as the report wrote it. */
  public static BuildTimingsCollector create() {
    return new BuildTimingsCollector(ReportedCase::file);
  }

  /**
   * Stores, as each case's file, what {@code fileOf} resolves: the repository-relative source file
   * (from the report's location in a multi-module build, or from a pytest class name), or empty.
   * Then a file-granularity estimate works for reports that carry no {@code file} attribute.
   */
  public static BuildTimingsCollector resolvingFiles(Function<ReportedCase, String> fileOf) {
    return new BuildTimingsCollector(fileOf);
  }

  @Override
  public void onCase(ReportedCase testCase) {
    if (testCase.outcome() == Outcome.SKIPPED) {
      return;
    }
    String file = Objects.requireNonNullElse(fileOf.apply(testCase), "");
    Pending suite =
        pending.computeIfAbsent(
            new SuiteKey(testCase.location().file(), testCase.suitePath()), k -> new Pending());
    suite.ran(file, testCase.durationMillis().orElse(-1));
    if (testCase.durationMillis().isPresent()) {
      builder.addCase(
          TestCaseId.of(testCase.className(), testCase.name(), file, testCase.suitePath()),
          testCase.durationMillis().getAsLong());
    }
  }

  @Override
  public void onSuite(ReportedSuite suite) {
    Path report = suite.location().file();
    List<String> path = suite.suitePath();
    Pending own = pending.remove(new SuiteKey(report, path));
    if (!path.isEmpty()) {
      // The parent's time includes this suite's: it can no longer stand for one class's time.
      pending.computeIfAbsent(
                  new SuiteKey(report, path.subList(0, path.size() - 1)), k -> new Pending())
              .hasNestedSuites =
          true;
    }
    if (own == null
        || own.hasNestedSuites
        || own.casesRun == 0
        || suite.classNames().size() != 1
        || suite.durationMillis().isEmpty()) {
      return;
    }
    String className = suite.classNames().iterator().next();
    String file = own.file == null ? "" : own.file;
    builder.addSuiteExtra(
        TestCaseId.ofSuite(className, file, path),
        suite.durationMillis().getAsLong() - own.timedMillis);
  }

  @Override
  public void onProblem(ReportProblem problem) {
    if (problem.fatal()) {
      // The rest of that file is lost: its open suites will never end, and must not linger.
      pending.keySet().removeIf(key -> key.report().equals(problem.location().file()));
    }
  }

  /** The samples collected so far. */
  public BuildTimings timings() {
    return builder.build();
  }

  private record SuiteKey(Path report, List<String> suitePath) {}

  /** The direct cases of a suite that has not ended yet. */
  private static final class Pending {
    int casesRun;
    long timedMillis;
    String file; // the cases' common file; "" once they disagree
    boolean hasNestedSuites;

    void ran(String caseFile, long millis) {
      casesRun++;
      if (millis >= 0) {
        timedMillis += millis;
      }
      file = file == null ? caseFile : file.equals(caseFile) ? file : "";
    }
  }
}
