package dev.paralleltests.core.history;

/**
 * The escaping of a timings file's fields: a backslash, tab, line feed or carriage return inside a
 * name would break the line structure, so they are written as {@code \\ \t \n \r}.
 */
final class Tsv {
  private Tsv() {}

  static String escape(String field) {
    int i = 0;
    while (i < field.length() && !special(field.charAt(i))) {
      i++;
    }
    if (i == field.length()) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length() + 8).append(field, 0, i);
    for (; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String unescape(String field) {
    int i = field.indexOf('\\');
    if (i < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length()).append(field, 0, i);
    for (; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 == field.length()) {
        throw new IllegalArgumentException("a field ends with a lone backslash");
      }
      char e = field.charAt(++i);
      switch (e) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw new IllegalArgumentException("unknown escape '\\" + e + "'");
      }
    }
    return out.toString();
  }

  private static boolean special(char c) {
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
  }
}
