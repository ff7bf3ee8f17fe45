package dev.paralleltests.core.junit;

import java.util.Objects;

/**
 * One {@code <failure>}, {@code <error>}, {@code <skipped>} or Surefire rerun element of a test
 * case, kept whole so that a merged report loses nothing.
 *
 * @param kind which element it was
 * @param type the {@code type} attribute (often an exception class), or empty
 * @param message the {@code message} attribute, or empty
 * @param text the element's text (a stack trace, usually), or empty
 */
public record CaseProblem(Kind kind, String type, String message, String text) {

  /** The element a problem came from; the Surefire rerun elements keep their own kinds. */
  public enum Kind {
    FAILURE("failure"),
    ERROR("error"),
    SKIPPED("skipped"),
    FLAKY_FAILURE("flakyFailure"),
    FLAKY_ERROR("flakyError"),
    RERUN_FAILURE("rerunFailure"),
    RERUN_ERROR("rerunError");

    private final String element;

    Kind(String element) {
      this.element = element;
    }

    /** The XML element name, as Surefire spells it. */
    public String element() {
      return element;
    }

    /** True for the Surefire rerun elements, which record earlier attempts of the same case. */
    public boolean isRerun() {
      return this != FAILURE && this != ERROR && this != SKIPPED;
    }
  }

  public CaseProblem {
    Objects.requireNonNull(kind, "kind");
    type = type == null ? "" : type;
    message = message == null ? "" : message;
    text = text == null ? "" : text;
  }
}
