package dev.paralleltests.core.merge;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal streaming XML writer. Unlike the JDK's StAX writer it escapes line breaks in attribute
 * values (so multi-line failure messages survive a round trip) and replaces characters XML 1.0
 * cannot hold, so the merged report is always well-formed whatever the inputs contained.
 */
final class XmlOut {
  private final Writer out;
  private boolean openTag;
  private int depth;

  XmlOut(Writer out) {
    this.out = out;
  }

  void declaration() throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  XmlOut start(String name) throws IOException {
    closeOpenTag();
    if (depth > 0) {
      out.write('\n');
    }
    indent();
    out.write('<');
    out.write(name);
    openTag = true;
    depth++;
    return this;
  }

  XmlOut attr(String name, String value) throws IOException {
    out.write(' ');
    out.write(name);
    out.write("=\"");
    escape(value, true);
    out.write('"');
    return this;
  }

  XmlOut attr(String name, long value) throws IOException {
    return attr(name, Long.toString(value));
  }

  XmlOut text(String text) throws IOException {
    closeOpenTag();
    escape(text, false);
    return this;
  }

  /** Ends the element; {@code inline} when it only held text, so no indentation is added. */
  XmlOut end(String name, boolean inline) throws IOException {
    depth--;
    if (openTag) {
      out.write("/>");
      openTag = false;
      return this;
    }
    if (!inline) {
      out.write('\n');
      indent();
    }
    out.write("</");
    out.write(name);
    out.write('>');
    return this;
  }

  /** A whole element with text content, omitted when the text is empty. */
  XmlOut textElement(String name, String text) throws IOException {
    if (!text.isEmpty()) {
      start(name).text(text).end(name, true);
    }
    return this;
  }

  void finish() throws IOException {
    out.write('\n');
    out.flush();
  }

  private void closeOpenTag() throws IOException {
    if (openTag) {
      out.write('>');
      openTag = false;
    }
  }

  private void indent() throws IOException {
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  private void escape(String s, boolean attribute) throws IOException {
    int n = s.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep = null;
      switch (c) {
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '&' -> rep = "&amp;";
        case '"' -> rep = attribute ? "&quot;" : null;
        case '\n' -> rep = attribute ? "&#10;" : null;
        case '\r' -> rep = "&#13;";
        case '\t' -> rep = attribute ? "&#9;" : null;
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            rep = "\uFFFD";
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              i++; // a valid pair: written as is
            } else {
              rep = "\uFFFD";
            }
          } else if (Character.isLowSurrogate(c)) {
            rep = "\uFFFD";
          }
        }
      }
      if (rep != null) {
        out.write(s, from, i - from);
        out.write(rep);
        from = i + 1;
      }
    }
    out.write(s, from, n - from);
  }
}
