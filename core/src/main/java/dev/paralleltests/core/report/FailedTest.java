package dev.paralleltests.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A test that failed on some attempt: either on every attempt ({@code flaky == false}, the run is
 * red) or only before passing ({@code flaky == true}).
 *
 * @param shard the 1-based shard number
 * @param className the test's class name, or empty
 * @param name the test's name
 * @param error true when its last failure was an error rather than an assertion failure
 * @param flaky true when it passed on a later attempt
 * @param attempts how many times it ran
 * @param messages every failed attempt's message, in attempt order (each may be empty)
 * @param details the last failure's stack trace or text, possibly shortened
 * @param output the last failed attempt's standard output and error, possibly shortened
 */
public record FailedTest(
    int shard,
    String className,
    String name,
    boolean error,
    boolean flaky,
    int attempts,
    List<String> messages,
    String details,
    String output) {

  public FailedTest {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    messages = List.copyOf(messages);
    details = details == null ? "" : details;
    output = output == null ? "" : output;
  }

  /** {@code Class.name}, or whichever of the two is present. */
  public String displayName() {
    if (className.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? className : className + "." + name;
  }

  /** The last failure's message, or empty. */
  public String message() {
    return messages.isEmpty() ? "" : messages.get(messages.size() - 1);
  }
}
