/**
 * The shard planner: which units go to which shard, and why. Entry points: {@link
 * dev.paralleltests.core.plan.ShardPlanner#plan(PlanRequest)}, {@link
 * dev.paralleltests.core.plan.PlanExplanation#of(ShardPlan)} and {@link
 * dev.paralleltests.core.plan.PlanJson}.
 */
package dev.paralleltests.core.plan;
