package dev.paralleltests.core.junit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells from a report's first bytes, without a parser, that its root element is {@code <testsuite>}
 * or {@code <testsuites>}: what nearly every file a search finds starts with. It answers yes only
 * when the prolog is plainly well-formed (an optional UTF-8 byte order mark, an optional XML
 * declaration, white space) and the root's name is one of the two; anything else (comments, a
 * DOCTYPE, another encoding, another root) is left to the parser, so the answer is never one a
 * parser would contradict. A search of 1,000 reports spent most of its time starting a parser per
 * file for this (docs/performance.md, issue 14).
 */
final class RootSniffer {
  /** Enough for a declaration and the root's name. */
  static final int HEAD = 512;

  private static final Pattern DECLARATION =
      Pattern.compile(
          "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"1\\.[0-9]+\"|'1\\.[0-9]+')"
              + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*"
              + "(\"(?i:utf-8|us-ascii|iso-8859-1)\"|'(?i:utf-8|us-ascii|iso-8859-1)'))?"
              + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"(yes|no)\"|'(yes|no)'))?"
              + "[ \\t\\r\\n]*\\?>");

  private RootSniffer() {}

  /** True when {@code file} surely has a {@code <testsuite>} or {@code <testsuites>} root. */
  static boolean isJUnitRoot(Path file) {
    byte[] head = new byte[HEAD];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; n < HEAD && (r = in.read(head, n, HEAD - n)) > 0; ) {
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return isJUnitRoot(head, n);
  }

  static boolean isJUnitRoot(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
      i = 3;
    }
    // ISO-8859-1 and US-ASCII agree with UTF-8 on every byte up to the root's name
    String text = new String(head, i, length - i, StandardCharsets.ISO_8859_1);
    int at = 0;
    if (text.startsWith("<?xml")) {
      var declaration = DECLARATION.matcher(text);
      if (!declaration.lookingAt()) {
        return false;
      }
      at = declaration.end();
    }
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    for (String root : new String[] {"<testsuites", "<testsuite"}) {
      int end = at + root.length();
      if (text.startsWith(root, at)
          && end < text.length()
          && (isSpace(text.charAt(end)) || text.charAt(end) == '>' || text.charAt(end) == '/')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
