package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import hudson.model.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;

/**
 * What one {@code parallelTests} run of a build did: where its plan came from, and per shard the
 * planned against the actual time and how it ended. Small on purpose (every load of the build reads
 * it); the plan itself is in {@code <build>/parallel-tests/plan.json}, which this action points to.
 */
public class ParallelTestsRunAction implements RunAction2 {

  private final String runName; // fixed
  private final String source; // fixed
  private final boolean reused; // fixed
  private final long lowerBoundMillis; // fixed
  private final long predictedMakespanMillis; // fixed
  private final long plannedAtMillis; // fixed
  private final MissingShardResult missingShardResult; // fixed: as resolved when planning
  private final List<ShardEntry> shards; // fixed list, mutable entries
  private List<String> problems = new ArrayList<>(); // mutable: set by the recording step
  private final List<String> planWarnings; // fixed: from planning (a replay's changed settings)
  private List<String> warnings; // mutable: the plan's, then the recording step's too
  private boolean recorded; // mutable

  private transient Run<?, ?> run;
  private transient volatile BuildPage page;

  ParallelTestsRunAction(
      String runName,
      PlanService.Planned planned,
      MissingShardResult missingShardResult,
      long plannedAtMillis) {
    this.runName = runName;
    this.missingShardResult = missingShardResult;
    this.plannedAtMillis = plannedAtMillis;
    this.source = planned.source();
    this.planWarnings = new ArrayList<>(planned.warnings());
    this.warnings = new ArrayList<>(planned.warnings());
    this.reused = planned.reused();
    ShardPlan plan = planned.plan();
    this.lowerBoundMillis = plan.lowerBoundMillis();
    this.predictedMakespanMillis = plan.predictedMakespanMillis();
    List<ShardEntry> entries = new ArrayList<>();
    int count = plan.shards().size();
    for (Shard shard : plan.shards()) {
      entries.add(
          new ShardEntry(
              shard.index(),
              BranchNames.of(runName, shard.index(), count),
              shard.predictedMillis(),
              shard.units().size()));
    }
    this.shards = entries;
  }

  /** This build's action for the named run, if that run planned. */
  static ParallelTestsRunAction find(Run<?, ?> run, String runName) {
    for (ParallelTestsRunAction action : run.getActions(ParallelTestsRunAction.class)) {
      if (action.runName.equals(runName)) {
        return action;
      }
    }
    return null;
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    this.run = r;
  }

  public Run<?, ?> getRun() {
    return run;
  }

  @Override
  public String getIconFileName() {
    return "symbol-timer";
  }

  @Override
  public String getDisplayName() {
    return runName.isEmpty() ? "Parallel Tests" : "Parallel Tests: " + runName;
  }

  @Override
  public String getUrlName() {
    return runName.isEmpty() ? "parallel-tests" : "parallel-tests-" + runName;
  }

  /**
   * The page's model (index.jelly), reading this run's files on first use. Someone may open the
   * page while the build runs, before {@link #recorded}: that drops the model, so the next view
   * reads the files the recording step wrote.
   */
  public BuildPage getPage() {
    return page(run.getRootDir().toPath());
  }

  BuildPage page(Path buildDir) {
    BuildPage p = page;
    if (p == null) {
      Map<Integer, String> branches = new HashMap<>();
      for (ShardEntry entry : shards) {
        branches.put(entry.getIndex(), entry.getBranch());
      }
      p = new BuildPage(buildDir, runName, source, branches);
      page = p;
    }
    return p;
  }

  /** The link to the build's Pipeline view, relative to the build, or "" when none is installed. */
  public String getPipelineViewLink() {
    return PipelineViewLink.of(shortName -> Jenkins.get().getPlugin(shortName) != null);
  }

  public String getRunName() {
    return runName;
  }

  public String getSource() {
    return source;
  }

  public long getPlannedAtMillis() {
    return plannedAtMillis;
  }

  public MissingShardResult getMissingShardResult() {
    return missingShardResult;
  }

  public boolean isReused() {
    return reused;
  }

  public long getLowerBoundMillis() {
    return lowerBoundMillis;
  }

  public long getPredictedMakespanMillis() {
    return predictedMakespanMillis;
  }

  public List<ShardEntry> getShards() {
    return List.copyOf(shards);
  }

  public synchronized List<String> getProblems() {
    return List.copyOf(problems);
  }

  public synchronized List<String> getWarnings() {
    return warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** What planning warned about, for the recording step to carry into the verdict. */
  List<String> getPlanWarnings() {
    return planWarnings == null ? List.of() : List.copyOf(planWarnings);
  }

  public synchronized boolean isRecorded() {
    return recorded;
  }

  /** The stored plan of this run, relative to the build directory. */
  public String getPlanFile() {
    return BuildFiles.DIR + "/" + BuildFiles.plan(Path.of(""), runName).getFileName();
  }

  ShardEntry shard(int index) {
    for (ShardEntry entry : shards) {
      if (entry.getIndex() == index) {
        return entry;
      }
    }
    throw new IllegalArgumentException(
        "parallelTests: no shard " + index + " in a run of " + shards.size() + " shards");
  }

  Map<Integer, ShardStatus> statuses() {
    Map<Integer, ShardStatus> statuses = new HashMap<>();
    for (ShardEntry entry : shards) {
      statuses.put(entry.getIndex(), entry.getStatus());
    }
    return statuses;
  }

  /**
   * Takes the recording step's verdict, after the page's files are written: the page is read anew
   * from them on its next view.
   */
  synchronized void recorded(ShardVerdict verdict) {
    for (ShardVerdict.ShardReport report : verdict.shards()) {
      shard(report.index()).recorded(report);
    }
    this.problems = new ArrayList<>(verdict.problemMessages());
    this.warnings = new ArrayList<>(verdict.warnings());
    this.recorded = true;
    this.page = null;
  }
}
