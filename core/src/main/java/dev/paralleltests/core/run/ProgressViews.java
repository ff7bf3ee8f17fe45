package dev.paralleltests.core.run;

import java.io.PrintWriter;

/** The progress views the command line chooses from. */
public final class ProgressViews {

  private ProgressViews() {}

  /** One line per shard updated in place; for a terminal that understands ANSI escapes. */
  public static ProgressView terminal(PrintWriter out) {
    return new TerminalProgress(out);
  }

  /** A line per finished shard, and all shards' states every {@code intervalMillis}. */
  public static ProgressView plain(PrintWriter out, long intervalMillis) {
    return new PlainProgress(out, intervalMillis);
  }

  /** {@link #terminal} when standard input and output are a terminal, else {@link #plain}. */
  public static ProgressView auto(PrintWriter out) {
    boolean terminal = isTerminal() && !"dumb".equals(System.getenv("TERM"));
    return terminal ? terminal(out) : plain(out, 10_000);
  }

  /**
   * Whether standard input and output are a terminal. Up to Java 21 that is what a console's
   * presence means; from Java 22 a console exists also when redirected, and says so itself.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 17 to 21: only a terminal has a console
    }
  }
}
