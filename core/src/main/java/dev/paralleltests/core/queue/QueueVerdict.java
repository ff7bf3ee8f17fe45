package dev.paralleltests.core.queue;

import dev.paralleltests.core.report.RunProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a queue-mode run's queue says about it once the shards are over, whatever the shards' own
 * branches or processes ended with: a shard that died or timed out does not fail the run by itself
 * (its batch went back to the queue once), but every unit that did not run does, by name.
 *
 * <p>Problems (each of kind {@link RunProblem.Kind#UNITS_MISSING}, so the run is not green):
 *
 * <ul>
 *   <li>units whose second attempt was lost too;
 *   <li>units given back by a lost batch that no shard was left to rerun, and units never handed
 *       out (the queue stopped by fail-fast, or every shard lost);
 *   <li>the catch-all batch (tests no plan lists) lost twice, or never run;
 *   <li>a batch still claimed and never reported: its shard ended without saying how it went.
 * </ul>
 *
 * <p>Notes (the run stays green): a lost batch whose units all ran again elsewhere, naming both
 * shards, and a shard that was lost before it claimed anything (or, once the queue was stopped,
 * that claimed nothing: its work is among the units named as never handed out).
 *
 * @param problems what makes the run incomplete; empty when every unit ran
 * @param notes what a person should see on a complete run
 */
public record QueueVerdict(List<RunProblem> problems, List<String> notes) {

  /** At most this many units are named in a problem's message; the problem keeps them all. */
  static final int NAMED_UNITS = RunProblem.NAMED_UNITS;

  public QueueVerdict {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** True when the queue shows every unit (and the catch-all batch) run. */
  public boolean complete() {
    return problems.isEmpty();
  }

  /** Judges the queue as it stands: call it when no shard is running any more. */
  public static QueueVerdict of(WorkQueue queue) {
    List<BatchRecord> batches = queue.batches();
    List<RunProblem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>(queue.missingUnits());
    Map<String, Integer> givenBack = queue.requeuedUnits();

    // Units lost twice: by the second attempt that lost them.
    for (BatchRecord b : batches) {
      if (b.status() != BatchStatus.LOST || !b.batch().secondAttempt() || b.batch().catchAll()) {
        continue;
      }
      List<String> units = b.batch().units().stream().filter(missing::contains).toList();
      if (!units.isEmpty()) {
        problems.add(
            problem(
                b.batch().shard(),
                "lost twice: "
                    + firstLosses(batches, units)
                    + "; shard "
                    + b.batch().shard()
                    + " lost their second attempt, batch "
                    + b.batch().id()
                    + because(b),
                units));
      }
    }
    // Units given back by a lost batch that no shard reran: by the batch that lost them.
    Map<Integer, List<String>> byShard = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : givenBack.entrySet()) {
      byShard.computeIfAbsent(e.getValue(), s -> new ArrayList<>()).add(e.getKey());
    }
    String why = why(queue, "them");
    for (Map.Entry<Integer, List<String>> e : byShard.entrySet()) {
      problems.add(
          problem(
              e.getKey(),
              "lost and never rerun: " + firstLosses(batches, e.getValue()) + "; " + why,
              e.getValue()));
    }
    // Units never handed out: by the shard the plan gave them, so that each is a shard's.
    Map<Integer, List<String>> byHome = new java.util.TreeMap<>();
    for (String unit : queue.pendingUnits()) {
      byHome.computeIfAbsent(queue.home().get(unit), s -> new ArrayList<>()).add(unit);
    }
    for (Map.Entry<Integer, List<String>> e : byHome.entrySet()) {
      problems.add(problem(e.getKey(), "never handed out: " + why, e.getValue()));
    }
    // Batches still claimed: their shard ended without reporting them.
    for (BatchRecord b : batches) {
      if (b.status() == BatchStatus.CLAIMED) {
        String what = b.batch().catchAll() ? "the catch-all batch " : "batch ";
        problems.add(
            new RunProblem(
                RunProblem.Kind.UNITS_MISSING,
                b.batch().shard(),
                "shard "
                    + b.batch().shard()
                    + " never reported "
                    + what
                    + b.batch().id()
                    + (b.batch().catchAll()
                        ? ": tests no plan lists may not have run"
                        : ": its "
                            + count(b.batch().units().size())
                            + " may not have run: "
                            + named(b.batch().units())),
                b.batch().units()));
      }
    }
    catchAll(queue, batches, why(queue, "it"), problems);

    // Lost batches whose units all ran again: a note naming who reran them.
    for (BatchRecord b : batches) {
      if (b.status() != BatchStatus.LOST || b.batch().secondAttempt()) {
        continue;
      }
      if (!ranAgain(queue, b.batch())) {
        continue;
      }
      List<BatchRecord> reruns = reruns(batches, b);
      if (reruns.stream().allMatch(r -> r.status() == BatchStatus.DONE)) {
        notes.add(
            "shard "
                + b.batch().shard()
                + " lost batch "
                + b.batch().id()
                + because(b)
                + "; "
                + rerunBy(reruns)
                + (b.batch().catchAll()
                    ? " reran it"
                    : " reran its " + count(b.batch().units().size())));
      }
    }
    Set<Integer> claimedSomething = new TreeSet<>();
    batches.forEach(b -> claimedSomething.add(b.batch().shard()));
    for (int shard : new TreeSet<>(queue.lostShards())) {
      if (!claimedSomething.contains(shard)) {
        // A stopped queue (fail-fast, or the build aborted) handed its work to nobody: the
        // problems above name what did not run.
        notes.add(
            queue
                .stopReason()
                .map(r -> "shard " + shard + " claimed no batch: the queue stopped (" + r + ")")
                .orElse(
                    "shard "
                        + shard
                        + " was lost before it claimed a batch: other shards ran its work"));
      }
    }
    return new QueueVerdict(problems, notes);
  }

  /**
   * True when everything {@code lost} was to run did run in the end: its units (or, for the
   * catch-all batch, the tests no plan lists) neither lost twice nor left unrun. Such a batch does
   * not fail the run, nor its shard: the verdict notes it instead.
   */
  public static boolean ranAgain(WorkQueue queue, Batch lost) {
    if (lost.catchAll()) {
      return queue.catchAllState() != WorkQueue.CatchAll.MISSING && !queue.catchAllUnrun();
    }
    Set<String> notRun = new LinkedHashSet<>(queue.missingUnits());
    notRun.addAll(queue.unrunUnits());
    return lost.units().stream().noneMatch(notRun::contains);
  }

  private static void catchAll(
      WorkQueue queue, List<BatchRecord> batches, String why, List<RunProblem> problems) {
    List<BatchRecord> lost =
        batches.stream()
            .filter(b -> b.batch().catchAll() && b.status() == BatchStatus.LOST)
            .toList();
    String lostText =
        String.join(
            "; ",
            lost.stream()
                .map(
                    b ->
                        "shard " + b.batch().shard() + " lost batch " + b.batch().id() + because(b))
                .toList());
    switch (queue.catchAllState()) {
      case MISSING ->
          problems.add(
              RunProblem.of(
                  RunProblem.Kind.UNITS_MISSING,
                  lost.isEmpty() ? 0 : lost.get(lost.size() - 1).batch().shard(),
                  "the catch-all batch (tests no plan lists) was lost twice ("
                      + lostText
                      + "): tests no plan lists may not have run"));
      case REQUEUED ->
          problems.add(
              RunProblem.of(
                  RunProblem.Kind.UNITS_MISSING,
                  queue.catchAllLostBy(),
                  "the catch-all batch (tests no plan lists) was lost and never rerun ("
                      + lostText
                      + "; "
                      + why
                      + "): tests no plan lists may not have run"));
      case PENDING ->
          problems.add(
              RunProblem.of(
                  RunProblem.Kind.UNITS_MISSING,
                  0,
                  "the catch-all batch (tests no plan lists) was never handed out ("
                      + why
                      + "): tests no plan lists may not have run"));
      default -> {
        // NONE or HANDED: nothing missing (a batch still claimed is named above).
      }
    }
  }

  /** "shard 1 lost them in batch 2 (timed out)", for the first attempts that lost these units. */
  private static String firstLosses(List<BatchRecord> batches, Collection<String> units) {
    List<String> parts = new ArrayList<>();
    for (BatchRecord b : batches) {
      if (b.status() == BatchStatus.LOST
          && !b.batch().secondAttempt()
          && b.batch().units().stream().anyMatch(units::contains)) {
        parts.add("shard " + b.batch().shard() + " lost batch " + b.batch().id() + because(b));
      }
    }
    return parts.isEmpty() ? "lost" : String.join(", ", parts);
  }

  /** The second-attempt batches that took units (or the catch-all) of a lost first attempt. */
  private static List<BatchRecord> reruns(List<BatchRecord> batches, BatchRecord lost) {
    List<BatchRecord> out = new ArrayList<>();
    for (BatchRecord b : batches) {
      if (!b.batch().secondAttempt() || b.batch().id() <= lost.batch().id()) {
        continue;
      }
      boolean takes =
          lost.batch().catchAll()
              ? b.batch().catchAll()
              : b.batch().units().stream().anyMatch(lost.batch().units()::contains);
      if (takes) {
        out.add(b);
      }
    }
    return out;
  }

  private static String rerunBy(List<BatchRecord> reruns) {
    List<String> parts = new ArrayList<>();
    for (BatchRecord r : reruns) {
      parts.add("shard " + r.batch().shard() + " (batch " + r.batch().id() + ")");
    }
    return String.join(" and ", parts);
  }

  private static String why(WorkQueue queue, String them) {
    return queue
        .stopReason()
        .map(r -> "the queue stopped (" + r + ")")
        .orElse("no shard was left to run " + them);
  }

  private static String because(BatchRecord b) {
    return b.note().isBlank() ? "" : " (" + b.note() + ")";
  }

  private static RunProblem problem(int shard, String how, List<String> units) {
    return new RunProblem(
        RunProblem.Kind.UNITS_MISSING,
        shard,
        count(units.size()) + " never ran, " + how + ": " + named(units),
        units);
  }

  private static String count(int units) {
    return units + (units == 1 ? " unit" : " units");
  }

  private static String named(List<String> units) {
    String shown = String.join(", ", units.subList(0, Math.min(NAMED_UNITS, units.size())));
    return units.size() > NAMED_UNITS
        ? shown + " and " + (units.size() - NAMED_UNITS) + " more"
        : shown;
  }
}
