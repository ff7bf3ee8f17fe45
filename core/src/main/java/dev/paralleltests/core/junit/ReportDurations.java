package dev.paralleltests.core.junit;

import java.util.OptionalLong;

/**
 * Turns a report's {@code time} attribute (seconds) into milliseconds. The one duration parser, so
 * that every reader agrees on what {@code 1,234.5} or {@code NaN} means.
 */
final class ReportDurations {

  /** About 31,700 years: anything larger is a broken writer, not a slow test. */
  private static final double MAX_SECONDS = 1e12;

  private ReportDurations() {}

  /**
   * Parses seconds as JUnit XML writers spell them: {@code 1.5}, {@code 0.001}, {@code 1e-3}, with
   * thousands separators ({@code 1,234.5}: old Surefire versions formatted times with grouping), a
   * decimal comma ({@code 1,5}) or both ({@code 1.234,5}). A lone {@code 1,234} is read as grouped
   * thousands, as Surefire wrote it. Returns empty for blank, negative, {@code NaN}, infinite or
   * unparseable values: unknown is never silently 0.
   */
  static OptionalLong toMillis(String seconds) {
    if (seconds == null) {
      return OptionalLong.empty();
    }
    long plain = plainMillis(seconds);
    if (plain >= 0) {
      return OptionalLong.of(plain);
    }
    String text = normalize(seconds.trim());
    if (text == null || !looksNumeric(text)) {
      return OptionalLong.empty();
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    if (!(value >= 0) || value > MAX_SECONDS) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.round(value * 1000.0));
  }

  /**
   * The milliseconds of a time as nearly every writer spells it, digits with at most three decimals
   * ({@code 0.067}, {@code 12}, {@code 3.5}), else -1. Exactly what the general path gives for
   * these (a double holds up to 10^9 seconds in milliseconds without rounding); parsing a double
   * for each of 100,000 cases was most of the time spent on durations.
   */
  static long plainMillis(String seconds) {
    int n = seconds.length();
    int i = 0;
    long whole = 0;
    while (i < n && i < 9 && isDigit(seconds.charAt(i))) {
      whole = whole * 10 + (seconds.charAt(i) - '0');
      i++;
    }
    if (i == 0) {
      return -1;
    }
    if (i == n) {
      return whole * 1000;
    }
    if (seconds.charAt(i) != '.' || n - i - 1 > 3) {
      return -1;
    }
    long fraction = 0;
    int scale = 100;
    for (i++; i < n; i++, scale /= 10) {
      char c = seconds.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      fraction += (c - '0') * scale;
    }
    return whole * 1000 + fraction;
  }

  /** Why a present {@code time} value was not usable, for a note to the user. */
  static String whyUnusable(String seconds) {
    String text = seconds.trim();
    if (text.isEmpty()) {
      return "time is empty";
    }
    if (text.startsWith("-")) {
      return "time " + quote(text) + " is negative";
    }
    return "time " + quote(text) + " is not a number of seconds";
  }

  private static String quote(String text) {
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
  }

  /** Removes thousands separators or turns a single decimal comma into a point. */
  private static String normalize(String text) {
    int comma = text.indexOf(',');
    if (comma < 0) {
      return text;
    }
    int point = text.lastIndexOf('.');
    if (point >= 0) {
      // Both separators: the last one is the decimal mark (1,234.5 or 1.234,5).
      return point > text.lastIndexOf(',')
          ? text.replace(",", "")
          : text.replace(".", "").replace(',', '.');
    }
    if (isGrouped(text)) {
      return text.replace(",", "");
    }
    if (text.indexOf(',', comma + 1) < 0) {
      return text.replace(',', '.');
    }
    return null;
  }

  /** {@code 1,234} or {@code 12,345,678}: groups of exactly three digits after the first. */
  private static boolean isGrouped(String text) {
    int firstComma = text.indexOf(',');
    if (firstComma < 1 || firstComma > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean commaPlace = i >= firstComma && (i - firstComma) % 4 == 0;
      if (commaPlace ? c != ',' : !isDigit(c)) {
        return false;
      }
    }
    return (text.length() - firstComma) % 4 == 0;
  }

  /** Digits, one optional point and exponent; rejects Java-only forms such as {@code 0x1p3}. */
  private static boolean looksNumeric(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits) {
        return isExponent(text, i + 1);
      } else {
        return false;
      }
    }
    return digits;
  }

  private static boolean isExponent(String text, int from) {
    int i =
        from < text.length() && (text.charAt(from) == '+' || text.charAt(from) == '-')
            ? from + 1
            : from;
    if (i >= text.length()) {
      return false;
    }
    for (; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
