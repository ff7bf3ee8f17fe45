package dev.paralleltests.core.run;

import dev.paralleltests.core.queue.QueueVerdict;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a queue-mode run produced: the usual outputs, plus how the batches ran.
 *
 * @param outputs the merged report, history, warnings, and one result per shard (all its batches)
 * @param batches every batch in the order the queue handed them out
 * @param verdict the queue's judgement: what never ran (problems, also in the merged summary) and
 *     the lost batches that ran again elsewhere (notes)
 * @param stopReason why the queue stopped early; empty when it drained
 * @param wallMillis from the run's start to the end of the last batch
 * @param idleAtEndMillis per shard: from the end of its last batch to the end of the run
 */
public record QueueOutcome(
    RunOutputs outputs,
    List<BatchRun> batches,
    QueueVerdict verdict,
    Optional<String> stopReason,
    long wallMillis,
    Map<Integer, Long> idleAtEndMillis) {

  public QueueOutcome {
    Objects.requireNonNull(outputs, "outputs");
    batches = List.copyOf(batches);
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(stopReason, "stopReason");
    idleAtEndMillis = Map.copyOf(idleAtEndMillis);
  }

  /** The batches one shard ran, in order. */
  public List<BatchRun> batchesOf(int shard) {
    return batches.stream().filter(b -> b.batch().shard() == shard).toList();
  }
}
