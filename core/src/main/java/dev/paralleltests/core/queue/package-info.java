/**
 * Queue mode: instead of a fixed split, shards pull batches of units from a queue as they go, so
 * that run-to-run noise, late or slow agents and a first build without timings even out. Entry
 * point: {@link dev.paralleltests.core.queue.WorkQueue}.
 */
package dev.paralleltests.core.queue;
