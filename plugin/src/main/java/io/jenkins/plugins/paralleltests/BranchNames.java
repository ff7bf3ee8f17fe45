package io.jenkins.plugins.paralleltests;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the parallel branches, {@code shard 1/4} or, for a named run, {@code unit 1/4}. The
 * recording step finds each shard's results by these names, which junit keeps as the enclosing
 * block names of every suite.
 */
final class BranchNames {
  private BranchNames() {}

  static String of(String runName, int index, int count) {
    return prefix(runName) + " " + index + "/" + count;
  }

  /**
   * Which shard of this run a suite belongs to, from the names of the blocks that enclosed it.
   *
   * @return the 1-based shard index, or empty when no enclosing block is a shard of this run
   */
  static OptionalInt shardOf(String runName, int count, Collection<String> enclosingBlockNames) {
    Pattern pattern = Pattern.compile(Pattern.quote(prefix(runName)) + " (\\d+)/" + count);
    for (String block : enclosingBlockNames) {
      Matcher m = pattern.matcher(block);
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        if (index >= 1 && index <= count) {
          return OptionalInt.of(index);
        }
      }
    }
    return OptionalInt.empty();
  }

  private static String prefix(String runName) {
    return runName.isEmpty() ? "shard" : runName;
  }
}
