package dev.paralleltests.core.merge;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A minimal streaming XML writer, straight to UTF-8 bytes. Unlike the JDK's StAX writer it escapes
 * line breaks in attribute values (so multi-line failure messages survive a round trip) and
 * replaces characters XML 1.0 cannot hold, so the merged report is always well-formed whatever the
 * inputs contained.
 *
 * <p>It encodes into its own buffer rather than through a {@code Writer}: a merge writes tens of
 * megabytes a character at a time, and the buffered writer and charset encoder in between cost more
 * than the escaping itself (docs/performance.md, issue 14).
 */
final class XmlOut {
  private static final int SIZE = 1 << 16;

  /** Characters escaped at a time: their worst case fits the buffer many times over. */
  private static final int CHUNK = 4096;

  /** Room one character may take escaped: {@code &quot;}. */
  private static final int WIDEST = 6;

  /** ASCII characters written as they are, in text and in attribute values. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '<' && c != '>' && c != '&' && c != '"';
    }
  }

  private final OutputStream out;
  private final byte[] buf = new byte[SIZE];
  private final char[] chars = new char[CHUNK];
  private int pos;
  private boolean openTag;
  private int depth;

  XmlOut(OutputStream out) {
    this(out, 0);
  }

  /**
   * A writer whose output goes inside {@code depth} elements another writer opened (the merged
   * suites inside the {@code <testsuites>} element): indentation and line breaks continue theirs.
   */
  XmlOut(OutputStream out, int depth) {
    this.out = out;
    this.depth = depth;
  }

  void declaration() throws IOException {
    ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  XmlOut start(String name) throws IOException {
    closeOpenTag();
    room(2 * depth + name.length() + 2);
    if (depth > 0) {
      buf[pos++] = '\n';
    }
    for (int i = 0; i < depth; i++) {
      buf[pos++] = ' ';
      buf[pos++] = ' ';
    }
    buf[pos++] = '<';
    asciiInRoom(name);
    openTag = true;
    depth++;
    return this;
  }

  XmlOut attr(String name, String value) throws IOException {
    attrName(name);
    escape(value, true);
    room(1);
    buf[pos++] = '"';
    return this;
  }

  XmlOut attr(String name, long value) throws IOException {
    attrName(name);
    room(21);
    digits(value);
    buf[pos++] = '"';
    return this;
  }

  /** A duration in milliseconds as seconds with three decimals, as {@link JUnitMerger#seconds}. */
  XmlOut seconds(String name, long millis) throws IOException {
    if (millis < 0) {
      return attr(name, JUnitMerger.seconds(millis));
    }
    attrName(name);
    room(25);
    digits(millis / 1000);
    int fraction = (int) (millis % 1000);
    buf[pos++] = '.';
    buf[pos++] = (byte) ('0' + fraction / 100);
    buf[pos++] = (byte) ('0' + fraction / 10 % 10);
    buf[pos++] = (byte) ('0' + fraction % 10);
    buf[pos++] = '"';
    return this;
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
      room(2);
      buf[pos++] = '/';
      buf[pos++] = '>';
      openTag = false;
      return this;
    }
    room(2 * depth + name.length() + 4);
    if (!inline) {
      buf[pos++] = '\n';
      for (int i = 0; i < depth; i++) {
        buf[pos++] = ' ';
        buf[pos++] = ' ';
      }
    }
    buf[pos++] = '<';
    buf[pos++] = '/';
    asciiInRoom(name);
    buf[pos++] = '>';
    return this;
  }

  /** A whole element with text content, omitted when the text is empty. */
  XmlOut textElement(String name, String text) throws IOException {
    if (!text.isEmpty()) {
      start(name).text(text).end(name, true);
    }
    return this;
  }

  /**
   * Ends the open start tag and hands everything written so far to the stream, so that content
   * written to the stream directly comes next (the merged suites, copied from where they were
   * spooled). That content must leave the same depth open, as a writer made with {@link
   * #XmlOut(OutputStream, int)} does.
   */
  void beforeDirectContent() throws IOException {
    closeOpenTag();
    flush();
  }

  void finish() throws IOException {
    room(1);
    buf[pos++] = '\n';
    flush();
  }

  /** Hands the buffered bytes to the stream. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  private void attrName(String name) throws IOException {
    room(name.length() + 3);
    buf[pos++] = ' ';
    asciiInRoom(name);
    buf[pos++] = '=';
    buf[pos++] = '"';
  }

  private void closeOpenTag() throws IOException {
    if (openTag) {
      room(1);
      buf[pos++] = '>';
      openTag = false;
    }
  }

  /** Our own names and markup: ASCII, never escaped. */
  private void ascii(String s) throws IOException {
    room(s.length());
    asciiInRoom(s);
  }

  private void asciiInRoom(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  private void digits(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        asciiInRoom(Long.toString(value));
        return;
      }
      buf[pos++] = '-';
      value = -value;
    }
    int start = pos;
    do {
      buf[pos++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte b = buf[i];
      buf[i] = buf[j];
      buf[j] = b;
    }
  }

  /** Makes room for {@code bytes} more, if the buffer can hold them at all. */
  private void room(int bytes) throws IOException {
    if (pos + bytes > SIZE) {
      drain();
      if (bytes > SIZE) {
        throw new IllegalArgumentException("a name of " + bytes + " bytes");
      }
    }
  }

  private void drain() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  private void escape(String s, boolean attribute) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; ) {
      // a chunk at a time out of the string: a loop over an array is cheaper than charAt
      int length = Math.min(CHUNK, n - i);
      s.getChars(i, i + length, chars, 0);
      if (length > 1 && i + length < n && Character.isHighSurrogate(chars[length - 1])) {
        length--; // keep a surrogate pair in one chunk
      }
      if (SIZE - pos < length * WIDEST) {
        drain();
      }
      escape(chars, length, attribute);
      i += length;
    }
  }

  /** Writes {@code chars[0..length)} escaped; the buffer has room for the worst case. */
  private void escape(char[] chars, int length, boolean attribute) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (PLAIN[c]) {
          buf[pos++] = (byte) c;
        } else {
          special(c, attribute);
        }
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | c >> 6);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          buf[pos++] = (byte) (0xF0 | cp >> 18);
          buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp & 0x3F);
        } else {
          replacement();
        }
      } else if (c == 0xFFFE || c == 0xFFFF) {
        replacement();
      } else {
        buf[pos++] = (byte) (0xE0 | c >> 12);
        buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  /** The ASCII characters that are not {@link #PLAIN}. */
  private void special(char c, boolean attribute) {
    switch (c) {
      case '<' -> asciiInRoom("&lt;");
      case '>' -> asciiInRoom("&gt;");
      case '&' -> asciiInRoom("&amp;");
      case '"' -> {
        if (attribute) {
          asciiInRoom("&quot;");
        } else {
          buf[pos++] = '"';
        }
      }
      case '\n' -> {
        if (attribute) {
          asciiInRoom("&#10;");
        } else {
          buf[pos++] = '\n';
        }
      }
      case '\t' -> {
        if (attribute) {
          asciiInRoom("&#9;");
        } else {
          buf[pos++] = '\t';
        }
      }
      case '\r' -> asciiInRoom("&#13;");
      default -> replacement(); // other control characters: not allowed in XML 1.0
    }
  }

  /** U+FFFD, for a character XML 1.0 cannot hold or a lone surrogate. */
  private void replacement() {
    buf[pos++] = (byte) 0xEF;
    buf[pos++] = (byte) 0xBF;
    buf[pos++] = (byte) 0xBD;
  }
}
