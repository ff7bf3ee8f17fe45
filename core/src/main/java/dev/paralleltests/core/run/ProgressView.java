package dev.paralleltests.core.run;

import java.util.List;

/** Shows how the shards are doing while they run. Called from one thread only. */
public interface ProgressView {

  /** The shards' states, called often (a few times a second); shows what it wants of it. */
  void update(List<ShardProgress> shards);

  /** The final states, once every shard has ended. */
  default void done(List<ShardProgress> shards) {
    update(shards);
  }

  /** Shows nothing, for tests and quiet runs. */
  static ProgressView silent() {
    return shards -> {};
  }
}
