package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.SummaryJson;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The build pages' files in {@code <build>/parallel-tests/}, next to the plan: kept out of {@code
 * build.xml} so that loading a build stays cheap, and read only when a page asks.
 *
 * <ul>
 *   <li>{@code summary.json}: the run in the core's {@link SummaryJson} form, for the build page;
 *   <li>{@code trend.properties}: the handful of numbers the job's trend charts need, so that
 *       drawing a hundred builds reads a hundred tiny files and nothing else;
 *   <li>{@code overruns.tsv}: units that ran far longer than planned;
 *   <li>{@code settings.txt}: each setting and where its value came from, as the plan step logged
 *       it.
 * </ul>
 *
 * A named run's files carry its name: {@code summary-unit.json}.
 */
final class BuildPageFiles {
  private BuildPageFiles() {}

  static Path summary(Path buildDir, String runName) {
    return file(buildDir, "summary", runName, "json");
  }

  static Path trend(Path buildDir, String runName) {
    return file(buildDir, "trend", runName, "properties");
  }

  static Path overruns(Path buildDir, String runName) {
    return file(buildDir, "overruns", runName, "tsv");
  }

  static Path settings(Path buildDir, String runName) {
    return file(buildDir, "settings", runName, "txt");
  }

  private static Path file(Path buildDir, String base, String runName, String ext) {
    return buildDir
        .resolve(BuildFiles.DIR)
        .resolve(runName.isEmpty() ? base + "." + ext : base + "-" + runName + "." + ext);
  }

  /** Writes the build page's and the trend's files of a recorded run. */
  static void write(Path buildDir, String runName, BuildSummaries.Recorded recorded)
      throws IOException {
    Path summaryFile = summary(buildDir, runName);
    Files.createDirectories(summaryFile.getParent());
    Files.writeString(summaryFile, SummaryJson.write(recorded.summary()), StandardCharsets.UTF_8);
    writeTrend(trend(buildDir, runName), TrendRow.of(recorded.summary()));
    List<String> lines = new ArrayList<>();
    for (UnitOverrun o : recorded.overruns()) {
      lines.add(
          String.join(
              "\t",
              o.unit().replace('\t', ' ').replace('\n', ' '),
              Integer.toString(o.shard()),
              Long.toString(o.plannedMillis()),
              Long.toString(o.actualMillis()),
              Boolean.toString(o.estimated())));
    }
    Files.write(overruns(buildDir, runName), lines, StandardCharsets.UTF_8);
  }

  /** Stores the settings as the plan step logged them (one per line, with their origin). */
  static void writeSettings(Path buildDir, String runName, String describedSettings)
      throws IOException {
    Path file = settings(buildDir, runName);
    Files.createDirectories(file.getParent());
    Files.writeString(file, describedSettings, StandardCharsets.UTF_8);
  }

  static RunSummary readSummary(Path buildDir, String runName) throws IOException {
    Path file = summary(buildDir, runName);
    try {
      return SummaryJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  static List<UnitOverrun> readOverruns(Path buildDir, String runName) throws IOException {
    Path file = overruns(buildDir, runName);
    List<UnitOverrun> list = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return list;
    }
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      String[] f = line.split("\t");
      try {
        list.add(
            new UnitOverrun(
                f[0],
                Integer.parseInt(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                Boolean.parseBoolean(f[4])));
      } catch (RuntimeException e) {
        throw new IOException(file + ":" + lineNumber + ": not an overrun line: " + line, e);
      }
    }
    return list;
  }

  /** The settings lines, trimmed; empty when the plan step stored none (an older build). */
  static List<String> readSettings(Path buildDir, String runName) throws IOException {
    Path file = settings(buildDir, runName);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static void writeTrend(Path file, TrendRow row) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", "1");
    p.setProperty("wallMillis", Long.toString(row.wallMillis()));
    p.setProperty("machineMillis", Long.toString(row.machineMillis()));
    p.setProperty("lowerBoundMillis", Long.toString(row.lowerBoundMillis()));
    p.setProperty("speedUp", String.format(Locale.ROOT, "%.4f", row.speedUp()));
    p.setProperty("imbalance", String.format(Locale.ROOT, "%.4f", row.imbalance()));
    p.setProperty("shards", Integer.toString(row.shards()));
    p.setProperty("tests", Integer.toString(row.tests()));
    p.setProperty("status", row.status());
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "parallel-tests trend point");
    }
  }

  /**
   * One build's trend numbers.
   *
   * @throws IOException when the file is unreadable or malformed, naming it
   */
  static TrendRow readTrend(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    try {
      return new TrendRow(
          Long.parseLong(p.getProperty("wallMillis")),
          Long.parseLong(p.getProperty("machineMillis")),
          Long.parseLong(p.getProperty("lowerBoundMillis")),
          Double.parseDouble(p.getProperty("speedUp")),
          Double.parseDouble(p.getProperty("imbalance")),
          Integer.parseInt(p.getProperty("shards")),
          Integer.parseInt(p.getProperty("tests")),
          p.getProperty("status", ""));
    } catch (RuntimeException e) {
      throw new IOException(file + ": not a trend point (" + e.getMessage() + ")", e);
    }
  }
}
