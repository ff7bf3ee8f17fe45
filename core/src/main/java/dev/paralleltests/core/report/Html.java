package dev.paralleltests.core.report;

/** HTML escaping for text and attribute values: everything a report shows passes through here. */
final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} and replaces characters HTML cannot show (NUL, lone surrogates). */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\u0000' -> "\uFFFD";
            default -> {
              if (Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1))) {
                yield null;
              }
              if (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1))) {
                yield null;
              }
              yield Character.isSurrogate(c) ? "\uFFFD" : null;
            }
          };
      if (rep != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
