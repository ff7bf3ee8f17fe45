/** The shard planner: which units go to which shard, and why. */
package dev.paralleltests.core.plan;
