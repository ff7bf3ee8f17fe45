package dev.paralleltests.core.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON text as UTF-8 bytes into a buffer, written out in large blocks: what {@link PlanJson} writes
 * plans with. Strings are written as Jackson writes them by default, so that plans keep the text
 * they had when Jackson wrote them.
 */
final class JsonBytes {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  private long written;

  JsonBytes(OutputStream out) {
    this.out = out;
  }

  /** Text of the format itself, which is ASCII. */
  JsonBytes raw(String ascii) throws IOException {
    int n = ascii.length();
    room(n);
    for (int i = 0; i < n; i++) {
      buffer[used++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  JsonBytes raw(byte[] bytes) throws IOException {
    copy(bytes, 0, bytes.length);
    return this;
  }

  /**
   * A whole number's digits, written straight into the buffer: an int's when it fits (C1, which the
   * launcher runs, divides by ten with a division instruction, and a long's costs more), each digit
   * with one division.
   */
  JsonBytes number(long value) throws IOException {
    if (value < 0 || value > Integer.MAX_VALUE) {
      return raw(Long.toString(value)); // beyond any time or count in a plan
    }
    int v = (int) value;
    int digits = 1;
    for (int limit = 10; digits < 10 && v >= limit; limit *= 10) {
      digits++;
    }
    room(digits);
    for (int i = used + digits - 1; i > used; i--) {
      int q = v / 10;
      buffer[i] = (byte) ('0' + (v - q * 10));
      v = q;
    }
    buffer[used] = (byte) ('0' + v);
    used += digits;
    return this;
  }

  /**
   * A JSON string as Jackson writes it by default: quotation mark, backslash and control characters
   * escaped (the short forms where JSON has them, else a backslash, {@code u00} and two upper-case
   * hex digits), everything else as is, in UTF-8.
   */
  JsonBytes string(String s) throws IOException {
    int n = s.length();
    if (n + 2 > buffer.length) {
      return escaped(s); // longer than the buffer: written through
    }
    room(n + 2);
    int start = used;
    buffer[used++] = '"';
    // The usual name is ASCII without an escape: its characters are its bytes, stored as read
    // (no encoded copy of each name, and no second pass to find escapes in).
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
        used = start;
        return escaped(s);
      }
      buffer[used++] = (byte) c;
    }
    buffer[used++] = '"';
    return this;
  }

  /**
   * The general way: the string's UTF-8 bytes, escapes found among them. Every byte of a multi-byte
   * UTF-8 sequence is 0x80 or above, so scanning the bytes finds exactly the characters to escape.
   */
  private JsonBytes escaped(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    room(1);
    buffer[used++] = '"';
    int plainFrom = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b != '"' && b != '\\') {
        continue;
      }
      copy(bytes, plainFrom, i);
      plainFrom = i + 1;
      escape(b);
    }
    copy(bytes, plainFrom, bytes.length);
    room(1);
    buffer[used++] = '"';
    return this;
  }

  /** The bytes written so far, those still in the buffer included. */
  long position() {
    return written + used;
  }

  /** Bytes {@code from} to {@code to} of {@code bytes}, as they are (already JSON text). */
  JsonBytes bytes(byte[] bytes, int from, int to) throws IOException {
    copy(bytes, from, to);
    return this;
  }

  private void copy(byte[] bytes, int from, int to) throws IOException {
    if (to - from > buffer.length) {
      flushBuffer(); // longer than the buffer: written through
      out.write(bytes, from, to - from);
      written += to - from;
      return;
    }
    room(to - from);
    System.arraycopy(bytes, from, buffer, used, to - from);
    used += to - from;
  }

  private void escape(int c) throws IOException {
    room(6);
    buffer[used++] = '\\';
    switch (c) {
      case '"' -> buffer[used++] = '"';
      case '\\' -> buffer[used++] = '\\';
      case '\b' -> buffer[used++] = 'b';
      case '\t' -> buffer[used++] = 't';
      case '\f' -> buffer[used++] = 'f';
      case '\n' -> buffer[used++] = 'n';
      case '\r' -> buffer[used++] = 'r';
      default -> {
        buffer[used++] = 'u';
        buffer[used++] = '0';
        buffer[used++] = '0';
        buffer[used++] = HEX[c >> 4];
        buffer[used++] = HEX[c & 0xF];
      }
    }
  }

  /** Makes room for {@code n} more bytes, writing the buffer out when it is full. */
  private void room(int n) throws IOException {
    if (used + n <= buffer.length) {
      return;
    }
    flushBuffer();
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, used);
    written += used;
    used = 0;
  }

  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }
}
