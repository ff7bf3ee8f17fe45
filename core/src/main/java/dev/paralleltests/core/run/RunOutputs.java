package dev.paralleltests.core.run;

import dev.paralleltests.core.report.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a finished run produced.
 *
 * @param run how each shard ended
 * @param merged the merged results and report files; empty when no shard wrote any report
 * @param planJson the plan the shards followed
 * @param recordedBuild the build ID under which the history was updated, when it was
 * @param warnings things a person should hear about
 */
public record RunOutputs(
    RunResult run,
    Optional<Merged> merged,
    Path planJson,
    Optional<String> recordedBuild,
    List<String> warnings) {

  public RunOutputs {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(merged, "merged");
    Objects.requireNonNull(recordedBuild, "recordedBuild");
    warnings = List.copyOf(warnings);
  }

  /**
   * The merged outcome.
   *
   * @param summary the merged results, with the runner's knowledge (timeouts, measured times)
   * @param mergedXml the merged JUnit XML file
   * @param htmlReport the self-contained HTML report
   * @param markdownReport the Markdown summary
   */
  public record Merged(RunSummary summary, Path mergedXml, Path htmlReport, Path markdownReport) {
    public Merged {
      Objects.requireNonNull(summary, "summary");
    }
  }
}
