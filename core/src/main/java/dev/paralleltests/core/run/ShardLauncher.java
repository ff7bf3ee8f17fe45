package dev.paralleltests.core.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Starts one shard's command somewhere: a local process tree or a Docker container. */
interface ShardLauncher extends AutoCloseable {

  /** Ends what the launcher keeps for the whole run; the shards have all ended. */
  @Override
  default void close() {}

  /**
   * Starts the command with these extra environment variables, its output going to the shard's log
   * file, and returns at once.
   *
   * @throws IOException when the command or the container cannot be started
   */
  Started start(ShardWork work, List<String> command, Map<String, String> env) throws IOException;

  /** A shard that was started. */
  interface Started {
    /** The local process to wait for (the command itself, or the {@code docker run} client). */
    Process process();

    /** Kills everything the shard started: the whole process tree, or the container. */
    void kill();

    /** Removes what may be left behind after the process ended (a container); idempotent. */
    default void cleanUp() {}
  }
}
