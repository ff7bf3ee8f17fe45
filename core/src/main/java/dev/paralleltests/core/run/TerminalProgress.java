package dev.paralleltests.core.run;

import dev.paralleltests.core.report.Durations;
import java.io.PrintWriter;
import java.util.List;

/** One line per shard, redrawn in place with ANSI cursor movement, for people at a terminal. */
final class TerminalProgress implements ProgressView {

  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter out;
  private int drawnLines;
  private long lastDraw;
  private final FailureLines failures = new FailureLines();

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void update(List<ShardProgress> shards) {
    long now = System.currentTimeMillis();
    boolean newFailures = failures.hasNew(shards);
    if (drawnLines > 0 && now - lastDraw < REDRAW_MILLIS && !newFailures) {
      return;
    }
    draw(shards);
    lastDraw = now;
  }

  @Override
  public void done(List<ShardProgress> shards) {
    draw(shards);
  }

  private void draw(List<ShardProgress> shards) {
    StringBuilder b = new StringBuilder();
    if (drawnLines > 0) {
      b.append("\u001b[").append(drawnLines).append('A');
    }
    // A failed test's name scrolls above the shard lines and stays there.
    for (String line : failures.take(shards)) {
      b.append('\r').append("\u001b[2K").append(line).append('\n');
    }
    for (ShardProgress s : shards) {
      b.append('\r').append("\u001b[2K").append(line(s)).append('\n');
    }
    out.print(b);
    out.flush();
    drawnLines = shards.size();
  }

  static String line(ShardProgress s) {
    String tests = s.tests() == 1 ? "1 test" : s.tests() + " tests";
    String failed = s.failed() > 0 ? ", " + s.failed() + " failed" : "";
    return String.format(
        java.util.Locale.ROOT,
        "shard %-3d %-11s %8s  %s%s",
        s.index(),
        s.state(),
        Durations.format(s.elapsedMillis()),
        tests,
        failed);
  }
}
