package hudson.model;

import java.io.Serializable;

/** Compile-only stub of jenkins-core's {@code hudson.model.HealthReport}. */
public class HealthReport implements Serializable, Comparable<HealthReport> {
  private static final long serialVersionUID = 1L;

  public HealthReport(int score, String iconUrl, String description) {}

  public HealthReport(int score, String description) {}

  public HealthReport() {}

  public int getScore() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int compareTo(HealthReport o) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
