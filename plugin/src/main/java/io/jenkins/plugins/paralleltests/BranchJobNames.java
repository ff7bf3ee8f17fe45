package io.jenkins.plugins.paralleltests;

/**
 * Names of branch jobs in a multibranch project. Branch API encodes the characters that would break
 * a URL segment, so the job of branch {@code release/1.x} is named {@code release%2F1.x}; looking a
 * target branch up by its raw name finds nothing. Written from Branch API's {@code
 * NameEncoder.encode} rules.
 */
final class BranchJobNames {
  private BranchJobNames() {}

  static String encode(String branch) {
    if (branch.isEmpty()) {
      return "%00";
    }
    if (branch.equals(".")) {
      return "%2E";
    }
    if (branch.equals("..")) {
      return "%2E.";
    }
    StringBuilder out = new StringBuilder(branch.length() + 8);
    for (char c : branch.toCharArray()) {
      switch (c) {
        case '#' -> out.append("%23");
        case '%' -> out.append("%25");
        case '/' -> out.append("%2F");
        case '?' -> out.append("%3F");
        case '[' -> out.append("%5B");
        case ']' -> out.append("%5D");
        case '\\' -> out.append("%5C");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
