package dev.paralleltests.core.queue;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Plans and a hand-driven clock for the queue's tests. */
final class Plans {

  private Plans() {}

  /** {@code units} units named u00, u01 ... lasting 1 s, 2 s ... (u00 shortest), catch-all on. */
  static ShardPlan plan(int units, int shards) {
    List<UnitEstimate> suite = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      suite.add(UnitEstimate.known(String.format("u%02d", i), (i + 1) * 1_000L, 5));
    }
    return ShardPlanner.plan(PlanRequest.of(suite, shards).withSafetyNet(SafetyNet.CATCH_ALL));
  }

  /** The same suite, every test listed: no catch-all batch. */
  static ShardPlan planWithoutCatchAll(int units, int shards) {
    List<UnitEstimate> suite = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      suite.add(UnitEstimate.known(String.format("u%02d", i), (i + 1) * 1_000L, 5));
    }
    return ShardPlanner.plan(
        PlanRequest.of(suite, shards).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));
  }

  /**
   * {@code known} units with history (u00 1 s, u01 2 s ...) and {@code unknown} units without any
   * (n0, n1 ..., estimated at the known units' median), every test listed.
   */
  static ShardPlan planWithNewUnits(int known, int unknown, int shards) {
    List<UnitEstimate> suite = new ArrayList<>();
    for (int i = 0; i < known; i++) {
      suite.add(UnitEstimate.known(String.format("u%02d", i), (i + 1) * 1_000L, 5));
    }
    for (int i = 0; i < unknown; i++) {
      suite.add(UnitEstimate.estimated("n" + i, (known + 1) * 500L));
    }
    return ShardPlanner.plan(
        PlanRequest.of(suite, shards).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));
  }

  /** A clock the test moves. */
  static final class Clock {
    final AtomicLong now = new AtomicLong(1_000_000);

    long get() {
      return now.get();
    }

    void advance(long millis) {
      now.addAndGet(millis);
    }
  }
}
