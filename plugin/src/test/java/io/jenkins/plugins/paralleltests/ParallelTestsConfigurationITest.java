package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The global configuration's form and Configuration as Code, and the steps' snippets. */
@Tag("jenkins")
@WithJenkins
class ParallelTestsConfigurationITest {

  @Test
  void theFormKeepsEveryValueThroughASave(JenkinsRule r) throws Exception {
    ParallelTestsConfiguration config = ParallelTestsConfiguration.get();
    config.setDefaultShards(6);
    config.setMaxShards(12);
    config.setDefaultLabel("linux && docker");
    config.setDefaultImage("maven:3.9-eclipse-temurin-17");
    config.setTimeoutMinutes(30);
    config.setHistoryDepth(15);
    config.setMissingShardResult(MissingShardResult.FAILURE);

    r.configRoundtrip();

    ParallelTestsConfiguration after = ParallelTestsConfiguration.get();
    assertThat(after.getDefaultShards()).isEqualTo(6);
    assertThat(after.getMaxShards()).isEqualTo(12);
    assertThat(after.getDefaultLabel()).isEqualTo("linux && docker");
    assertThat(after.getDefaultImage()).isEqualTo("maven:3.9-eclipse-temurin-17");
    assertThat(after.getTimeoutMinutes()).isEqualTo(30);
    assertThat(after.getHistoryDepth()).isEqualTo(15);
    assertThat(after.getMissingShardResult()).isEqualTo(MissingShardResult.FAILURE);
  }

  @Test
  void anEmptyFormLeavesEverySettingUnset(JenkinsRule r) throws Exception {
    r.configRoundtrip();

    assertThat(ParallelTestsConfiguration.get().toDefaults().shards()).isNull();
    assertThat(ParallelTestsConfiguration.get().toDefaults().image()).isNull();
  }

  /**
   * The page's number fields are text boxes, so the browser sends what the admin typed: a number
   * input sends an empty value for text that is not a number (HTML's value sanitization), which
   * would read as "not set", and Jenkins' Save and Apply skip the browser's own validation
   * (jenkins-2.541.3 {@code lib/form/submit.jelly:56} {@code formNoValidate}, {@code
   * lib/form/apply/apply.js:23-24} {@code f.submit()}).
   */
  @Test
  void anUnparsableNumberIsRefusedNamingTheFieldAndKeepsTheEarlierSettings(JenkinsRule r)
      throws Exception {
    ParallelTestsConfiguration config = ParallelTestsConfiguration.get();
    config.setDefaultShards(6);
    config.setHistoryDepth(15);
    JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
    HtmlForm form = wc.goTo("configure").getFormByName("config");
    form.getInputByName("_.defaultShards").setValue("4x");
    form.getInputByName("_.historyDepth").setValue("30");

    HtmlPage page = r.submit(form);

    assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
    assertThat(page.getWebResponse().getResponseHeaderValue("X-Error"))
        .contains("Parallel Tests, Default shards: \"4x\" is refused.");
    assertThat(config.getDefaultShards()).isEqualTo(6);
    assertThat(config.getHistoryDepth()).isEqualTo(15);
  }

  @Test
  void aBlankNumberFieldClearsItsSetting(JenkinsRule r) throws Exception {
    ParallelTestsConfiguration config = ParallelTestsConfiguration.get();
    config.setDefaultShards(6);
    HtmlForm form = r.createWebClient().goTo("configure").getFormByName("config");
    form.getInputByName("_.defaultShards").setValue("");

    r.submit(form);

    assertThat(config.getDefaultShards()).isNull();
  }

