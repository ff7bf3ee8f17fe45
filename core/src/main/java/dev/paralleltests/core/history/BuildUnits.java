package dev.paralleltests.core.history;

import java.time.Instant;

/**
 * One recorded build as a plan needs it: each unit's time in the build at one granularity (the sum
 * of its samples, which may be negative where a suite ran its cases in parallel), in the order the
 * units first appear in the build's file.
 *
 * @param id the build's ID
 * @param recordedAt when it was recorded
 * @param hasSamples whether the build recorded any sample at all, at any granularity (a build
 *     without samples does not count towards the retention window)
 * @param units the units, each once
 * @param millis each unit's time, at the same index
 */
record BuildUnits(
    String id, Instant recordedAt, boolean hasSamples, String[] units, long[] millis) {}
