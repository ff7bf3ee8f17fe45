package dev.paralleltests.core.run;

import dev.paralleltests.core.report.Durations;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Progress for logs that are not a terminal (CI): a line when a shard ends, and every interval one
 * line with all shards, so the log shows the run is alive without flooding it.
 */
final class PlainProgress implements ProgressView {

  private final PrintWriter out;
  private final long intervalMillis;
  private final Set<Integer> reportedDone = new HashSet<>();
  private long lastLine = System.currentTimeMillis();
  private final FailureLines failures = new FailureLines();

  PlainProgress(PrintWriter out, long intervalMillis) {
    this.out = out;
    this.intervalMillis = intervalMillis;
  }

  @Override
  public void update(List<ShardProgress> shards) {
    failures.take(shards).forEach(out::println);
    for (ShardProgress s : shards) {
      if (s.finished() && reportedDone.add(s.index())) {
        out.println(TerminalProgress.line(s).replaceAll(" +", " "));
      }
    }
    long now = System.currentTimeMillis();
    if (now - lastLine >= intervalMillis && reportedDone.size() < shards.size()) {
      out.println(
          shards.stream()
              .map(
                  s ->
                      s.index()
                          + ":"
                          + s.state()
                          + " "
                          + Durations.format(s.elapsedMillis())
                          + " "
                          + s.tests()
                          + "t"
                          + (s.failed() > 0 ? " " + s.failed() + "f" : ""))
              .collect(Collectors.joining(" | ", "shards ", "")));
      lastLine = now;
    }
    out.flush();
  }
}
