package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.tasks.junit.TestResultAction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.pipeline.modeldefinition.causes.RestartDeclarativePipelineCause;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.replay.ReplayAction;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The {@code parallelTests} variable in real Pipelines. Each shard's body writes one JUnit report
 * with a test case per unit it was given, so the second build's split can be checked from the
 * merged result. Runs only where the Jenkins repository is reachable (tag {@code jenkins}).
 */
@Tag("jenkins")
@WithJenkins
class ParallelTestsStepITest {

  @RegisterExtension static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

  /** First build: one shard (no history), reporting eight classes that take 1..8 s. */
  static final String SEED =
      """
      parallelTests(shards: 2, testResults: 'TEST-*.xml') {
        def cases = ''
        for (int i = 1; i <= 8; i++) {
          cases += "<testcase classname='com.example.Test${i}' name='works' time='${i}'/>"
        }
        writeFile file: "TEST-${env.PARALLEL_TESTS_SHARD}.xml", text: "<testsuite name='all'>${cases}</testsuite>"
      }
      """;

  /** Later builds: each shard reports exactly the units it was given. */
  private static final String SPLIT =
      """
      parallelTests(shards: 2, testResults: 'TEST-*.xml') {
        def units = readFile(env.PARALLEL_TESTS_UNITS).readLines()
        def suites = ''
        for (int i = 0; i < units.size(); i++) {
          if (env.SKIP_SHARD != env.PARALLEL_TESTS_SHARD) {
            suites += "<testsuite name='${units[i]}'><testcase classname='${units[i]}' name='works' time='1'/></testsuite>"
          }
        }
        writeFile file: "TEST-${env.PARALLEL_TESTS_SHARD}.xml", text: "<testsuites>${suites}</testsuites>"
      }
      """;

