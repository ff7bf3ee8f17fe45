package io.jenkins.plugins.paralleltests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lock per state file, held only while someone uses it: callers of {@link #with} on the same
 * file (however its path is spelled) never overlap, callers on different files never wait for each
 * other, and the table holds an entry only while a call on that file runs or waits, so a controller
 * that runs queue-mode builds for months keeps no entry per build.
 *
 * <p>Why not a fixed array of lock stripes chosen by the path's hash: simpler, but two builds whose
 * paths share a stripe would queue behind each other, and each queue call forces the state file and
 * its directory to disk (milliseconds to tens of milliseconds on a busy disk), so one build's
 * shards would slow down another's claims, unpredictably. Counting the users of each entry keeps
 * the exact one-lock-per-file behaviour of a plain map and bounds it by the number of threads
 * inside a call.
 */
final class StateFileLocks {

  /** A file's lock and how many threads hold it or wait for it. */
  private static final class Entry {
    private int users; // changed only inside the map's compute calls for its key
  }

  private final ConcurrentHashMap<Path, Entry> entries = new ConcurrentHashMap<>();

  interface Work<T> {
    T run() throws IOException;
  }

  /**
   * The key of a file: absolute and normalized, so that {@code build/./queue.json} and a relative
   * spelling of it share one lock. Symbolic links are not resolved (the file need not exist yet);
   * callers pass the build's own directory, never a link to it.
   */
  static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** Runs {@code work} while holding {@code file}'s lock. */
  <T> T with(Path file, Work<T> work) throws IOException {
    Path key = key(file);
    // compute runs atomically per key, so an entry someone counted in cannot be removed under it.
    Entry entry =
        entries.compute(
            key,
            (k, e) -> {
              Entry held = e == null ? new Entry() : e;
              held.users++;
              return held;
            });
    try {
      synchronized (entry) {
        return work.run();
      }
    } finally {
      entries.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
    }
  }

  /** How many files have a lock now: those with a call running or waiting. */
  int size() {
    return entries.size();
  }
}
