package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real pytest suite split by {@code run} at file granularity, merged and recorded. */
class RunPytestIT {

  private static final Path DATA = Path.of("src/test/resources/RunPytestIT").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void shouldSplitAPytestSuiteByFileAndLearnItsFiles() throws Exception {
    RunRealRunners.requireProgram(
        "pytest (Debian: python3-pytest)", "python3", "-m", "pytest", "--version");
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("project"), project);
    Path history = dir.resolve("history");

    Launcher.Result run =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "2",
            "--discover",
            "tests/**/test_*.py",
            "--granularity",
            "file",
            "--history",
            history.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--progress",
            "plain",
            "--",
            "python3",
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--junitxml={reports}/junit.xml",
            "{units}");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(RunRealRunners.caseClasses(dir.resolve("out/junit.xml")))
        .containsExactlyInAnyOrder(
            "tests.test_cart",
            "tests.test_cart",
            "tests.test_checkout",
            "tests.test_checkout",
            "tests.unit.test_money",
            "tests.unit.test_money");
    // The history learned the files, so the next run can plan from it alone.
    Launcher.Result plan =
        Launcher.launch(
            project,
            Map.of(),
            "plan",
            "--shards",
            "2",
            "--history",
            history.toString(),
            "--granularity",
            "file",
            "--format",
            "json");
    assertThat(plan.out())
        .contains("tests/test_cart.py", "tests/test_checkout.py", "tests/unit/test_money.py");
  }
}