  @Test
  void scriptedPipelineSplitsByHistoryAndMergesEveryShardIntoOneTestResult(JenkinsRule r)
      throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "p");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    WorkflowRun first = r.buildAndAssertSuccess(p);
    r.assertLogContains("no timing history found", first);
    // An inline script has no `scm` to check out, so the first build cannot list its tests.
    r.assertLogContains("this Pipeline has no `scm` to check out", first);

    p.setDefinition(new CpsFlowDefinition(SPLIT, true));
    WorkflowRun second = r.buildAndAssertSuccess(p);

    r.assertLogContains("timings from this job 'p': 1 build(s), newest #1", second);
    // Each branch's body start is logged as "[Pipeline] " + its display function name
    // (workflow-job@cef6bae NewNodeConsoleNote.java:71,82): "{" for a body
    // (workflow-cps@e007b7f StepStartNode.java:54-56), plus " (" + its LabelAction's name + ")"
    // (workflow-api@cbc88d9 FlowNode.java:261-268), which parallel names "Branch: " + the branch
    // (ParallelStepExecution.java:81-83). Lines inside a branch carry no "[shard 1/2]" prefix.
    r.assertLogContains("[Pipeline] { (Branch: shard 1/2)", second);
    r.assertLogContains("[Pipeline] { (Branch: shard 2/2)", second);
    assertThat(second.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
    ParallelTestsRunAction action = second.getAction(ParallelTestsRunAction.class);
    assertThat(action.getShards()).hasSize(2);
    assertThat(action.getShards())
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(ShardStatus.SUCCESS));
    assertThat(second.getRootDir().toPath().resolve("parallel-tests/plan.json")).isRegularFile();
    assertThat(second.getRootDir().toPath().resolve("parallel-tests/timings.tsv")).isRegularFile();
  }

  @Test
  void declarativePipelineCallsItInStepsWithoutAScriptBlock(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "d");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);

    // Its body holds steps only, as Declarative requires (DeclarativeBodiesTest checks it offline).
    p.setDefinition(new CpsFlowDefinition(resource("declarative.jenkins"), true));
    WorkflowRun b = r.buildAndAssertSuccess(p);

    assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
  }

  @Test
  void aShardWithoutResultsMakesTheBuildUnstableNamingTheShard(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "m");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);

    p.setDefinition(new CpsFlowDefinition("env.SKIP_SHARD = '2'\n" + SPLIT, true));
    WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, p);

    r.assertLogContains("shard 2/2 produced no test results", b);
  }

  @Test
  void aBuildRestartedFromAStageReusesTheOriginalPlan(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "restart");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);
    p.setDefinition(new CpsFlowDefinition(SPLIT, true));
    WorkflowRun original = r.buildAndAssertSuccess(p);

    WorkflowRun restarted =
        r.assertBuildStatusSuccess(
            p.scheduleBuild2(
                0, new CauseAction(new RestartDeclarativePipelineCause(original, "Test"))));

    r.assertLogContains("plan reused from build #2 (restarted from a stage)", restarted);
    assertThat(restarted.getRootDir().toPath().resolve("parallel-tests/plan.json"))
        .hasSameTextualContentAs(
            original.getRootDir().toPath().resolve("parallel-tests/plan.json"));
  }

  @Test
  void aReplayThatAsksForOtherShardsKeepsTheOriginalPlanAndWarns(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "replay");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);
    p.setDefinition(new CpsFlowDefinition(SPLIT, true));
    WorkflowRun original = r.buildAndAssertSuccess(p);

    WorkflowRun replayed =
        (WorkflowRun)
            r.assertBuildStatusSuccess(
                original
                    .getAction(ReplayAction.class)
                    .run(SPLIT.replace("shards: 2,", "shards: 3,"), Map.of(), false));

    r.assertLogContains("plan reused from build #2 (replayed)", replayed);
    r.assertLogContains(
        "warning: shards is 3 in this build, but the plan reused from build #2 (replayed) was"
            + " made with 2",
        replayed);
    assertThat(replayed.getAction(ParallelTestsRunAction.class).getWarnings())
        .anyMatch(w -> w.startsWith("shards is 3 in this build"));
  }

  @Test
  void anUnknownParameterFailsTheBuild(JenkinsRule r) throws Exception {
    WorkflowJob p = r.createProject(WorkflowJob.class, "typo");
    p.setDefinition(new CpsFlowDefinition("parallelTests(shard: 2) { echo 'x' }", true));

    WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

    r.assertLogContains("unknown parameter 'shard' (did you mean 'shards'?)", b);
  }

  @Test
  void aFirstBuildListsTheTestClassesInTheWorkspaceAndSplitsThemEvenly(JenkinsRule r)
      throws Exception {
    WorkflowJob p = r.createProject(WorkflowJob.class, "first");
    p.setDefinition(
        new CpsFlowDefinition(
            """
            parallelTestsPlan(shards: '2')
            node {
              writeFile file: 'src/test/java/a/OneTest.java', text: 'package a; class OneTest {}'
              writeFile file: 'src/test/java/a/TwoTest.java', text: 'package a; class TwoTest {}'
              writeFile file: 'src/test/java/a/Helper.java', text: 'package a; class Helper {}'
              def found = parallelTestsDiscover(glob: '**/src/test/java/**/*Test.java', shards: 2)
              echo "discovered shards: ${found.shards.size()}"
            }
            """,
            true));

    WorkflowRun b = r.buildAndAssertSuccess(p);

    r.assertLogContains("first build, no timings: 2 units found with", b);
    r.assertLogContains("split evenly by count into 2 shards (no timings were used)", b);
    r.assertLogContains("discovered shards: 2", b);
    assertThat(b.getAction(ParallelTestsRunAction.class).getShards()).hasSize(2);
  }

  @Test
  void aReportLeftInAReusedWorkspaceByAnEarlierBuildIsNotPublishedAgain(JenkinsRule r)
      throws Exception {
    // One executor: every shard of every build runs in the same workspace.
    r.jenkins.setNumExecutors(1);
    WorkflowJob p = r.createProject(WorkflowJob.class, "stale");
    p.setDefinition(
        new CpsFlowDefinition(
            """
            parallelTests(shards: 2, testResults: 'TEST-*.xml') {
              writeFile file: 'TEST-old.xml', text: "<testsuite name='old'><testcase classname='fresh.New1' name='x' time='1'/></testsuite>"
            }
            """,
            true));
    r.buildAndAssertSuccess(p);
    // junit 1418 skips, with skipOldReports, files modified before the build started less a 3 s
    // margin (TestResult.java:138-139, 445-447): age the report instead of sleeping.
    Path old = Path.of(r.jenkins.getWorkspaceFor(p).getRemote(), "TEST-old.xml");
    Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    p.setDefinition(
        new CpsFlowDefinition(
            """
            parallelTests(shards: 2, testResults: 'TEST-*.xml') {
              writeFile file: "TEST-new-${env.PARALLEL_TESTS_SHARD}.xml", text: "<testsuite name='new'><testcase classname='fresh.New${env.PARALLEL_TESTS_SHARD}' name='x' time='1'/></testsuite>"
            }
            """,
            true));

    WorkflowRun second = r.buildAndAssertSuccess(p);

    int shards = second.getAction(ParallelTestsRunAction.class).getShards().size();
    // One fresh case per shard; the old report, still in the workspace and holding the same test,
    // is not published again (it would count twice).
    assertThat(second.getAction(TestResultAction.class).getTotalCount()).isEqualTo(shards);
  }

  /** A job {@code secret} with timings, readable by alice only, and a new job {@code p}. */
  private static WorkflowJob referenceSetup(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob secret = r.createProject(WorkflowJob.class, "secret");
    secret.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(secret);
    WorkflowJob p = r.createProject(WorkflowJob.class, "p");
    p.setDefinition(
        new CpsFlowDefinition(
            SPLIT.replace("shards: 2,", "shards: 2, referenceJob: 'secret',"), true));
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.READ)
            .everywhere()
            .to("alice", "bob")
            .grant(Item.READ, Item.BUILD)
            .onItems(p)
            .to("alice", "bob")
            .grant(Item.READ)
            .onItems(secret)
            .to("alice"));
    // Known users, so that the plugin can impersonate them (User.getById(id, false)).
    User.getById("alice", true);
    User.getById("bob", true);
    return p;
  }

  @Test
  void aReferenceJobTheStartingUserMayNotReadIsRefusedNamingTheJob(JenkinsRule r) throws Exception {
    WorkflowJob p = referenceSetup(r);

    // No authorization plugin: the build runs as SYSTEM, which reads every job; the plugin checks
    // the user who started it.
    WorkflowRun b =
        r.assertBuildStatus(
            Result.FAILURE, p.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("bob"))));

    r.assertLogContains(
        "referenceJob 'secret' does not exist, or user 'bob' (who started this build) may not read"
            + " it (Job/Read permission)",
        b);
  }

  @Test
  void aReferenceJobTheStartingUserMayReadGivesTheTimings(JenkinsRule r) throws Exception {
    WorkflowJob p = referenceSetup(r);

    WorkflowRun b =
        r.assertBuildStatusSuccess(
            p.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("alice"))));

    r.assertLogContains("timings from referenceJob 'secret': 1 build(s), newest #1", b);
  }

  @Test
  void aReferenceJobIsCheckedAsAnonymousForABuildNoUserStarted(JenkinsRule r) throws Exception {
    WorkflowJob p = referenceSetup(r);

    // A remote trigger (like a timer or an SCM change) carries no UserIdCause; SYSTEM would read
    // every job, so the plugin checks anonymous, which may not read 'secret'.
    WorkflowRun b =
        r.assertBuildStatus(
            Result.FAILURE,
            p.scheduleBuild2(0, new CauseAction(new Cause.RemoteCause("localhost", "nightly"))));

    r.assertLogContains(
        "referenceJob 'secret' does not exist, or anonymous (this build runs as SYSTEM and no user"
            + " started it;",
        b);
  }

  static String resource(String name) throws IOException {
    try (InputStream in =
        ParallelTestsStepITest.class.getResourceAsStream("ParallelTestsStepITest/" + name)) {
      if (in == null) {
        throw new IOException("no test resource ParallelTestsStepITest/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
