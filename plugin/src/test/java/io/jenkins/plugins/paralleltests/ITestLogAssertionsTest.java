package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JenkinsRule tests cannot run offline, but what they expect in a build log can be checked
 * against what Pipeline prints. Current workflow-job prints no per-line branch prefix: a branch
 * shows as {@code [Pipeline] { (Branch: NAME)} (NewNodeConsoleNote.java:71,82 in
 * workflow-job@cef6bae, FlowNode.java:261-268 in workflow-api@cbc88d9, ParallelStepExecution.java:83
 * in workflow-cps@e007b7f). So a bracketed expectation must be a Pipeline line or one of ours.
 */
class ITestLogAssertionsTest {

  private static final Pattern LOG_ASSERTION =
      Pattern.compile("assertLog(?:Not)?Contains\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void shouldFindTheLogAssertions() throws IOException {
    assertThat(expectations()).anyMatch(e -> e.contains("(Branch: shard 1/2)"));
  }

  @Test
  void shouldExpectOnlyBracketedPrefixesThatPipelineOrThePluginPrint() throws IOException {
    assertThat(expectations())
        .filteredOn(e -> e.startsWith("["))
        .allMatch(e -> e.startsWith("[Pipeline] ") || e.startsWith("[parallelTests] "));
  }

  private static List<String> expectations() throws IOException {
    Path tests =
        Path.of(System.getProperty("user.dir"))
            .getParent()
            .resolve("plugin/src/test/java/io/jenkins/plugins/paralleltests");
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(tests)) {
      for (Path file : files.filter(f -> f.toString().endsWith("ITest.java")).toList()) {
        Matcher m = LOG_ASSERTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
