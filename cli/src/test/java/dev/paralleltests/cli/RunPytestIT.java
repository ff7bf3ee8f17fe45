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

  /**
   * The catch-all of a plan from the history alone runs pytest's whole selection minus the other
   * shards' files. The documented {@code --deselect={excludes}} works where {@code --ignore} does
   * not: a project's own {@code pytest_ignore_collect} hook (boltons has one) overrides {@code
   * --ignore}, and each excluded file would then run twice.
   */
  @Test
  void shouldRunEachTestOnceWhenTheCatchAllDeselectsTheOtherShardsFiles() throws Exception {
    RunRealRunners.requireProgram(
        "pytest (Debian: python3-pytest)", "python3", "-m", "pytest", "--version");
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("ignore-hook"), project);
    Path history = dir.resolve("history");
    Launcher.Result first =
        runPytest(project, history, "first", "--discover", "tests/**/test_*.py", "{units}");
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();

    Launcher.Result second =
        runPytest(project, history, "second", "{units}", "--deselect={excludes}");

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("catch-all");
    assertThat(RunRealRunners.caseClasses(dir.resolve("second/junit.xml")))
        .containsExactlyInAnyOrder(
            "tests.test_cart",
            "tests.test_cart",
            "tests.test_checkout",
            "tests.test_checkout",
            "tests.unit.test_money",
            "tests.unit.test_money");
  }

  /** {@code run --shards 2 --granularity file} of pytest, {@code options} before and after --. */
  private Launcher.Result runPytest(Path project, Path history, String out, String... options)
      throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "run",
                "--shards",
                "2",
                "--granularity",
                "file",
                "--history",
                history.toString(),
                "--out",
                dir.resolve(out).toString(),
                "--progress",
                "plain"));
    int command = 0;
    while (command < options.length && options[command].startsWith("--discover")) {
      args.add(options[command]);
      args.add(options[command + 1]);
      command += 2;
    }
    args.addAll(
        java.util.List.of(
            "--",
            "python3",
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--junitxml={reports}/junit.xml"));
    args.addAll(java.util.Arrays.asList(options).subList(command, options.length));
    return Launcher.launch(project, Map.of(), args.toArray(String[]::new));
  }
}
