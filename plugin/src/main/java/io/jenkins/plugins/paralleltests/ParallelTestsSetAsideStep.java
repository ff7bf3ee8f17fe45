package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.BuildTimingsCollector;
import dev.paralleltests.core.junit.JUnitXmlReader;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code parallelTestsSetAside}: in queue mode one workspace runs several batches, and {@code
 * junit} reads every report its pattern matches, so a batch's reports must leave the pattern's
 * reach once published, or the next batch's {@code junit} call would publish them again. This step
 * moves the reports matching {@code testResults} into {@code into} (a directory outside the
 * checkout, such as the workspace's temporary directory) and returns how many there were and the
 * test time they show, from which the queue learns the runner's start cost.
 *
 * <p>A {@link SynchronousNonBlockingStepExecution}: it reads files over the agent channel, which
 * must not block the CPS VM thread. Such an execution does not survive a controller restart
 * (workflow-step-api {@code SynchronousNonBlockingStepExecution.java} lines 76-78: {@code onResume}
 * fails the step); the step is then failed, and the script treats its batch as lost.
 */
public class ParallelTestsSetAsideStep extends Step {

  private final String testResults;
  private final String into;

  @DataBoundConstructor
  public ParallelTestsSetAsideStep(String testResults, String into) {
    this.testResults = testResults;
    this.into = into;
  }

  public String getTestResults() {
    return testResults;
  }

  public String getInto() {
    return into;
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(testResults, into, context);
  }

  /** Moves the reports off the CPS VM thread. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String testResults;
    private final String into;

    Execution(String testResults, String into, StepContext context) {
      super(context);
      this.testResults = testResults;
      this.into = into;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      if (testResults == null || testResults.isBlank() || into == null || into.isBlank()) {
        throw new AbortException("parallelTestsSetAside needs testResults and into");
      }
      FilePath workspace = getContext().get(FilePath.class);
      Map<String, Object> out = new LinkedHashMap<>();
      if (!workspace.exists()) {
        // `node` allocates a workspace without creating it (workflow-durable-task-step@46cb22f
        // ExecutorStepExecution.java:1125-1130), and FilePath.list fails on a missing directory
        // (jenkins@ff9430e FilePath.java:2196-2202: Ant's "... does not exist."): a fresh agent
        // whose shard has no `prepare`, or a new `@2` workspace, simply has no reports yet.
        out.put("files", 0);
        out.put("testMillis", 0L);
        return out;
      }
      FilePath target = workspace.child(into);
      FilePath[] reports = workspace.list(testResults);
      BuildTimingsCollector timings = BuildTimingsCollector.create();
      JUnitXmlReader reader = JUnitXmlReader.timingsOnly();
      if (reports.length > 0) {
        target.mkdirs();
      }
      int index = 0;
      for (FilePath report : reports) {
        index++;
        try (InputStream in = report.read()) {
          reader.read(in, Path.of(report.getName()), timings);
        } catch (IOException | RuntimeException e) {
          getContext()
              .get(TaskListener.class)
              .getLogger()
              .println("[parallelTests] cannot read " + report.getRemote() + ": " + e.getMessage());
        }
        report.copyTo(target.child(String.format(Locale.ROOT, "%04d-%s", index, report.getName())));
        report.delete();
      }
      out.put("files", reports.length);
      out.put("testMillis", timings.timings().totalMillis());
      return out;
    }
  }

  /** The step's name; listed with the advanced steps of Pipeline Syntax. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsSetAside";
    }

    /**
     * {@code parallelTests(mode: 'queue')} calls this step itself: advanced, as {@link
     * ParallelTestsClaimStep.DescriptorImpl#isAdvanced()} explains.
     */
    @Override
    public boolean isAdvanced() {
      return true;
    }

    @Override
    public String getDisplayName() {
      return "Move a batch's published test reports out of the junit pattern's reach";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(FilePath.class, TaskListener.class);
    }
  }
}
