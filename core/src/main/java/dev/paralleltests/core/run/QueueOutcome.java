package dev.paralleltests.core.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a queue-mode run produced: the usual outputs, plus how the batches ran.
 *
 * @param outputs the merged report, history, warnings, and one result per shard (all its batches)
 * @param batches every batch in the order the queue handed them out
 * @param missingUnits units whose batch was lost twice: never ran
 * @param catchAllMissing true when the catch-all batch was lost twice
 * @param unrunUnits units never handed out: the queue stopped (fail-fast) or no shard was left
 * @param stopReason why the queue stopped early; empty when it drained
 * @param wallMillis from the run's start to the end of the last batch
 * @param idleAtEndMillis per shard: from the end of its last batch to the end of the run
 */
public record QueueOutcome(
    RunOutputs outputs,
    List<BatchRun> batches,
    List<String> missingUnits,
    boolean catchAllMissing,
    List<String> unrunUnits,
    Optional<String> stopReason,
    long wallMillis,
    Map<Integer, Long> idleAtEndMillis) {

  public QueueOutcome {
    Objects.requireNonNull(outputs, "outputs");
    batches = List.copyOf(batches);
    missingUnits = List.copyOf(missingUnits);
    unrunUnits = List.copyOf(unrunUnits);
    Objects.requireNonNull(stopReason, "stopReason");
    idleAtEndMillis = Map.copyOf(idleAtEndMillis);
  }

  /** The batches one shard ran, in order. */
  public List<BatchRun> batchesOf(int shard) {
    return batches.stream().filter(b -> b.batch().shard() == shard).toList();
  }
}
