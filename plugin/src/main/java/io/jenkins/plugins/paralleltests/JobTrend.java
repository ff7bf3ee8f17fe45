package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.report.PageCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's trend over its last builds for one {@code parallelTests} run: wall time, machine time,
 * speed-up, imbalance and shard count per build. It reads each build's tiny {@code
 * trend.properties} (written from the core's summary when the build recorded) and nothing else, so
 * a hundred builds cost a hundred small reads and no test result.
 */
public final class JobTrend {
  /** Builds drawn unless a page asks otherwise. */
  static final int DEFAULT_BUILDS = 30;

  /** The most builds a page may ask for. */
  static final int MAX_BUILDS = 500;

  private static final Pattern TREND_FILE = Pattern.compile("trend(?:-(.+))?\\.properties");

  private final String runName;
  private final List<Point> points;
  private final List<String> skipped;

  private JobTrend(String runName, List<Point> points, List<String> skipped) {
    this.runName = runName;
    this.points = List.copyOf(points);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * A build to look at.
   *
   * @param number its number
   * @param dir its root directory
   */
  record BuildRef(int number, Path dir) {}

  /**
   * One build on the chart.
   *
   * @param number the build's number
   * @param row its numbers
   */
  record Point(int number, TrendRow row) {}

  /** Reads one trend file; replaced in tests to see which files the trend touches. */
  interface Reader {
    TrendRow read(Path file) throws IOException;
  }

  /**
   * The trend of a run over the given builds.
   *
   * @param builds newest first, as Jenkins lists them; builds without this run are skipped
   * @param limit at most this many builds (with the run) are drawn
   */
  static JobTrend of(List<BuildRef> builds, String runName, int limit, Reader reader) {
    List<Point> points = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (BuildRef build : builds) {
      if (points.size() >= limit) {
        break;
      }
      Path file = BuildPageFiles.trend(build.dir(), runName);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        points.add(new Point(build.number(), reader.read(file)));
      } catch (IOException | RuntimeException e) {
        skipped.add("#" + build.number() + ": " + e.getMessage());
      }
    }
    List<Point> oldestFirst = new ArrayList<>(points);
    java.util.Collections.reverse(oldestFirst);
    return new JobTrend(runName, oldestFirst, skipped);
  }

  static JobTrend of(List<BuildRef> builds, String runName, int limit) {
    return of(builds, runName, limit, BuildPageFiles::readTrend);
  }

  /** The names of the runs a build recorded ("" for an unnamed run), sorted. */
  static List<String> runNames(Path buildDir) {
    Path dir = buildDir.resolve(BuildFiles.DIR);
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (var files = Files.list(dir)) {
      files.forEach(
          f -> {
            Matcher m = TREND_FILE.matcher(f.getFileName().toString());
            if (m.matches()) {
              names.add(m.group(1) == null ? "" : m.group(1));
            }
          });
    } catch (IOException e) {
      return names;
    }
    names.sort(null);
    return names;
  }

  public String getRunName() {
    return runName;
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** The builds drawn, oldest first. */
  public List<Point> points() {
    return points;
  }

  /** Builds whose trend file could not be read, with the reason. */
  public List<String> getSkipped() {
    return skipped;
  }

  private List<String> labels() {
    return points.stream().map(p -> "#" + p.number()).toList();
  }

  private double[] values(java.util.function.ToDoubleFunction<TrendRow> f) {
    return points.stream().mapToDouble(p -> f.applyAsDouble(p.row())).toArray();
  }

  String id(String chart) {
    return "pt-trend-" + chart + (runName.isEmpty() ? "" : "-" + runName.replaceAll("\\W", "_"));
  }

  public String getWallSvg() {
    return PageCharts.lineChart(
        id("wall"), "Wall time (slowest shard)", labels(), values(TrendRow::wallMillis), true);
  }

  public String getMachineSvg() {
    return PageCharts.lineChart(
        id("machine"),
        "Machine time (sum of shards)",
        labels(),
        values(TrendRow::machineMillis),
        true);
  }

  public String getSpeedUpSvg() {
    return PageCharts.lineChart(
        id("speed-up"),
        "Speed-up over serial (test time / wall time)",
        labels(),
        values(TrendRow::speedUp),
        false);
  }

  public String getImbalanceSvg() {
    return PageCharts.lineChart(
        id("imbalance"),
        "Imbalance (slowest shard / lower bound)",
        labels(),
        values(TrendRow::imbalance),
        false);
  }

  public String getShardsSvg() {
    return PageCharts.lineChart(id("shards"), "Shards", labels(), values(TrendRow::shards), false);
  }

  /** The table under the charts, newest first, with the same numbers. */
  public List<Row> getRows() {
    List<Row> rows = new ArrayList<>();
    for (int i = points.size() - 1; i >= 0; i--) {
      Point p = points.get(i);
      TrendRow r = p.row();
      rows.add(
          new Row(
              p.number(),
              r.status(),
              r.shards(),
              r.tests(),
              PageCharts.duration(r.wallMillis()),
              PageCharts.duration(r.machineMillis()),
              PageCharts.ratio(r.speedUp()),
              PageCharts.ratio(r.imbalance())));
    }
    return rows;
  }

  /** One build in the trend's table. */
  public record Row(
      int number,
      String status,
      int shards,
      int tests,
      String wallTime,
      String machineTime,
      String speedUp,
      String imbalance) {
    public int getNumber() {
      return number;
    }

    public String getStatus() {
      return status;
    }

    public int getShards() {
      return shards;
    }

    public int getTests() {
      return tests;
    }

    public String getWallTime() {
      return wallTime;
    }

    public String getMachineTime() {
      return machineTime;
    }

    public String getSpeedUp() {
      return speedUp;
    }

    public String getImbalance() {
      return imbalance;
    }
  }
}
