package dev.paralleltests.cli;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardStatus;
import dev.paralleltests.core.report.ShardSummary;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exit status of a merged run. The core calls a run with missing shards an error; the command
 * line's contract counts a missing, empty or timed-out shard as a test failure (1) and keeps 2 for
 * what it could not read: an unreadable report, or a problem that is not about such a shard.
 */
final class Verdicts {
  private static final Pattern SHARD_PREFIX = Pattern.compile("^shard (\\d+)\\b.*", Pattern.DOTALL);
  private static final Set<ShardStatus> LOST_SHARD =
      Set.of(ShardStatus.MISSING, ShardStatus.EMPTY, ShardStatus.TIMED_OUT);

  private Verdicts() {}

  static int exitStatus(RunSummary summary) {
    if (summary.shards().stream().anyMatch(s -> s.status() == ShardStatus.UNREADABLE)) {
      return ExitStatus.ERROR;
    }
    Set<Integer> lost =
        summary.shards().stream()
            .filter(s -> LOST_SHARD.contains(s.status()))
            .map(ShardSummary::index)
            .collect(Collectors.toSet());
    for (String problem : summary.problems()) {
      Matcher m = SHARD_PREFIX.matcher(problem);
      if (!m.matches() || !lost.contains(Integer.parseInt(m.group(1)))) {
        return ExitStatus.ERROR;
      }
    }
    return switch (summary.status()) {
      case PASSED -> ExitStatus.PASSED;
      case FAILED -> ExitStatus.TESTS_FAILED;
      case ERROR -> lost.isEmpty() ? ExitStatus.ERROR : ExitStatus.TESTS_FAILED;
    };
  }
}
