package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lesfurets.jenkins.unit.MethodSignature;
import com.lesfurets.jenkins.unit.PipelineTestHelper;
import com.lesfurets.jenkins.unit.cps.BasePipelineTestCPS;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.unit.Granularity;
import groovy.lang.Closure;
import groovy.lang.Script;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.codehaus.groovy.runtime.MethodClosure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code ParallelTests.groovy} CPS-transformed in JenkinsPipelineUnit 1.1, with every step it
 * calls mocked here, and with the planning step's answer made by the real {@link ScriptPlan}.
 * JenkinsPipelineUnit checks that the script's state serializes at every CPS step. What it cannot
 * show: its {@code parallel} here runs branches one after another, and nothing here is a real
 * agent, container or junit publisher; the JenkinsRule tests ({@code *ITest}) cover those.
 */
class ParallelTestsScriptTest {

  private static final String TMP = "/agent/ws@tmp";

  /** Where {@code pwd()} says the body starts: a '.' and a '+' that Jest must read literally. */
  private static final String WORKSPACE = "/agent/shop.web+2";

  /**
   * One pipeline for the whole class: compiling the script with the CPS transformation is what
   * takes time, and the script engine keeps what it compiled. The mocks report to {@link #current}.
   */
  private static BasePipelineTestCPS pipeline;

  private static ParallelTestsScriptTest current;

  private final Map<String, String> env = new LinkedHashMap<>();
  private final List<String> events = new ArrayList<>();
  private final List<Map<String, Object>> branchMaps = new ArrayList<>();
  private final List<Map<String, Object>> junitCalls = new ArrayList<>();
  private final Map<String, String> written = new LinkedHashMap<>();
  private StepParameters parameters = StepParameters.none();
  private Map<String, Object> planArguments;
  private String failingCommand = "";
  private boolean firstBuild;

