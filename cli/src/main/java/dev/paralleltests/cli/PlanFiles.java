package dev.paralleltests.cli;

import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Plans in and out: the core's JSON form and explanation, with the commands' error messages. */
final class PlanFiles {
  private PlanFiles() {}

  /**
   * Prints the plan's JSON, its line ended by {@code println}: written through in blocks, because
   * for 100,000 units the text is 7 MB, which a string (and its copies) would make the collector
   * move.
   */
  static void printJson(ShardPlan plan, PrintWriter out) {
    try {
      PlanJson.write(plan, new WithoutFinalNewline(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter does not throw
    }
    out.println();
  }

  static String explain(ShardPlan plan) {
    return PlanExplanation.of(plan).text();
  }

  /** Reads a plan written by {@code plan --format json}; any problem is a usage error naming it. */
  static ShardPlan readJson(Path file) {
    try {
      return PlanJson.read(file);
    } catch (NoSuchFileException e) {
      throw CliException.usage("cannot read --plan " + file + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw CliException.usage("cannot read --plan " + file + ": " + Messages.describe(e));
    }
  }

  /** Passes text on, holding back a line feed until more text follows it. */
  private static final class WithoutFinalNewline extends FilterWriter {
    private boolean pending;

    WithoutFinalNewline(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      release();
      if (c == '\n') {
        pending = true;
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return;
      }
      release();
      boolean last = buffer[offset + length - 1] == '\n';
      out.write(buffer, offset, last ? length - 1 : length);
      pending = last;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      if (length == 0) {
        return;
      }
      release();
      boolean last = text.charAt(offset + length - 1) == '\n';
      out.write(text, offset, last ? length - 1 : length);
      pending = last;
    }

    private void release() throws IOException {
      if (pending) {
        out.write('\n');
        pending = false;
      }
    }

    @Override
    public void close() throws IOException {
      flush(); // the caller's writer stays open
    }
  }
}
