package dev.paralleltests.core.junit;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A {@code <testsuite>} as a report gave it, delivered when the suite ends, without its cases (they
 * were delivered one by one), so memory never grows with a suite's size.
 *
 * @param location where the suite starts in its report
 * @param suitePath names of this suite and its enclosing suites, outermost first
 * @param durationMillis the suite's own {@code time} attribute; empty when missing or invalid. It
 *     includes setup and teardown that no case carries.
 * @param file the suite's {@code file} attribute, or empty
 * @param directCases how many {@code <testcase>} elements the suite held directly
 * @param classNames the distinct {@code classname} values of those direct cases (a suite that
 *     covers exactly one class lets that class's time include its setup and teardown)
 * @param timestamp the {@code timestamp} attribute, or empty
 * @param hostname the {@code hostname} attribute, or empty
 */
public record ReportedSuite(
    ReportLocation location,
    List<String> suitePath,
    OptionalLong durationMillis,
    String file,
    int directCases,
    Set<String> classNames,
    String timestamp,
    String hostname) {

  public ReportedSuite {
    Objects.requireNonNull(location, "location");
    suitePath = List.copyOf(suitePath);
    Objects.requireNonNull(durationMillis, "durationMillis");
    file = file == null ? "" : file;
    classNames = Set.copyOf(classNames);
    timestamp = timestamp == null ? "" : timestamp;
    hostname = hostname == null ? "" : hostname;
  }

  /** This suite's own name (the last element of {@link #suitePath()}), or empty. */
  public String name() {
    return suitePath.isEmpty() ? "" : suitePath.get(suitePath.size() - 1);
  }
}
