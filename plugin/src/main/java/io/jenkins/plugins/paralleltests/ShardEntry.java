package io.jenkins.plugins.paralleltests;

import java.io.Serializable;

/**
 * One shard as the build remembers it: planned against actual, and what its marker step saw (agent,
 * image, start, end, how it ended), so that a shard without results still shows on the build's
 * pages. Kept small: it is stored in the build's {@code build.xml}.
 */
public final class ShardEntry implements Serializable {
  private static final long serialVersionUID = 1L; // release 0.1

  private final int index; // fixed
  private final String branch; // fixed
  private final long plannedMillis; // fixed
  private final int plannedUnits; // fixed
  private String agent = ""; // mutable: set when the shard starts
  private String image = ""; // mutable: set when the shard starts
  private long startMillis; // mutable: 0 until started
  private long endMillis; // mutable: 0 until ended
  private ShardStatus status = ShardStatus.NOT_STARTED; // mutable
  private long testMillis = -1; // mutable: -1 until recorded
  private int tests = -1; // mutable: -1 until recorded
  private int failures; // mutable
  private int missingUnits; // mutable

  ShardEntry(int index, String branch, long plannedMillis, int plannedUnits) {
    this.index = index;
    this.branch = branch;
    this.plannedMillis = plannedMillis;
    this.plannedUnits = plannedUnits;
  }

  synchronized void started(String agent, String image, long at) {
    this.agent = agent == null ? "" : agent;
    this.image = image == null ? "" : image;
    this.startMillis = at;
    this.status = ShardStatus.RUNNING;
  }

  synchronized void ended(ShardStatus status, long at) {
    this.status = status;
    this.endMillis = at;
  }

  synchronized void recorded(ShardVerdict.ShardReport report) {
    this.testMillis = report.testMillis();
    this.tests = report.tests();
    this.failures = report.failures();
    this.missingUnits = report.missingUnits().size();
  }

  public int getIndex() {
    return index;
  }

  public String getBranch() {
    return branch;
  }

  public long getPlannedMillis() {
    return plannedMillis;
  }

  public int getPlannedUnits() {
    return plannedUnits;
  }

  public synchronized String getAgent() {
    return agent;
  }

  public synchronized String getImage() {
    return image;
  }

  public synchronized long getStartMillis() {
    return startMillis;
  }

  public synchronized long getEndMillis() {
    return endMillis;
  }

  /** Wall time on the agent, from the marker; -1 when the shard did not both start and end. */
  public synchronized long getWallMillis() {
    return startMillis > 0 && endMillis >= startMillis ? endMillis - startMillis : -1;
  }

  public synchronized ShardStatus getStatus() {
    return status;
  }

  public synchronized long getTestMillis() {
    return testMillis;
  }

  public synchronized int getTests() {
    return tests;
  }

  public synchronized int getFailures() {
    return failures;
  }

  public synchronized int getMissingUnits() {
    return missingUnits;
  }
}
