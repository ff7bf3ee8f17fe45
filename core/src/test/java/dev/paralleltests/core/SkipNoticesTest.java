package dev.paralleltests.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The console line per skip reason, on real JUnit runs of the sample classes below. */
class SkipNoticesTest {

  /** Skipped as a whole, as the browser tests are without a browser. */
  static class WithoutEngine {
    @BeforeAll
    static void require() {
      Assumptions.abort("no engine here\nsecond line");
    }

    @Test
    void one() {}

    @Test
    void two() {}
  }

  /** Skipped test by test, as the Docker tests are without Docker. */
  static class TestByTest {
    @Test
    void one() {
      Assumptions.abort("no engine here");
    }

    @Test
    void two() {
      Assumptions.abort("no engine here");
    }

    @Test
    void runs() {}
  }

  /** Nothing skipped. */
  static class Passing {
    @Test
    void runs() {}
  }

  private static String run(Class<?>... classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var builder = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> c : classes) {
      builder.selectors(selectClass(c));
    }
    // the launcher would also load the registered SkipNotices, which prints to the real console
    LauncherConfig config =
        LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
    LauncherFactory.create(config)
        .execute(
            builder.build(), new SkipNotices(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aSkippedClassIsOneLineCountingItsTestsWithTheFirstLineOfTheReason() {
    assertThat(run(WithoutEngine.class))
        .isEqualTo("SKIPPED 2 tests of SkipNoticesTest$WithoutEngine: no engine here\n");
  }

  @Test
  void testsSkippedForOneReasonShareOneLine() {
    assertThat(run(WithoutEngine.class, TestByTest.class))
        .isEqualTo(
            "SKIPPED 4 tests of SkipNoticesTest$WithoutEngine, SkipNoticesTest$TestByTest:"
                + " no engine here\n");
  }

  @Test
  void aRunWithoutSkipsPrintsNothing() {
    assertThat(run(Passing.class)).isEmpty();
  }
}
