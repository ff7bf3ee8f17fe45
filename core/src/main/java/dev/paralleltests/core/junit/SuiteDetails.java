package dev.paralleltests.core.junit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code <testsuite>} says beyond its {@link ReportedSuite}: what a merged report needs to
 * lose nothing. Delivered only by {@link JUnitXmlReader#full()} readers, through {@link
 * ReportListener#onSuiteDetails}.
 *
 * @param attributes the suite's attributes other than {@code name}, {@code time}, {@code file},
 *     {@code timestamp} and {@code hostname}, in document order (e.g. the declared {@code tests},
 *     {@code failures}, {@code errors}, {@code skipped} counts, Surefire's {@code version})
 * @param properties the suite's {@code <properties>}, in document order (a repeated name gets a
 *     {@code #2}, {@code #3}... suffix)
 * @param systemOut the suite's own {@code <system-out>} (Gradle writes output here), or empty
 * @param systemErr the suite's own {@code <system-err>}, or empty
 */
public record SuiteDetails(
    Map<String, String> attributes,
    Map<String, String> properties,
    String systemOut,
    String systemErr) {

  public SuiteDetails {
    attributes = ordered(attributes);
    properties = ordered(properties);
    systemOut = systemOut == null ? "" : systemOut;
    systemErr = systemErr == null ? "" : systemErr;
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value")));
    return Collections.unmodifiableMap(copy);
  }
}
