package io.jenkins.plugins.paralleltests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The jobs' trends as last computed, keyed by job and a stamp of its newest build (number and
 * whether it still runs): the job page's chart is drawn on every view of the job, and computing it
 * walks back through up to {@link JobTrend#MAX_BUILDS} builds' directories. A new build, or the
 * newest one finishing, changes the stamp and so recomputes. Only the most recently used jobs are
 * kept.
 */
final class TrendCache {
  static final int MAX_JOBS = 64;

  private record Entry(String stamp, List<JobTrend> trends) {}

  private final Map<String, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_JOBS;
        }
      };

  /**
   * @param key the job's full name and the number of builds drawn
   * @param stamp what the trend depends on besides the key; a different one recomputes
   */
  synchronized List<JobTrend> get(String key, String stamp, Supplier<List<JobTrend>> compute) {
    Entry entry = entries.get(key);
    if (entry != null && entry.stamp().equals(stamp)) {
      return entry.trends();
    }
    List<JobTrend> trends = List.copyOf(compute.get());
    entries.put(key, new Entry(stamp, trends));
    return trends;
  }
}
