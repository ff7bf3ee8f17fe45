package dev.paralleltests.cli;

import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Plans in and out: the core's JSON form and explanation, with the commands' error messages. */
final class PlanFiles {
  private PlanFiles() {}

  /**
   * Prints the plan's JSON as UTF-8 bytes, written through in blocks: for 100,000 units the text is
   * 7 MB, which a string (and its copies, and a second encoding through a writer) would make the
   * collector move.
   */
  static void printJson(ShardPlan plan, OutputStream out) {
    try {
      PlanJson.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