  @BeforeAll
  static void createPipeline() throws Exception {
    pipeline = new BasePipelineTestCPS();
    pipeline.setScriptRoots(new String[] {testRoot().toString(), scriptRoot().toString()});
    pipeline.setScriptExtension("jenkins");
    pipeline.setUp();
    PipelineTestHelper helper = pipeline.getHelper();
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsPlan", Map.class),
        (Function<Map<String, Object>, Object>) args -> current.plan(args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsRecord", Map.class),
        (Function<Map<String, Object>, Object>)
            args -> {
              current.events.add("record " + args.get("name"));
              return Map.of("checks", Map.of("name", "Tests", "conclusion", "SUCCESS"));
            });
    helper.registerAllowedMethod(
        MethodSignature.method("checkout", Map.class),
        (Consumer<Map<String, Object>>) args -> current.events.add("checkout " + args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsDiscover", Map.class),
        (Function<Map<String, Object>, Object>) args -> current.discover(args));
    helper.registerAllowedMethod(
        MethodSignature.method("publishChecks", Map.class),
        (Consumer<Map<String, Object>>) args -> current.events.add("publishChecks " + args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallel", Map.class),
        (Consumer<Map<String, Object>>) args -> current.parallel(args));
    helper.registerAllowedMethod(
        MethodSignature.method("pwd", Map.class), (Function<Map<String, Object>, Object>) a -> TMP);
    helper.registerAllowedMethod("pwd", List.of(), new Constant(WORKSPACE));
    helper.registerAllowedMethod(
        MethodSignature.method("error", String.class),
        (Consumer<String>)
            message -> {
              throw new IllegalStateException(message);
            });
    helper.registerAllowedMethod(
        MethodSignature.method("writeFile", Map.class),
        (Consumer<Map<String, Object>>)
            args -> {
              current.events.add("writeFile " + args.get("file"));
              current.written.put((String) args.get("file"), (String) args.get("text"));
            });
    helper.registerAllowedMethod(
        MethodSignature.method("junit", Map.class),
        (Consumer<Map<String, Object>>)
            args -> {
              current.events.add("junit " + args);
              current.junitCalls.add(new LinkedHashMap<>(args));
            });
    helper.registerAllowedMethod(
        // Replaces the library's own sh(String), which does nothing; a GString arrives here too.
        MethodSignature.method("sh", String.class),
        (Consumer<Object>) command -> current.sh(command.toString()));
    helper.registerAllowedMethod(
        "withEnv", List.of(List.class, Closure.class), new MethodClosure(Mocks.class, "withEnv"));
    helper.registerAllowedMethod(
        "node", List.of(String.class, Closure.class), new MethodClosure(Mocks.class, "node"));
    helper.registerAllowedMethod(
        "timeout", List.of(Map.class, Closure.class), new MethodClosure(Mocks.class, "timeout"));
    helper.registerAllowedMethod(
        "parallelTestsShard",
        List.of(Map.class, Closure.class),
        new MethodClosure(Mocks.class, "shard"));
  }

  @BeforeEach
  void becomeCurrent() {
    current = this;
    pipeline.getHelper().clearCallStack();
    pipeline.getBinding().setVariable("env", env);
    pipeline.getBinding().setVariable("docker", new DockerFake());
    pipeline.getBinding().setVariable("scm", new LinkedHashMap<>(Map.of("repository", "here")));
  }

  @Test
  void shouldRunEachShardInItsOwnParallelBranchOnAnAgentWithTheLabel() throws Exception {
    run("scripted.jenkins");

    assertThat(branchMaps).hasSize(1);
    assertThat(branchMaps.get(0).keySet())
        .containsExactly("shard 1/3", "shard 2/3", "shard 3/3", "failFast");
    assertThat(events)
        .filteredOn(e -> e.startsWith("node"))
        .containsExactly("node linux", "node linux", "node linux");
  }

  @Test
  void shouldPassEveryCallerParameterAndTheirNamesToThePlanningStep() throws Exception {
    run("scripted.jenkins");

    assertThat(planArguments)
        .containsEntry("shards", "3")
        .containsEntry("label", "linux")
        .containsEntry("testResults", "**/TEST-*.xml");
    assertThat(planArguments.get("wrapperArguments"))
        .isEqualTo(List.of("shards", "label", "testResults"));
  }

  @Test
  void shouldGiveTheShardsIndexAndFilesToTheBodyThroughTheEnvironment() throws Exception {
    run("scripted.jenkins");

    assertThat(events)
        .filteredOn(e -> e.startsWith("sh "))
        .containsExactly("sh mvn test -Dshard=1", "sh mvn test -Dshard=2", "sh mvn test -Dshard=3");
    assertThat(events)
        .filteredOn(e -> e.startsWith("env ") && e.contains("shard-2"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains(
                        "PARALLEL_TESTS_INCLUDES="
                            + TMP
                            + "/parallel-tests/default/shard-2/includes.txt"));
  }

  @Test
  void shouldWriteEachShardsFilesUnderTheWorkspaceTemporaryDirectoryBeforeTheBody()
      throws Exception {
    run("scripted.jenkins");

    List<String> shardTwo = eventsOfShard(2);
    assertThat(shardTwo)
        .filteredOn(e -> e.startsWith("writeFile"))
        .containsExactly(
            "writeFile " + TMP + "/parallel-tests/default/shard-2/units.txt",
            "writeFile " + TMP + "/parallel-tests/default/shard-2/includes.txt",
            "writeFile " + TMP + "/parallel-tests/default/shard-2/failsafe-includes.txt",
            "writeFile " + TMP + "/parallel-tests/default/shard-2/excludes.txt",
            "writeFile " + TMP + "/parallel-tests/default/shard-2/pytest-args.txt",
            "writeFile " + TMP + "/parallel-tests/default/shard-2/jest-args.txt");
    assertThat(shardTwo.indexOf("sh mvn test -Dshard=2"))
        .isGreaterThan(
            shardTwo.indexOf("writeFile " + TMP + "/parallel-tests/default/shard-2/jest-args.txt"));
  }

  /**
   * The Jest catch-all's pattern, written by the planning step with a placeholder for the
   * workspace, is anchored at the agent's workspace, read literally: the pattern keeps the
   * project's own testPathIgnorePatterns, where ignore options would replace them.
   */
  @Test
  void shouldAnchorTheJestCatchAllPatternAtTheAgentsWorkspace() throws Exception {
    parameters = parameters.withGranularity("file");
    run("scripted.jenkins"); // 3 shards

    List<String> jestFiles =
        written.entrySet().stream()
            .filter(e -> e.getKey().endsWith("/jest-args.txt"))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(jestFiles).hasSize(3);
    String catchAll =
        jestFiles.stream().filter(t -> !t.startsWith("--runTestsByPath")).findFirst().orElseThrow();
    assertThat(catchAll)
        .startsWith("^(?!(?:/agent/shop\\.web\\+2/)?(?:src/t")
        .endsWith(")$)\n")
        .doesNotContain("@PARALLEL_TESTS_WORKSPACE@", "--testPathIgnorePatterns");
  }

  @Test
  void shouldNestMarkerTimeoutBodyAndJunitInThatOrderInEveryShard() throws Exception {
    parameters = parameters.withShards("2");
    run("scripted.jenkins");

    assertThat(eventsOfShard(1))
        .filteredOn(e -> !e.startsWith("writeFile") && !e.startsWith("env"))
        .containsExactly(
            "node linux",
            "shard 1 {name=, shard=1, image=} begin",
            "timeout {time=30, unit=MINUTES} begin",
            "sh mvn test -Dshard=1",
            "timeout end",
            "junit {testResults=**/TEST-*.xml, allowEmptyResults=true, keepTestNames=true,"
                + " skipOldReports=true, skipPublishingChecks=true}",
            "shard 1 end");
  }

  @Test
  void shouldPublishOnlyReportsWrittenDuringThisBuild() throws Exception {
    // junit 1418.v67a_81935603c parses every file the pattern matches unless skipOldReports is set
    // (TestResult.java:445-455 skips files older than the build's start, JUnitParser.java:230); a
    // reused workspace would otherwise publish an earlier build's reports again, in any shard.
    run("scripted.jenkins");

    assertThat(junitCalls)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a).containsEntry("skipOldReports", true));
  }

  @Test
  void shouldListTheTestsInACheckoutAndRunTheirSplitWhenThePlanHadNoHistory() throws Exception {
    firstBuild = true;

    run("scripted.jenkins");

    assertThat(events.subList(0, 3))
        .containsExactly(
            "node linux",
            "checkout {repository=here}",
            "discover {name=, glob="
                + FirstBuildDiscovery.CLASS_GLOB
                + ", granularity=class, shards=3}");
    assertThat(branchMaps.get(0).keySet())
        .containsExactly("shard 1/3", "shard 2/3", "shard 3/3", "failFast");
  }

  @Test
  void shouldNotCheckOutWhenThePlanHasHistory() throws Exception {
    run("scripted.jenkins");

    assertThat(events).noneMatch(e -> e.startsWith("checkout") || e.startsWith("discover"));
  }

  @Test
  void shouldRecordOnceAfterAllBranches() throws Exception {
    run("scripted.jenkins");

    assertThat(events).filteredOn(e -> e.startsWith("record")).hasSize(1);
    assertThat(events.indexOf("record ")).isGreaterThan(events.lastIndexOf("shard 3 end"));
  }

  @Test
  void shouldPublishOneCheckForTheRunInsteadOfOnePerShard() throws Exception {
    // junit 1418.v67a_81935603c publishes a check per call unless skipPublishingChecks is set
    // (JUnitResultArchiver.java:337-355), which made one check per shard.
    run("scripted.jenkins");

    assertThat(junitCalls)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a).containsEntry("skipPublishingChecks", true));
    assertThat(events).filteredOn(e -> e.startsWith("publishChecks")).hasSize(1);
    // The recording step's "checks" map, passed on as publishChecks' arguments.
    assertThat(events)
        .last()
        .asString()
        .startsWith("publishChecks")
        .contains("name=Tests", "conclusion=SUCCESS");
  }

  @Test
  void shouldRunInsideTheImageWithItsArgumentsWhenAnImageIsGiven() throws Exception {
    parameters =
        new StepParameters(
            "2", null, null, "maven:3.9", "-v /m2:/root/.m2", null, null, null, null, null, null);
    run("body-only.jenkins");

    assertThat(events)
        .filteredOn(e -> e.startsWith("docker"))
        .containsExactly(
            "docker image maven:3.9",
            "docker inside -v /m2:/root/.m2",
            "docker image maven:3.9",
            "docker inside -v /m2:/root/.m2");
    assertThat(events).contains("shard 1 {name=, shard=1, image=maven:3.9} begin");
  }

  @Test
  void shouldNotTouchDockerWithoutAnImage() throws Exception {
    run("scripted.jenkins");

    assertThat(events).noneMatch(e -> e.startsWith("docker"));
  }

  @Test
  void shouldLeaveOutTheTimeoutWhenItIsZero() throws Exception {
    parameters = new StepParameters("2", null, null, null, null, null, 0, null, null, null, null);
    run("body-only.jenkins");

    assertThat(events).noneMatch(e -> e.startsWith("timeout"));
    assertThat(events).filteredOn(e -> e.startsWith("sh ")).hasSize(2);
  }

  @Test
  void shouldPassFailFastOffByDefaultAndOnWhenAsked() throws Exception {
    run("scripted.jenkins");
    assertThat(branchMaps.get(0)).containsEntry("failFast", false);

    branchMaps.clear();
    parameters =
        new StepParameters("2", null, null, null, null, null, null, null, null, null, true);
    run("body-only.jenkins");
    assertThat(branchMaps.get(0)).containsEntry("failFast", true);
  }

  @Test
  void shouldPublishResultsAndRecordEvenWhenAShardFails() throws Exception {
    failingCommand = "run 2";

    assertThatThrownBy(() -> run("failing-shard.jenkins")).hasMessageContaining("run 2 failed");

    assertThat(events).filteredOn(e -> e.startsWith("junit")).hasSize(3);
    assertThat(eventsOfShard(2)).contains("shard 2 failed: run 2 failed");
    assertThat(events).filteredOn(e -> e.startsWith("record ")).hasSize(1);
    assertThat(events).last().asString().startsWith("publishChecks");
  }

  @Test
  void shouldNameBranchesAndRecordByTheRunsName() throws Exception {
    run("auto.jenkins");

    assertThat(planArguments).containsEntry("shards", "auto").containsEntry("targetMinutes", 5);
    assertThat(branchMaps.get(0).keySet())
        .allMatch(k -> k.startsWith("it ") || k.equals("failFast"));
    assertThat(events).contains("record it");
  }

  @Test
  void shouldRunWithDefaultsWhenOnlyABodyIsGiven() throws Exception {
    run("body-only.jenkins");

    assertThat(planArguments).containsOnlyKeys("wrapperArguments");
    assertThat(events).filteredOn(e -> e.startsWith("sh ")).isNotEmpty();
  }

  @Test
  void shouldRefuseACallWithoutABody() {
    assertThatThrownBy(() -> run("no-body.jenkins"))
        .hasMessageContaining("parallelTests needs a body");
    assertThat(planArguments).isNull();
  }

  // ---- mocks of the steps the script calls ----

  private Object plan(Map<String, Object> args) {
    planArguments = new LinkedHashMap<>(args);
    StepParameters given =
        new StepParameters(
            (String) args.get("shards"),
            (Integer) args.get("targetMinutes"),
            (String) args.get("testResults"),
            (String) args.get("image"),
            (String) args.get("dockerArgs"),
            (String) args.get("label"),
            (Integer) args.get("timeoutMinutes"),
            (String) args.get("granularity"),
            (String) args.get("name"),
            (String) args.get("referenceJob"),
            (Boolean) args.get("failFast"));
    StepParameters merged = merge(given, parameters);
    ResolvedSettings settings =
        ResolvedSettings.resolve(
            merged, new GlobalDefaults(null, null, null, null, 30, null, null));
    List<UnitEstimate> units = new ArrayList<>();
    boolean files = settings.granularity().value() == Granularity.FILE;
    for (int i = 0; i < 12; i++) {
      String unit = files ? "src/t" + i + ".test.js" : "com.example.Test" + i;
      units.add(UnitEstimate.known(unit, 1000L * (i + 1), 5));
    }
    if (firstBuild) {
      // What the planning step answers without history: one shard, and what to discover.
      Map<String, Object> plan =
          ScriptPlan.of(
              settings,
              FirstBuildDiscovery.plan(List.of("all.Tests"), 1, settings.granularity().value()));
      FirstBuildDiscovery.decide(
              settings.name(), settings.shards(), settings.granularity().value(), true)
          .discover()
          .ifPresent(a -> plan.put("discover", a));
      return plan;
    }
    return ScriptPlan.of(
        settings,
        ShardPlanner.plan(
            PlanRequest.of(units, settings.shards())
                .withGranularity(settings.granularity().value())));
  }

  private Object discover(Map<String, Object> args) {
    events.add("discover " + args);
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      units.add("com.example.Found" + i);
    }
    int shards = (Integer) args.get("shards");
    return new LinkedHashMap<>(
        Map.of(
            "shards",
            ScriptPlan.shards(
                (String) args.get("name"),
                FirstBuildDiscovery.plan(
                    units, shards, dev.paralleltests.core.unit.Granularity.CLASS))));
  }

  private static StepParameters merge(StepParameters a, StepParameters b) {
    return new StepParameters(
        a.shards() != null ? a.shards() : b.shards(),
        a.targetMinutes() != null ? a.targetMinutes() : b.targetMinutes(),
        a.testResults() != null ? a.testResults() : b.testResults(),
        a.image() != null ? a.image() : b.image(),
        a.dockerArgs() != null ? a.dockerArgs() : b.dockerArgs(),
        a.label() != null ? a.label() : b.label(),
        a.timeoutMinutes() != null ? a.timeoutMinutes() : b.timeoutMinutes(),
        a.granularity() != null ? a.granularity() : b.granularity(),
        a.name() != null ? a.name() : b.name(),
        a.referenceJob() != null ? a.referenceJob() : b.referenceJob(),
        a.failFast() != null ? a.failFast() : b.failFast());
  }

  private void parallel(Map<String, Object> branches) {
    branchMaps.add(new LinkedHashMap<>(branches));
    RuntimeException failure = null;
    for (Map.Entry<String, Object> branch : new LinkedHashMap<>(branches).entrySet()) {
      if (branch.getValue() instanceof Closure<?> body) {
        events.add("branch " + branch.getKey());
        try {
          pipeline.getHelper().callClosure(body);
        } catch (RuntimeException e) {
          // Like Jenkins without failFast: the other branches run on, then parallel fails.
          events.add("branch failed " + branch.getKey());
          failure = failure == null ? e : failure;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void sh(String command) {
    events.add("sh " + command);
    if (command.equals(failingCommand)) {
      throw new IllegalStateException(command + " failed");
    }
  }

  /** Static entry points for the closure-taking mocks, delegating to the current test. */
  public static final class Mocks {
    private Mocks() {}

    public static Object withEnv(List<?> entries, Closure<?> body) {
      return current.withEnvMock(entries, body);
    }

    public static Object node(String label, Closure<?> body) {
      return current.nodeMock(label, body);
    }

    public static Object timeout(Map<String, Object> args, Closure<?> body) {
      return current.timeoutMock(args, body);
    }

    public static Object shard(Map<String, Object> args, Closure<?> body) {
      return current.shardMock(args, body);
    }
  }

  private Object withEnvMock(List<?> entries, Closure<?> body) {
    Map<String, String> saved = new LinkedHashMap<>(env);
    events.add("env " + entries);
    for (Object entry : entries) {
      String text = entry.toString();
      int eq = text.indexOf('=');
      env.put(text.substring(0, eq), text.substring(eq + 1));
    }
    try {
      return pipeline.getHelper().callClosure(body);
    } finally {
      env.clear();
      env.putAll(saved);
    }
  }

  private Object nodeMock(String label, Closure<?> body) {
    events.add("node " + label);
    return pipeline.getHelper().callClosure(body);
  }

  private Object timeoutMock(Map<String, Object> args, Closure<?> body) {
    events.add("timeout " + args + " begin");
    Object result = pipeline.getHelper().callClosure(body);
    events.add("timeout end");
    return result;
  }

  private Object shardMock(Map<String, Object> args, Closure<?> body) {
    Object index = args.get("shard");
    events.add("shard " + index + " " + args + " begin");
    try {
      Object result = pipeline.getHelper().callClosure(body);
      events.add("shard " + index + " end");
      return result;
    } catch (RuntimeException e) {
      events.add("shard " + index + " failed: " + e.getMessage());
      throw e;
    }
  }

  /**
   * Stands in for docker-workflow's {@code docker} variable. Serializable like the real one, since
   * the script's state is serialized at every step; the test it reports to is not part of that.
   */
  public static final class DockerFake implements Serializable {
    private static final long serialVersionUID = 1L;

    public ImageFake image(String id) {
      current.events.add("docker image " + id);
      return new ImageFake();
    }
  }

  /** Stands in for {@code docker.image(id)}. */
  public static final class ImageFake implements Serializable {
    private static final long serialVersionUID = 1L;

    public Object inside(String args, Closure<?> body) {
      current.events.add("docker inside " + args);
      return pipeline.getHelper().callClosure(body);
    }
  }

  // ---- helpers ----

  private void run(String jenkinsfile) throws Exception {
    Script script = pipeline.loadScript(jenkinsfile);
    pipeline.runScript(script);
  }

  /** The events between shard {@code index}'s branch start and the next branch. */
  private List<String> eventsOfShard(int index) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String e : events) {
      if (e.startsWith("branch ") && !e.startsWith("branch failed")) {
        in = e.matches("branch \\S+ " + index + "/\\d+");
        continue;
      }
      if (in) {
        out.add(e);
      }
    }
    return out;
  }

  private static Path scriptRoot() throws URISyntaxException {
    URL script =
        ParallelTestsScriptTest.class.getResource(
            "/io/jenkins/plugins/paralleltests/ParallelTests.groovy");
    // <root>/io/jenkins/plugins/paralleltests/ParallelTests.groovy
    return Path.of(script.toURI()).getParent().getParent().getParent().getParent().getParent();
  }

  private static Path testRoot() throws URISyntaxException {
    URL dir = ParallelTestsScriptTest.class.getResource("ParallelTestsScriptTest/scripted.jenkins");
    return Path.of(dir.toURI()).getParent();
  }

  /** A step without arguments that answers {@code value}, as {@code pwd()} does. */
  private static final class Constant extends Closure<Object> {
    private final String value;

    Constant(String value) {
      super(null);
      this.value = value;
    }

    @SuppressWarnings("unused") // called by Groovy
    public Object doCall() {
      return value;
    }
  }
}
