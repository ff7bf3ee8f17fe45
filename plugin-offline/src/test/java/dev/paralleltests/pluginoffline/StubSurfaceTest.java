package dev.paralleltests.pluginoffline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.junit.CaseResult;
import hudson.tasks.junit.ClassResult;
import hudson.tasks.junit.PackageResult;
import hudson.tasks.junit.SuiteResult;
import hudson.tasks.junit.TestResult;
import hudson.tasks.junit.TestResultAction;
import hudson.tasks.test.AbstractTestResultAction;
import hudson.util.FormValidation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import jenkins.model.TransientActionFactory;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.cps.CpsScript;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;
import org.jenkinsci.plugins.workflow.cps.GroovySourceFileAllowlist;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The plugin's typical Jenkins extension shapes, written against the stubs: this file compiling is
 * the check that the stubs offer what a plugin like ours needs. The tests pin down how the stubs
 * behave at run time, which offline tests of the plugin rely on.
 */
class StubSurfaceTest {

  @Test
  void configurationCanBeConstructedOfflineBecauseLoadAndSaveDoNothing() {
    SampleConfiguration configuration = new SampleConfiguration();
    configuration.setShards(3);

    assertThat(configuration.getShards()).isEqualTo(3);
  }

  @Test
  void resultConstantsAreDistinctSoOfflineCodeCanCompareThem() {
    assertThat(List.of(Result.SUCCESS, Result.UNSTABLE, Result.FAILURE, Result.NOT_BUILT))
        .doesNotHaveDuplicates()
        .doesNotContainNull();
  }

  @Test
  void everyStubbedJenkinsCallFailsLoudlyInsteadOfPretending() {
    assertThatThrownBy(Jenkins::get).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(FormValidation::ok).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ExtensionList.lookupSingleton(SampleConfiguration.class))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A global configuration as the plugin writes it. */
  @Extension
  @Symbol("sample")
  public static class SampleConfiguration extends GlobalConfiguration {
    private int shards = 2;

    public SampleConfiguration() {
      load();
    }

    public int getShards() {
      return shards;
    }

    @DataBoundSetter
    public void setShards(int shards) {
      this.shards = shards;
      save();
    }

    @POST
    public FormValidation doCheckShards(@QueryParameter String value) {
      Jenkins.get().checkPermission(Jenkins.ADMINISTER);
      return FormValidation.validatePositiveInteger(value);
    }
  }

  /** A synchronous step returning plain data, as the plugin's Java steps do. */
  public static final class SampleStep extends Step {
    private final int shards;

    @DataBoundConstructor
    public SampleStep(int shards) {
      this.shards = shards;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
      return new Execution(context, shards);
    }

    private static final class Execution
        extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {
      private static final long serialVersionUID = 1L;
      private final int shards;

      Execution(StepContext context, int shards) {
        super(context);
        this.shards = shards;
      }

      @Override
      protected List<Map<String, Object>> run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = getContext().get(FilePath.class);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Run<?, ?> b : run.getPreviousBuildsOverThreshold(5, Result.UNSTABLE)) {
          AbstractTestResultAction<?> action = b.getAction(AbstractTestResultAction.class);
          if (action != null && action.getResult() instanceof TestResult tests) {
            for (PackageResult p : tests.getChildren()) {
              for (ClassResult c : p.getChildren()) {
                result.add(Map.of("class", c.getClassName(), "seconds", c.getDuration()));
              }
            }
            for (SuiteResult suite : tests.getSuites()) {
              for (CaseResult test : suite.getCases()) {
                listener.getLogger().println(test.getFullName() + suite.getEnclosingBlockNames());
              }
            }
          }
        }
        workspace.child("plan.txt").write(String.valueOf(shards), "UTF-8");
        return result;
      }
    }

    /** The step's descriptor. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
      @Override
      public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class, FilePath.class);
      }

      @Override
      public String getFunctionName() {
        return "sampleStep";
      }
    }
  }

  /** A global variable backed by a CPS Groovy class in the plugin's resources. */
  @Extension
  public static final class SampleVariable extends GlobalVariable {
    @NonNull
    @Override
    public String getName() {
      return "sample";
    }

    @NonNull
    @Override
    public Object getValue(@NonNull CpsScript script) throws Exception {
      return script.getBinding().getVariables().getOrDefault("sample", "none");
    }
  }

  /** Allows the plugin's own Groovy source file. */
  @Extension
  public static final class SampleAllowlist extends GroovySourceFileAllowlist {
    @Override
    public boolean isAllowed(@NonNull String groovySourceFileUrl) {
      return groovySourceFileUrl.endsWith("Sample.groovy");
    }
  }

  /** A small build action. */
  public static final class SampleRunAction implements RunAction2 {
    private transient Run<?, ?> run;

    @Override
    public void onAttached(Run<?, ?> r) {
      run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
      run = r;
    }

    @Override
    public String getIconFileName() {
      return "symbol-timer";
    }

    @Override
    public String getDisplayName() {
      return run == null ? "Parallel tests" : "Parallel tests of " + run.getDisplayName();
    }

    @Override
    public String getUrlName() {
      return "parallel-tests";
    }
  }

  /** A job action contributed to every job. */
  @Extension
  @SuppressWarnings("rawtypes")
  public static final class SampleJobActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
      return Job.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
      TestResultAction last =
          target.getLastCompletedBuild() == null
              ? null
              : target.getLastCompletedBuild().getAction(TestResultAction.class);
      return last == null ? List.of() : List.of(new SampleRunAction());
    }
  }
}
