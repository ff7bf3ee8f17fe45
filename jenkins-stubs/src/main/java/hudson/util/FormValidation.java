package hudson.util;

import java.io.IOException;

/** Compile-only stub of jenkins-core's {@code hudson.util.FormValidation}. */
public abstract class FormValidation extends IOException {
  private static final long serialVersionUID = 1L;

  private FormValidation() {}

  public static FormValidation error(String message) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation warning(String message) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation ok(String message) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation ok() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation error(String format, Object... args) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation warning(String format, Object... args) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation ok(String format, Object... args) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation validateNonNegativeInteger(String value) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation validateIntegerInRange(String value, int lower, int upper) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation validatePositiveInteger(String value) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static FormValidation validateRequired(String value) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract String renderHtml();

  /** Compile-only stub of {@code FormValidation.Kind}. */
  public enum Kind {
    OK,
    WARNING,
    ERROR
  }
}