  @Test
  void configurationAsCodeSetsAndExportsTheSettings(JenkinsRule r, @TempDir Path dir)
      throws Exception {
    Path yaml = dir.resolve("jenkins.yaml");
    Files.writeString(
        yaml,
        """
        unclassified:
          parallelTestsDefaults:
            defaultShards: 8
            maxShards: 16
            defaultLabel: "linux"
            defaultImage: "maven:3.9-eclipse-temurin-17"
            timeoutMinutes: 45
            historyDepth: 25
            missingShardResult: FAILURE
        """);

    ConfigurationAsCode.get().configure(yaml.toString());

    ParallelTestsConfiguration config = ParallelTestsConfiguration.get();
    assertThat(config.getDefaultShards()).isEqualTo(8);
    assertThat(config.getMaxShards()).isEqualTo(16);
    assertThat(config.getDefaultLabel()).isEqualTo("linux");
    assertThat(config.getTimeoutMinutes()).isEqualTo(45);
    assertThat(config.getHistoryDepth()).isEqualTo(25);
    assertThat(config.getMissingShardResult()).isEqualTo(MissingShardResult.FAILURE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfigurationAsCode.get().export(out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("parallelTestsDefaults:")
        .contains("defaultShards: 8");
  }

  @Test
  void theSnippetGeneratorWritesAndReadsTheSteps(JenkinsRule r) throws Exception {
    SnippetizerTester snippets = new SnippetizerTester(r);
    ParallelTestsPlanStep plan = new ParallelTestsPlanStep();
    plan.setShards("4");
    plan.setLabel("linux");
    snippets.assertRoundTrip(plan, "parallelTestsPlan label: 'linux', shards: '4'");
    snippets.assertRoundTrip(new ParallelTestsRecordStep(), "parallelTestsRecord()");
    ParallelTestsRecordStep named = new ParallelTestsRecordStep();
    named.setName("it");
    snippets.assertRoundTrip(named, "parallelTestsRecord name: 'it'");
  }

  @Test
  void thePlanStepsFormKeepsEveryParameter(JenkinsRule r) throws Exception {
    ParallelTestsPlanStep step = new ParallelTestsPlanStep();
    step.setShards("auto");
    step.setTargetMinutes(7);
    step.setTestResults("**/TEST-*.xml");
    step.setImage("maven:3.9");
    step.setDockerArgs("-u 0");
    step.setLabel("linux");
    step.setTimeoutMinutes(20);
    step.setGranularity("test");
    step.setName("unit");
    step.setReferenceJob("folder/main");
    step.setFailFast(true);

    ParallelTestsPlanStep after = new StepConfigTester(r).configRoundTrip(step);

    r.assertEqualDataBoundBeans(step, after);
  }

  /**
   * The steps {@code parallelTests} calls itself are advanced: the snippet generator starts their
   * snippet with its warning (workflow-cps@e007b7f {@code Snippetizer.java:553-556}, text from
   * {@code Messages.properties:1}), as its own test of an advanced step expects ({@code
   * SnippetizerTest.java:220-227}).
   */
  @Test
  void theSnippetGeneratorMarksTheQueueStepsAsNotForScripts(JenkinsRule r) throws Exception {
    new SnippetizerTester(r)
        .assertGenerateSnippet(
            "{'stapler-class':'"
                + ParallelTestsClaimStep.class.getName()
                + "', 'shard':2, 'done':5}",
            "// This step should not normally be used in your script. Consult the inline help for"
                + " details.\nparallelTestsClaim done: 5, shard: 2",
            null);
  }

  @Test
  void theClaimStepsFormKeepsEveryParameter(JenkinsRule r) throws Exception {
    ParallelTestsClaimStep step = new ParallelTestsClaimStep(3);
    step.setName("unit");
    step.setDone(5);
    step.setTestMillis(41000);
    step.setFailed(true);
    step.setFailFast(true);
    step.setLost(4);
    step.setReason("agent gone");
    step.setLostShard("prepare failed");
    step.setClaim(false);

    ParallelTestsClaimStep after = new StepConfigTester(r).configRoundTrip(step);

    r.assertEqualDataBoundBeans(step, after);
  }

  @Test
  void theSetAsideStepsFormKeepsEveryParameter(JenkinsRule r) throws Exception {
    ParallelTestsSetAsideStep step = new ParallelTestsSetAsideStep("**/TEST-*.xml", "tmp/batch-3");

    ParallelTestsSetAsideStep after = new StepConfigTester(r).configRoundTrip(step);

    r.assertEqualDataBoundBeans(step, after);
  }
}
