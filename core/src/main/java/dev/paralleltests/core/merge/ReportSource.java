package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.ReportListener;
import java.nio.file.Path;

/**
 * Reads one JUnit XML file and reports its cases, suites and problems as they are read. A malformed
 * file is reported through {@link ReportListener#onProblem}, never thrown, so that the other files
 * still merge. Reading the same file twice must give the same events: the merge reads each file
 * twice rather than holding it in memory. The merge may call it from a thread of its own (one file
 * at a time, in the order it merges them), so that parsing and merging run on two cores.
 */
@FunctionalInterface
public interface ReportSource {

  /** Streams {@code file} to {@code listener}. */
  void read(Path file, ReportListener listener);
}
