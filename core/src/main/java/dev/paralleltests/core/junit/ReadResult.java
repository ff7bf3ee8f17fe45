package dev.paralleltests.core.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one report file gave: how many cases and suites were delivered to the listener, and
 * the problems met (the same ones the listener heard about).
 *
 * @param file the report file as it was given
 * @param cases test cases delivered
 * @param suites test suites delivered
 * @param problems problems in the order they were met; at most one is fatal, and it is last.
 *     Non-fatal notes beyond a per-file limit are summarised in one note.
 */
public record ReadResult(Path file, long cases, long suites, List<ReportProblem> problems) {

  public ReadResult {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
  }

  /** The problem that stopped reading this file early, if any. */
  public Optional<ReportProblem> fatalProblem() {
    return problems.stream().filter(ReportProblem::fatal).findFirst();
  }

  /** True when the whole file was read; cases before a fatal problem were delivered either way. */
  public boolean isComplete() {
    return fatalProblem().isEmpty();
  }
}
