package dev.paralleltests.cli;

import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitHistory;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The history a {@code plan} command is going to read, read on the second core while the first
 * still builds the command line (picocli's model, from annotations, about a tenth of a second): for
 * a large history, much of the reading is done by the time the command asks for it. A guess from
 * the raw arguments, nothing more: the command takes it only for the same directory and granularity
 * it parsed itself, and reads the history itself otherwise. Reading a history never fails (problems
 * are warnings in the result), so a guess that was wrong costs only its thread.
 */
final class HistoryPrefetch {
  private record Pending(
      Path directory, Granularity granularity, FutureTask<UnitHistory.Load> load) {}

  private static Pending pending;

  private HistoryPrefetch() {}

  /**
   * Starts reading the history named by {@code plan ... --history DIR [--granularity G]}, when the
   * arguments plainly say so (no argument file, which picocli would expand) and DIR is a directory;
   * otherwise does nothing.
   */
  static synchronized void start(String[] args) {
    pending = null;
    if (args.length == 0 || !args[0].equals("plan")) {
      return;
    }
    String history = null;
    Granularity granularity = Granularity.CLASS;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@")) {
        return; // an argument file could say anything
      }
      if (a.equals("--")) {
        break; // units follow
      }
      String value = null;
      String name = a;
      int equals = a.indexOf('=');
      if (a.startsWith("--") && equals > 0) {
        name = a.substring(0, equals);
        value = a.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[i + 1];
      }
      if (name.equals("--history")) {
        history = value;
      } else if (name.equals("--granularity") && value != null) {
        try {
          granularity = Granularity.parse(value);
        } catch (IllegalArgumentException e) {
          return; // a usage error is coming
        }
      }
    }
    if (history == null) {
      return;
    }
    Path directory;
    try {
      directory = Path.of(history);
    } catch (RuntimeException e) {
      return;
    }
    if (!Files.isDirectory(directory)) {
      return;
    }
    Granularity g = granularity;
    FutureTask<UnitHistory.Load> load =
        new FutureTask<>(
            () -> {
              UnitHistory.Load read = TimingHistoryStore.at(directory).loadUnits(g);
              // What a plan of the history's own units asks next (HistoryAccess's options): kept
              // by the history, so the command finds it done.
              read.history().estimateKnown(EstimateOptions.defaults());
              return read;
            });
    Thread reader = new Thread(load, "history-prefetch");
    reader.setDaemon(true);
    reader.start();
    pending = new Pending(directory, granularity, load);
  }

  /**
   * The history read ahead for this directory and granularity, waiting for the reading to end;
   * empty when none was started for them (or it failed: the caller reads it and meets the problem
   * itself). Taken once.
   */
  static Optional<UnitHistory.Load> take(Path directory, Granularity granularity) {
    Pending p;
    synchronized (HistoryPrefetch.class) {
      p = pending;
      pending = null;
    }
    if (p == null || !p.directory().equals(directory) || p.granularity() != granularity) {
      return Optional.empty();
    }
    try {
      return Optional.of(p.load().get());
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
