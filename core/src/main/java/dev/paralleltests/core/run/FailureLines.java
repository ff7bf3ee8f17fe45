package dev.paralleltests.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines that announce failed tests as soon as a shard's reports show them, each once: {@code
 * shard 2 FAILED com.x.FooTest.adds}.
 */
final class FailureLines {

  private final Set<String> shown = new HashSet<>();

  /** True when some shard shows a failed test not announced yet. */
  boolean hasNew(List<ShardProgress> shards) {
    for (ShardProgress s : shards) {
      for (String test : s.failedTests()) {
        if (!shown.contains(key(s, test))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lines for failed tests not announced yet; they count as announced from now on. */
  List<String> take(List<ShardProgress> shards) {
    List<String> lines = new ArrayList<>();
    for (ShardProgress s : shards) {
      for (String test : s.failedTests()) {
        if (shown.add(key(s, test))) {
          lines.add("shard " + s.index() + " FAILED " + test);
        }
      }
    }
    return lines;
  }

  private static String key(ShardProgress s, String test) {
    return s.index() + "\u0000" + test;
  }
}
