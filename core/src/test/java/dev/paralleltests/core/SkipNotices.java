package dev.paralleltests.core;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, once per reason, the tests that were skipped and why (no Docker engine, no browser, a
 * runner not installed), so that the reason is on the build's console and not only inside
 * Surefire's files: Surefire prints a skip count without its reason, and keeps the tests' own
 * output in files ({@code redirectTestOutputToFile}). The line goes to the JVM's own standard
 * error, which Surefire copies from a forked JVM to the console as it is (its {@code
 * NativeStdErrStreamConsumer}). Registered in {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}; cli's tests get it from
 * core's test jar and register it too (ServiceLoader ignores a provider named twice).
 */
public final class SkipNotices implements TestExecutionListener {

  private final Map<String, Group> byReason = new LinkedHashMap<>();
  private final PrintStream console;
  private TestPlan plan;

  /** Prints to this JVM's own standard error (the service loader's constructor). */
  public SkipNotices() {
    this(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  SkipNotices(PrintStream console) {
    this.console = console;
  }

  /** The tests skipped for one reason, and the classes they are in. */
  private static final class Group {
    long tests;
    final Set<String> classes = new LinkedHashSet<>();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    note(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      note(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
    }
  }

  private void note(TestIdentifier test, String reason) {
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
    why = why.lines().findFirst().orElse(why);
    Group group = byReason.computeIfAbsent(why, k -> new Group());
    long tests = test.isTest() ? 1 : 0;
    if (!test.isTest() && plan != null) {
      tests = plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
    }
    group.tests += Math.max(1, tests);
    className(test.getSource()).ifPresent(group.classes::add);
  }

  private static Optional<String> className(Optional<TestSource> source) {
    String name = null;
    if (source.isPresent() && source.get() instanceof ClassSource c) {
      name = c.getClassName();
    } else if (source.isPresent() && source.get() instanceof MethodSource m) {
      name = m.getClassName();
    }
    return Optional.ofNullable(name).map(n -> n.substring(n.lastIndexOf('.') + 1));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (byReason.isEmpty()) {
      return;
    }
    byReason.forEach(
        (reason, group) ->
            console.println(
                "SKIPPED "
                    + group.tests
                    + (group.tests == 1 ? " test" : " tests")
                    + (group.classes.isEmpty() ? "" : " of " + String.join(", ", group.classes))
                    + ": "
                    + reason));
    console.flush();
  }
}
