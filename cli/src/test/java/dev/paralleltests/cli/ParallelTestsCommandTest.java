package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelTestsCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"plan", "split", "record", "merge", "report", "run"})
  void everyCommandHasHelpWithItsExitStatuses(String command) {
    CliRun run = CliRun.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: parallel-tests " + command).contains("Exit status:");
    assertThat(run.out()).containsPattern("(?m)^\\s+0\\s").containsPattern("(?m)^\\s+2\\s");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "merge --help",
        "merge",
        "merge --bogus x",
        "merge --out",
        "merge --expect-shards 0 --out x.xml nothing",
        "plan --help",
        "plan --shards 2 --bogus",
        "split",
        "record --help",
        "report --format json",
        "run --shards 2 --timeout soon -- true",
        "help merge",
        "merg x",
        "--version"
      })
  void aCommandLineWithOnlyTheNamedSubcommandAnswersAsTheWholeOne(String args) {
    String[] split = args.split(" ");

    CliRun alone = CliRun.run(split);
    CliRun whole = CliRun.runWhole(split);

    assertThat(alone).isEqualTo(whole);
  }

  @org.junit.jupiter.api.Test
  void rootHelpListsTheCommandsAndTheExitStatuses() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("plan", "split", "record", "merge", "report")
        .contains("1   a test failed, or a shard timed out, is missing");
  }

  @org.junit.jupiter.api.Test
  void everyDurationOptionUsesTheSharedParser() {
    CliRun run = CliRun.run("run", "--shards", "2", "--timeout", "soon", "--", "true");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("invalid duration 'soon': expected 90s, 5m, 1h or a number of seconds");
  }

  @org.junit.jupiter.api.Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("parallel-tests: missing COMMAND");
  }

  @org.junit.jupiter.api.Test
  void anUnknownOptionIsOneLineOnStandardErrorWithStatus2() {
    CliRun run = CliRun.run("plan", "--shards", "2", "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("parallel-tests plan: Unknown option: '--bogus'")
        .endsWith("(see --help)");
    assertThat(run.out()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMissingRequiredOptionNamesIt() {
    CliRun run = CliRun.run("plan", "a.ATest");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'--shards=N|auto'");
  }
}
