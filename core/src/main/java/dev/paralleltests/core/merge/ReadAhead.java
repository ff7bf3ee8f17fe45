package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import dev.paralleltests.core.junit.SuiteDetails;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads report files on a second thread while the merge works on the ones before: parsing is about
 * half of a merge's work, and a machine with two cores can do both at once. The files are read one
 * at a time, in the order the merge asks for them, each file's events recorded and replayed to the
 * merge's listener on its own thread, in the same order. At most {@link #AHEAD} files wait
 * recorded, so memory grows by a few files' cases, not by the reports' size (a merge already holds
 * one file's cases at a time).
 *
 * <p>With one core, or one file, the files are read directly on the caller's thread.
 */
final class ReadAhead implements AutoCloseable {
  static final int AHEAD = 2;

  private final ReportSource source;
  private final Iterator<Path> expected;
  private final BlockingQueue<Recorded> ready;
  private final Thread reader;

  private ReadAhead(ReportSource source, List<Path> files, boolean parallel) {
    this.source = source;
    this.expected = files.iterator();
    if (!parallel) {
      this.ready = null;
      this.reader = null;
      return;
    }
    this.ready = new ArrayBlockingQueue<>(AHEAD);
    this.reader = new Thread(() -> readAll(files), "parallel-tests-read-ahead");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /** Reads {@code files}, in this order, for {@link #read} calls in the same order. */
  static ReadAhead of(ReportSource source, List<Path> files) {
    return new ReadAhead(
        source, files, files.size() > 1 && Runtime.getRuntime().availableProcessors() > 1);
  }

  /** Delivers the next file's events to {@code listener}; {@code file} must be that next file. */
  void read(Path file, ReportListener listener) {
    Path next = expected.next();
    if (!next.equals(file)) {
      throw new IllegalStateException("read " + file + " out of order; expected " + next);
    }
    if (reader == null) {
      source.read(file, listener);
      return;
    }
    Recorded recorded;
    try {
      recorded = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file, e);
    }
    recorded.replay(listener);
  }

  private void readAll(List<Path> files) {
    try {
      for (Path file : files) {
        Recorded recorded = new Recorded();
        try {
          source.read(file, recorded);
        } catch (RuntimeException | Error e) {
          recorded.failure = e; // thrown on the merge's thread, where a direct read throws it
        }
        ready.put(recorded);
      }
    } catch (InterruptedException e) {
      // closed early: the merge failed and reads no more
    }
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.interrupt();
    }
  }

  /** One file's events, in order. */
  private static final class Recorded implements ReportListener {
    private final List<Object> events = new ArrayList<>();
    private Throwable failure;

    private record Details(ReportedSuite suite, SuiteDetails details) {}

    @Override
    public void onCase(ReportedCase testCase) {
      events.add(testCase);
    }

    @Override
    public void onSuite(ReportedSuite suite) {
      events.add(suite);
    }

    @Override
    public void onSuiteDetails(ReportedSuite suite, SuiteDetails details) {
      events.add(new Details(suite, details));
    }

    @Override
    public void onProblem(ReportProblem problem) {
      events.add(problem);
    }

    void replay(ReportListener listener) {
      for (Object e : events) {
        if (e instanceof ReportedCase c) {
          listener.onCase(c);
        } else if (e instanceof ReportedSuite s) {
          listener.onSuite(s);
        } else if (e instanceof Details d) {
          listener.onSuiteDetails(d.suite(), d.details());
        } else {
          listener.onProblem((ReportProblem) e);
        }
      }
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error err) {
        throw err;
      }
    }
  }
}
