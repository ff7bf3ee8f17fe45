package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the commands the CI pages of {@code docs/} show against the real launcher and jar, page by
 * page, in the page's order, in a checkout-like directory with sample tests and shard reports, with
 * that CI system's variables set. Every {@code parallel-tests} command must succeed; every YAML
 * block must parse.
 */
class DocsCommandsIT {

  /** GitHub expressions the pages use, as a runner would expand them for shard 2. */
  private static final Map<String, String> GITHUB_EXPRESSIONS =
      Map.of(
          "${{ matrix.shard }}", "2",
          "${{ github.run_id }}", "4242",
          "${{ github.run_attempt }}", "1");

  @TempDir Path work;

  @BeforeAll
  static void jarIsBuilt() {
    assertThat(Launcher.root().resolve("cli/target/parallel-tests.jar")).isRegularFile();
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("cli.md", Map.of()),
        Arguments.of("github-actions.md", Map.of("GITHUB_RUN_ID", "4242")),
        Arguments.of(
            "gitlab-ci.md",
            Map.of("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "4", "CI_PIPELINE_ID", "777")),
        Arguments.of(
            "circleci.md",
            Map.of(
                "CIRCLE_NODE_INDEX", "1", "CIRCLE_NODE_TOTAL", "4", "CIRCLE_WORKFLOW_ID", "wf-1")),
        Arguments.of(
            "buildkite.md",
            Map.of(
                "BUILDKITE_PARALLEL_JOB",
                "1",
                "BUILDKITE_PARALLEL_JOB_COUNT",
                "4",
                "BUILDKITE_BUILD_NUMBER",
                "88")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyCommandOnThePageWorks(String page, Map<String, String> ciVariables) throws Exception {
    String markdown = Files.readString(Launcher.root().resolve("docs").resolve(page));
    Path checkout = sandbox();
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    Map<String, String> env = new HashMap<>(ciVariables);
    env.put("PATH", launcherOnPath() + ":" + System.getenv("PATH"));
    // Dozens of short JVM runs: spare the machine the optimizing compiler.
    env.put("PARALLEL_TESTS_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    env.put("RUNNER_TEMP", tmp.toString());
    env.put("GITHUB_OUTPUT", tmp.resolve("github-output").toString());
    env.put("GITHUB_STEP_SUMMARY", tmp.resolve("step-summary.md").toString());
    env.put("PARALLEL_TESTS_HISTORY", checkout.resolve(".parallel-tests/history").toString());

    List<DocCommands.Block> blocks = DocCommands.testedBlocks(markdown);
    List<String> ran = new ArrayList<>();
    for (DocCommands.Block block : blocks) {
      if (block.language().equals("yaml")) {
        JsonNode yaml = new YAMLMapper().readTree(block.text());
        // Pipeline-wide variables (GitLab's variables:, Buildkite's env:) as the CI sets them;
        // the test's own values (a history inside the sandbox) win.
        for (String key : List.of("variables", "env")) {
          if (yaml != null && yaml.path(key).isObject()) {
            yaml.path(key)
                .fields()
                .forEachRemaining(e -> env.putIfAbsent(e.getKey(), e.getValue().asText()));
          }
        }
      }
      for (DocCommands.Command command : DocCommands.commands(block)) {
        String text = expand(command.text(), tmp);
        Launcher.Result result = Launcher.bash(checkout, env, "set -euo pipefail\n" + text);
        assertThat(result.exitCode())
            .as("%s line %d: %s%n%s", page, command.line(), text, result.err())
            .isZero();
        ran.add(text);
      }
    }

    assertThat(ran).as("commands found on " + page).anyMatch(c -> c.startsWith("parallel-tests"));
    assertThat(checkout.resolve("plan.json")).as("every page plans").isRegularFile();
  }

  @Test
  void everyCiPageWiresSurefirePytestAndJest() throws Exception {
    for (String page :
        List.of("github-actions.md", "gitlab-ci.md", "circleci.md", "buildkite.md")) {
      String markdown = Files.readString(Launcher.root().resolve("docs").resolve(page));
      List<String> commands =
          DocCommands.testedBlocks(markdown).stream()
              .flatMap(b -> DocCommands.commands(b).stream())
              .map(DocCommands.Command::text)
              .toList();
      assertThat(commands)
          .as(page)
          .anyMatch(c -> c.contains("split --plan plan.json") && c.contains("--format surefire"))
          .anyMatch(c -> c.contains("split --plan plan.json") && c.contains("--format pytest"))
          .anyMatch(c -> c.contains("split --plan plan.json") && c.contains("--format jest"))
          .anyMatch(c -> c.startsWith("parallel-tests merge") && c.contains("--plan plan.json"))
          .anyMatch(c -> c.startsWith("parallel-tests record"));
    }
  }

  /**
   * A checkout with test sources of each kind and one earlier run's reports, one dir a shard, each
   * holding the class the pages' plan gives that shard (without a history: Gamma, Alpha, Beta,
   * Delta): {@code merge --plan} refuses reports that did not follow the plan.
   */
  private Path sandbox() throws Exception {
    Path source = Path.of("src/test/resources/DocsCommandsIT/sandbox");
    Path target = work.resolve("checkout");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }

  private Path launcherOnPath() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path link = bin.resolve("parallel-tests");
    if (!Files.exists(link)) {
      Files.createSymbolicLink(link, Launcher.script());
    }
    return bin;
  }

  /** GitHub's expressions as a runner expands them; {@code /tmp/} kept inside the test's dir. */
  private static String expand(String command, Path tmp) {
    String text = command;
    for (Map.Entry<String, String> e : GITHUB_EXPRESSIONS.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    assertThat(text).as("an expression this test does not know").doesNotContain("${{");
    return Launcher.scratchFilesIn(text, tmp);
  }
}
