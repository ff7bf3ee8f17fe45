package dev.paralleltests.cli;

import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Plans in and out: the core's JSON form and explanation, with the commands' error messages. */
final class PlanFiles {
  private PlanFiles() {}

  static String toJson(ShardPlan plan) {
    return PlanJson.toJson(plan).stripTrailing();
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
