package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.report.PageCharts;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.TestTiming;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "Parallel tests" page of one run of a build, and the summary on the build's main page. Reads
 * the run's files in {@code <build>/parallel-tests/} on first use and keeps them softly, so an idle
 * build costs no memory; every number comes from the core's {@link RunSummary}, formatted as the
 * command line's HTML report formats it.
 */
public final class BuildPage {
  private final Path buildDir;
  private final String runName;
  private final String source;
  private final Map<Integer, String> branches;
  private transient volatile SoftReference<Loaded> loaded = new SoftReference<>(null);

  /**
   * @param branches each shard's parallel branch name, by index
   */
  BuildPage(Path buildDir, String runName, String source, Map<Integer, String> branches) {
    this.buildDir = buildDir;
    this.runName = runName;
    this.source = source;
    this.branches = new TreeMap<>(branches);
  }

  /** What the files hold; {@code summary} is null with {@code problem} set when unreadable. */
  private record Loaded(
      RunSummary summary,
      String problem,
      List<UnitOverrun> overruns,
      List<String> explanation,
      List<String> settings) {}

  private Loaded load() {
    Loaded l = loaded.get();
    if (l != null) {
      return l;
    }
    RunSummary summary = null;
    String problem = "";
    List<UnitOverrun> overruns = List.of();
    if (Files.isRegularFile(BuildPageFiles.summary(buildDir, runName))) {
      try {
        summary = BuildPageFiles.readSummary(buildDir, runName);
        overruns = BuildPageFiles.readOverruns(buildDir, runName);
      } catch (IOException | RuntimeException e) {
        summary = null;
        problem = "cannot read this run's summary: " + e.getMessage();
      }
    } else {
      problem = "no results recorded yet (parallelTestsRecord has not run)";
    }
    List<String> explanation = new ArrayList<>();
    if (!source.isEmpty()) {
      explanation.add(source);
    }
    Path planFile = BuildFiles.plan(buildDir, runName);
    if (Files.isRegularFile(planFile)) {
      try {
        explanation.addAll(PlanExplanation.of(PlanJson.read(planFile)).lines());
      } catch (IOException | RuntimeException e) {
        explanation.add("cannot read the plan " + planFile.getFileName() + ": " + e.getMessage());
      }
    }
    List<String> settings;
    try {
      settings = BuildPageFiles.readSettings(buildDir, runName);
    } catch (IOException e) {
      settings = List.of("cannot read the settings: " + e.getMessage());
    }
    l = new Loaded(summary, problem, overruns, List.copyOf(explanation), settings);
    loaded = new SoftReference<>(l);
    return l;
  }

  /** True when the run was recorded and its summary could be read. */
  public boolean isAvailable() {
    return load().summary() != null;
  }

  /** Why there is nothing to show, or empty. */
  public String getProblem() {
    return load().problem();
  }

  RunSummary summary() {
    RunSummary s = load().summary();
    if (s == null) {
      throw new IllegalStateException(load().problem());
    }
    return s;
  }

  public String getStatus() {
    return summary().status().label();
  }

  public String getVerdict() {
    return PageCharts.verdict(summary());
  }

  public int getShardCount() {
    return summary().shards().size();
  }

  public int getTests() {
    return summary().totals().tests();
  }

  public String getWallTime() {
    return PageCharts.duration(summary().wallMillis());
  }

  public String getMachineTime() {
    return PageCharts.duration(summary().machineMillis());
  }

  public String getLowerBound() {
    return PageCharts.duration(summary().lowerBoundMillis());
  }

  public String getPlannedWallTime() {
    return summary().plannedMakespanMillis().isPresent()
        ? PageCharts.duration(summary().plannedMakespanMillis().getAsLong())
        : "";
  }

  public String getSpeedUp() {
    return PageCharts.ratio(summary().speedUpOverSerial());
  }

  public String getImbalance() {
    return PageCharts.ratio(summary().imbalance());
  }

  /** Units planned on the median because they had no history; -1 when unknown. */
  public int getEstimatedUnits() {
    return summary().estimatedUnits().orElse(-1);
  }

  public List<String> getProblems() {
    return summary().problemMessages();
  }

  public List<String> getWarnings() {
    return summary().warnings();
  }

  /** The timeline of planned and actual time per shard, as inline SVG (no script). */
  public String getTimelineSvg() {
    return PageCharts.timeline(summary());
  }

  public List<ShardRow> getShards() {
    List<ShardRow> rows = new ArrayList<>();
    for (ShardSummary s : summary().shards()) {
      rows.add(ShardRow.of(s, branches.getOrDefault(s.index(), "shard " + s.index())));
    }
    return rows;
  }

