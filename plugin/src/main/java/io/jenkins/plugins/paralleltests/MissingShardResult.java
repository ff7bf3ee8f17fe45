package io.jenkins.plugins.paralleltests;

/**
 * What a shard that produced no results, or fewer than planned, does to the build. Never nothing: a
 * shard that silently ran no tests must not leave the build green.
 */
public enum MissingShardResult {
  UNSTABLE,
  FAILURE
}
