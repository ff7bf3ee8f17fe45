/**
 * Runs the shards of a plan side by side on one machine, as local process trees or inside Docker
 * containers, with per-shard timeouts, logs, reports directories and live progress.
 */
package dev.paralleltests.core.run;
