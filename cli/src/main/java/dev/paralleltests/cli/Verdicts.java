package dev.paralleltests.cli;

import dev.paralleltests.core.report.RunSummary;

/**
 * The exit status of a merged run. The core calls a run with missing shards or units an error; the
 * command line's contract counts planned tests that did not run (a missing, empty or timed-out
 * shard, a planned unit no report mentions) as a test failure (1), and keeps 2 for what it could
 * not read: an unreadable report, a report path that is not there, or another problem. The core's
 * problem kinds decide which; no message is parsed.
 */
final class Verdicts {

  private Verdicts() {}

  static int exitStatus(RunSummary summary) {
    return switch (summary.status()) {
      case PASSED -> ExitStatus.PASSED;
      case FAILED -> ExitStatus.TESTS_FAILED;
      case ERROR -> summary.isErrorFromLostTests() ? ExitStatus.TESTS_FAILED : ExitStatus.ERROR;
    };
  }
}
