package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The build's "Parallel tests" page, the summary on the build's main page and the job's trend page,
 * opened with the test web client after real Pipeline builds. Runs only where the Jenkins
 * repository is reachable (tag {@code jenkins}).
 */
@Tag("jenkins")
@WithJenkins
class ParallelTestsPagesITest {

  @RegisterExtension static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

  /** Eight classes taking 1..8 s, all in one report per shard: the history for the next build. */
  private static final String SEED =
      """
      parallelTests(shards: 2, testResults: 'TEST-*.xml') {
        def cases = ''
        for (int i = 1; i <= 8; i++) {
          cases += "<testcase classname='com.example.Test${i}' name='works' time='${i}'/>"
        }
        writeFile file: "TEST-${env.PARALLEL_TESTS_SHARD}.xml", text: "<testsuite name='all'>${cases}</testsuite>"
      }
      """;

  /** Each shard reports exactly the units it was given, 1 s each; SKIP_SHARD reports nothing. */
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

  private static String text(HtmlPage page, String id) {
    assertThat(page.getElementById(id)).as(id).isNotNull();
    return page.getElementById(id).getTextContent().strip();
  }

  @Test
  void buildPageAndSummaryShowTheSplitsNumbers(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "pages");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);
    p.setDefinition(new CpsFlowDefinition(SPLIT, true));
    WorkflowRun b = r.buildAndAssertSuccess(p);
    BuildPage model = b.getAction(ParallelTestsRunAction.class).getPage();

    try (JenkinsRule.WebClient wc = r.createWebClient()) {
      HtmlPage page = wc.getPage(b, "parallel-tests/");
      assertThat(text(page, "pt-shards")).isEqualTo("2");
      assertThat(text(page, "pt-tests")).isEqualTo("8");
      // Eight units of 1 s each: the machine time is theirs, whatever the split.
      assertThat(text(page, "pt-machine")).isEqualTo("8.0s");
      assertThat(text(page, "pt-wall")).isEqualTo(model.getWallTime());
      assertThat(text(page, "pt-speed-up")).isEqualTo(model.getSpeedUp());
      assertThat(text(page, "pt-imbalance")).isEqualTo(model.getImbalance());
      assertThat(text(page, "pt-estimated")).isEqualTo("0");
      assertThat(page.getElementById("pt-shard-1").getTextContent()).contains("passed");
      assertThat(page.getElementById("pt-shard-2").getTextContent()).contains("passed");
      // Pipeline Graph View is not installed here: no link to its pipeline-overview/ page.
      assertThat(page.getElementById("pt-shard-1").asXml()).doesNotContain("pipeline-overview");
      assertThat(text(page, "pt-explanation")).contains("timings from");
      assertThat(text(page, "pt-step-settings")).contains("shards = 2 (step parameter)");

      HtmlPage build = wc.getPage(b);
      assertThat(text(build, "pt-summary-shards")).isEqualTo("2");
      assertThat(text(build, "pt-summary-machine")).isEqualTo("8.0s");
      assertThat(text(build, "pt-summary-speed-up")).isEqualTo(model.getSpeedUp());
    }
  }

  @Test
  void buildPageShowsAMissingShard(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "missing");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    r.buildAndAssertSuccess(p);
    p.setDefinition(new CpsFlowDefinition("env.SKIP_SHARD = '2'\n" + SPLIT, true));
    WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, p);

    try (JenkinsRule.WebClient wc = r.createWebClient()) {
      HtmlPage page = wc.getPage(b, "parallel-tests/");
      assertThat(page.getElementById("pt-shard-2").getTextContent()).contains("missing");
      assertThat(page.asNormalizedText()).contains("shard 2/2 produced no test results");
    }
  }

  @Test
  void jobPageDrawsTheTrendWithTheBuildsNumbers(JenkinsRule r) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, "trend");
    p.setDefinition(new CpsFlowDefinition(SEED, true));
    WorkflowRun first = r.buildAndAssertSuccess(p);
    p.setDefinition(new CpsFlowDefinition(SPLIT, true));
    WorkflowRun second = r.buildAndAssertSuccess(p);

    try (JenkinsRule.WebClient wc = r.createWebClient()) {
      HtmlPage trend = wc.getPage(p, "parallel-tests-trend/");
      assertThat(trend.getElementById("pt-trend-wall")).isNotNull();
      assertThat(trend.getElementById("pt-trend-imbalance")).isNotNull();
      String row = trend.getElementById("pt-trend-" + second.getNumber()).getTextContent();
      BuildPage model = second.getAction(ParallelTestsRunAction.class).getPage();
      assertThat(row).contains(model.getWallTime()).contains("8.0s").contains(model.getSpeedUp());
      assertThat(trend.getElementById("pt-trend-" + first.getNumber())).isNotNull();

      HtmlPage job = wc.getPage(p);
      assertThat(job.asXml()).contains("pt-trend-wall").contains("parallel-tests-trend/");
    }
  }
}