  public List<UnitRow> getSlowestUnits() {
    List<UnitRow> rows = new ArrayList<>();
    for (TestTiming t : summary().slowestUnits()) {
      rows.add(
          new UnitRow(
              t.displayName(),
              t.shard(),
              "",
              PageCharts.duration(t.millis()),
              "",
              junitClassUrl(t.className())));
    }
    return rows;
  }

  public List<UnitRow> getOverruns() {
    List<UnitRow> rows = new ArrayList<>();
    for (UnitOverrun o : load().overruns()) {
      rows.add(
          new UnitRow(
              o.unit(),
              o.shard(),
              PageCharts.duration(o.plannedMillis())
                  + (o.estimated() ? " (no history: median)" : ""),
              PageCharts.duration(o.actualMillis()),
              Double.isInfinite(o.ratio()) ? "" : PageCharts.ratio(o.ratio()),
              junitClassUrl(o.unit())));
    }
    return rows;
  }

  /** The plan's explanation as the plan step logged it, led by where its timings came from. */
  public List<String> getExplanation() {
    return load().explanation();
  }

  /** Settings whose value came from the step's parameters. */
  public List<String> getStepSettings() {
    return settingsFrom("(step parameter)");
  }

  /** Settings whose value came from the global configuration or the built-in default. */
  public List<String> getDefaultSettings() {
    List<String> list = new ArrayList<>(settingsFrom("(global configuration)"));
    list.addAll(settingsFrom("(built-in default)"));
    return list;
  }

  /** Notes of the settings step (e.g. a shard count capped by the global maximum). */
  public List<String> getSettingNotes() {
    return load().settings().stream().filter(s -> s.startsWith("note:")).toList();
  }

  private List<String> settingsFrom(String origin) {
    return load().settings().stream().filter(s -> s.endsWith(origin)).toList();
  }

  /**
   * A test class's page in the junit result, relative to the build: {@code testReport/pkg/Simple/};
   * empty for a unit that is not a class name (a file path).
   */
  static String junitClassUrl(String className) {
    if (className.isEmpty() || className.contains("/") || className.contains(" ")) {
      return "";
    }
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "(root)" : className.substring(0, dot);
    return "testReport/" + pkg + "/" + className.substring(dot + 1) + "/";
  }

  /**
   * One shard's line on the page.
   *
   * @param index 1-based
   * @param branch its parallel branch's name in the pipeline
   * @param status passed, failed, missing, empty, timed-out or unreadable
   * @param broken whether its results are incomplete
   * @param agent where it ran, or empty
   * @param image its container image, or empty
   * @param planned the plan's prediction, formatted
   * @param actual the time its results account for, formatted, or empty
   * @param ratio actual over planned, formatted, or empty
   * @param tests how many tests it reported
   * @param failed how many failed
   */
  public record ShardRow(
      int index,
      String branch,
      String status,
      boolean broken,
      String agent,
      String image,
      String planned,
      String actual,
      String ratio,
      int tests,
      int failed) {
    static ShardRow of(ShardSummary s, String branch) {
      return new ShardRow(
          s.index(),
          branch,
          s.status().label(),
          s.status().isBroken(),
          s.agent(),
          s.image(),
          s.plannedMillis().isPresent() ? PageCharts.duration(s.plannedMillis().getAsLong()) : "",
          s.actualMillis().isPresent() ? PageCharts.duration(s.actualMillis().getAsLong()) : "",
          s.actualOverPlanned().isPresent()
              ? PageCharts.ratio(s.actualOverPlanned().getAsDouble())
              : "",
          s.totals().tests(),
          s.totals().broken());
    }

    // Jelly reads JavaBean getters; records have none.
    public int getIndex() {
      return index;
    }

    public String getBranch() {
      return branch;
    }

    public String getStatus() {
      return status;
    }

    public boolean isBroken() {
      return broken;
    }

    public String getAgent() {
      return agent;
    }

    public String getImage() {
      return image;
    }

    public String getPlanned() {
      return planned;
    }

    public String getActual() {
      return actual;
    }

    public String getRatio() {
      return ratio;
    }

    public int getTests() {
      return tests;
    }

    public int getFailed() {
      return failed;
    }
  }

  /**
   * One unit's line: a slowest unit (no plan column) or an overrun.
   *
   * @param name the unit
   * @param shard the shard it ran in
   * @param planned its estimate, formatted, or empty
   * @param actual its time, formatted
   * @param ratio actual over planned, formatted, or empty
   * @param junitUrl its class page in the junit result relative to the build, or empty
   */
  public record UnitRow(
      String name, int shard, String planned, String actual, String ratio, String junitUrl) {
    public String getName() {
      return name;
    }

    public int getShard() {
      return shard;
    }

    public String getPlanned() {
      return planned;
    }

    public String getActual() {
      return actual;
    }

    public String getRatio() {
      return ratio;
    }

    public String getJunitUrl() {
      return junitUrl;
    }
  }
}
