package dev.paralleltests.core.run;

/**
 * One shard's state at a moment, for live progress.
 *
 * @param index 1-based
 * @param state {@code starting}, {@code running}, {@code killing}, or a {@link ShardStatus} label
 * @param finished true once the shard has ended
 * @param elapsedMillis since its start
 * @param tests test cases its reports show so far
 * @param failed failed ones among them
 */
public record ShardProgress(
    int index, String state, boolean finished, long elapsedMillis, int tests, int failed) {}
