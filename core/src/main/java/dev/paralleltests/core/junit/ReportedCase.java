package dev.paralleltests.core.junit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One {@code <testcase>} as a report gave it. Immutable; attribute values are kept as written, so
 * that a merged report and every unit name derived from it match what the runner wrote.
 *
 * @param location where the case starts in its report
 * @param suitePath names of the enclosing {@code <testsuite>} elements, outermost first (nested
 *     suites are common in Jest, Mocha and Playwright reports)
 * @param className the {@code classname} attribute, or empty
 * @param name the {@code name} attribute, or empty
 * @param file the {@code file} attribute, else the nearest enclosing suite's (mocha-junit-reporter
 *     writes it there), or empty when the reporter wrote none
 * @param durationMillis the {@code time} attribute in milliseconds; empty when missing, blank,
 *     negative or not a number (never silently 0)
 * @param outcome the final outcome in this report
 * @param problems failure, error, skipped and rerun elements, in document order
 * @param systemOut the case's {@code <system-out>}, or empty (not kept when reading for timings)
 * @param systemErr the case's {@code <system-err>}, or empty (not kept when reading for timings)
 * @param properties the case's {@code <properties>} and unknown attributes, in document order.
 *     Attributes other than {@code classname}, {@code name}, {@code file} and {@code time} are
 *     keyed {@code @attribute} (e.g. {@code @line}, {@code @assertions}); a repeated property name
 *     gets a {@code #2}, {@code #3}... suffix. Empty when read with {@link
 *     JUnitXmlReader#timingsOnly()}.
 */
public record ReportedCase(
    ReportLocation location,
    List<String> suitePath,
    String className,
    String name,
    String file,
    OptionalLong durationMillis,
    Outcome outcome,
    List<CaseProblem> problems,
    String systemOut,
    String systemErr,
    Map<String, String> properties) {

  public ReportedCase {
    Objects.requireNonNull(location, "location");
    suitePath = List.copyOf(suitePath);
    className = className == null ? "" : className;
    name = name == null ? "" : name;
    file = file == null ? "" : file;
    Objects.requireNonNull(durationMillis, "durationMillis");
    Objects.requireNonNull(outcome, "outcome");
    problems = List.copyOf(problems);
    systemOut = systemOut == null ? "" : systemOut;
    systemErr = systemErr == null ? "" : systemErr;
    // Document order matters to a merged report; Map.copyOf would lose it.
    properties = properties.isEmpty() ? Map.of() : ordered(properties);
  }

  private static Map<String, String> ordered(Map<String, String> properties) {
    Map<String, String> ordered = new LinkedHashMap<>();
    properties.forEach(
        (key, value) ->
            ordered.put(
                Objects.requireNonNull(key, "property name"),
                Objects.requireNonNull(value, "property value")));
    return Collections.unmodifiableMap(ordered);
  }

  /** The innermost enclosing suite's name, or empty for a case outside any suite. */
  public String suiteName() {
    return suitePath.isEmpty() ? "" : suitePath.get(suitePath.size() - 1);
  }
}
