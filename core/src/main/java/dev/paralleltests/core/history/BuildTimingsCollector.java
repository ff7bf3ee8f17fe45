package dev.paralleltests.core.history;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNamer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds one build's {@link BuildTimings} from the events of the JUnit XML reader. Feed it every
 * report of the build (all shards); then call {@link #timings()}.
 *
 * <p>The rules, from the timing-history specification:
 *
 * <ul>
 *   <li>every case that ran and has a known time is a sample; skipped cases and cases whose time is
 *       unknown (missing, blank, negative, NaN) add none;
 *   <li>a suite whose cases that ran all belong to one class unit (nested classes fold into their
 *       top-level class), and that holds no nested suite, also records its time beyond those cases
 *       (setup and teardown), so that the class's time in this build is its suite time; otherwise a
 *       class's time is the sum of its cases;
 *   <li>the same case reported more than once in the build is summed.
 * </ul>
 *
 * <p>Each case's unit names are resolved here, with the report at hand (see {@link TestCaseId}).
 * Not thread-safe: one collector per reading thread, then {@link BuildTimings#sum}.
 */
public final class BuildTimingsCollector implements ReportListener {

  private final UnitNamer namer;
  private final BuildTimings.Builder builder = BuildTimings.builder();
  private final Map<SuiteKey, Pending> pending = new HashMap<>();
  // Class and file units depend on the report and the case's class, file and suites, not on its
  // name: resolving them once per class and report spares the namer's file-system lookups.
  private final Map<UnitKey, String[]> units = new HashMap<>();

  private BuildTimingsCollector(UnitNamer namer) {
    this.namer = Objects.requireNonNull(namer, "namer");
  }

  /**
   * Names units by rules that need no knowledge of the runner: the top-level class, {@code
   * Class#name}, the {@code file} attribute. Right for Surefire and Gradle reports of one module.
   */
  public static BuildTimingsCollector create() {
    return new BuildTimingsCollector(BuildTimingsCollector::basicName);
  }

  /**
   * Names units by {@code namer} (usually {@link UnitNamer#detecting}, which knows the runners'
   * report styles and multi-module layouts). A blank name means the case has no unit at that
   * granularity.
   */
  public static BuildTimingsCollector create(UnitNamer namer) {
    return new BuildTimingsCollector(namer);
  }

  @Override
  public void onCase(ReportedCase testCase) {
    if (testCase.outcome() == Outcome.SKIPPED) {
      return;
    }
    String[] classAndFile =
        units.computeIfAbsent(
            new UnitKey(
                testCase.location().file(),
                testCase.className(),
                testCase.file(),
                testCase.suitePath()),
            k ->
                new String[] {name(testCase, Granularity.CLASS), name(testCase, Granularity.FILE)});
    TestCaseId id =
        TestCaseId.of(
            testCase.className(),
            testCase.name(),
            testCase.suitePath(),
            classAndFile[0],
            classAndFile[1],
            name(testCase, Granularity.TEST));
    pending
        .computeIfAbsent(
            new SuiteKey(testCase.location().file(), testCase.suitePath()), k -> new Pending())
        .ran(id, testCase.durationMillis().orElse(-1));
    if (testCase.durationMillis().isPresent()) {
      builder.addCase(id, testCase.durationMillis().getAsLong());
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
        || own.classUnit == null
        || own.classUnit.isEmpty()
        || suite.durationMillis().isEmpty()) {
      return;
    }
    builder.addSuiteExtra(
        TestCaseId.of(own.classNames.first(), "", path, own.classUnit, own.fileUnit, ""),
        suite.durationMillis().getAsLong() - own.timedMillis);
  }

  @Override
  public void onProblem(ReportProblem problem) {
    if (problem.fatal()) {
      // The rest of that file is lost: its open suites will never end, and must not linger.
      Path report = problem.location().file();
      pending.keySet().removeIf(key -> key.report().equals(report));
      units.keySet().removeIf(key -> key.report().equals(report));
    }
  }

  /** The samples collected so far. */
  public BuildTimings timings() {
    return builder.build();
  }

  private String name(ReportedCase testCase, Granularity granularity) {
    String name = namer.unitName(testCase, granularity);
    return name == null || name.isBlank() ? "" : name;
  }

  private static String basicName(ReportedCase c, Granularity granularity) {
    return TestCaseId.basic(c.className(), c.name(), c.file(), c.suitePath()).unit(granularity);
  }

  private record SuiteKey(Path report, List<String> suitePath) {}

  private record UnitKey(Path report, String className, String file, List<String> suitePath) {}

  /** The direct cases of a suite that has not ended yet. */
  private static final class Pending {
    long timedMillis;
    final TreeSet<String> classNames = new TreeSet<>();
    String classUnit; // null before the first case; "" once cases of two class units ran
    String fileUnit; // "" once cases of two file units ran
    boolean hasNestedSuites;

    void ran(TestCaseId id, long millis) {
      if (millis >= 0) {
        timedMillis += millis;
      }
      classNames.add(id.className());
      if (classUnit == null) {
        classUnit = id.classUnit();
        fileUnit = id.fileUnit();
      } else {
        classUnit = classUnit.equals(id.classUnit()) ? classUnit : "";
        fileUnit = fileUnit.equals(id.fileUnit()) ? fileUnit : "";
      }
    }
  }
}
