package dev.paralleltests.pluginoffline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every parameter Stapler binds, of every step and describable of the plugin, has its help file:
 * {@code help-<parameter>.html} in the resources folder named after the class, as
 * workflow-basic-steps does it (at a789b07: {@code SleepStep(int time)} with {@code @DataBoundSetter
 * setUnit}, {@code SleepStep.java} lines 50-56, and {@code
 * src/main/resources/org/jenkinsci/plugins/workflow/steps/SleepStep/help-time.html}, {@code
 * help-unit.html}, {@code help.html}). The pipeline syntax page shows nothing for a parameter
 * without one. Read from the plugin's sources, since constructor parameter names are not in the
 * compiled classes.
 */
class HelpFilesTest {

  private static final Path PLUGIN = Path.of(System.getProperty("plugin.dir", "../plugin"));
  private static final Path SOURCES = PLUGIN.resolve("src/main/java/io/jenkins/plugins/paralleltests");
  private static final Path RESOURCES =
      PLUGIN.resolve("src/main/resources/io/jenkins/plugins/paralleltests");
  private static final Pattern CONSTRUCTOR =
      Pattern.compile("@DataBoundConstructor\\s+public\\s+\\w+\\s*\\(([^)]*)\\)");
  private static final Pattern SETTER =
      Pattern.compile("@DataBoundSetter\\s+public\\s+void\\s+set(\\w+)\\s*\\(");

  /**
   * Parameters only a caller in code sets: {@code wrapperArguments} is set by the {@code
   * parallelTests} variable (its help: "Leave it out when calling this step yourself").
   */
  private static final List<String> NOT_IN_THE_FORM =
      List.of("ParallelTestsPlanStep.wrapperArguments");

  @Test
  void shouldHaveAHelpFileForEveryDataBoundParameter() throws IOException {
    List<String> checked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path source : boundTypes()) {
      String type = source.getFileName().toString().replace(".java", "");
      for (String parameter : parameters(Files.readString(source))) {
        Path help = RESOURCES.resolve(type).resolve("help-" + parameter + ".html");
        checked.add(type + "." + parameter);
        if (!Files.isRegularFile(help) || Files.readString(help).isBlank()) {
          missing.add(PLUGIN.relativize(help).toString());
        }
      }
    }

    assertThat(checked).contains("ParallelTestsClaimStep.shard", "ParallelTestsSetAsideStep.into");
    assertThat(missing).as("help files missing or empty").isEmpty();
  }

  @Test
  void shouldHaveAHelpFileForEveryStep() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path source : boundTypes()) {
      String type = source.getFileName().toString().replace(".java", "");
      if (Files.readString(source).contains(" extends Step ")
          && !Files.isRegularFile(RESOURCES.resolve(type).resolve("help.html"))) {
        missing.add(type);
      }
    }

    assertThat(missing).isEmpty();
  }

  /**
   * Pipeline Syntax's snippet generator shows a step's {@code config.jelly}, and for a step without
   * one only "This step has not yet defined any visual configuration" (workflow-cps@e007b7f {@code
   * Snippetizer/index.jelly:55-59}); it builds the snippet from what that form submits ({@code
   * Snippetizer.java:528}, {@code descriptor.newInstance(req, json)}), so a parameter without a
   * field cannot be generated. The advanced steps {@code parallelTests} calls itself have one too,
   * as docker-workflow's {@code withDockerContainer} has (at 3e04e4f, {@code
   * WithContainerStep/config.jelly}).
   */
  @Test
  void shouldHaveAFormFieldForEveryDataBoundParameterOfEveryStep() throws IOException {
    List<String> checked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path source : boundTypes()) {
      String type = source.getFileName().toString().replace(".java", "");
      String text = Files.readString(source);
      if (!text.contains(" extends Step ")) {
        continue;
      }
      Path config = RESOURCES.resolve(type).resolve("config.jelly");
      String form = Files.isRegularFile(config) ? Files.readString(config) : "";
      for (String parameter : parameters(text)) {
        checked.add(type + "." + parameter);
        if (!NOT_IN_THE_FORM.contains(type + "." + parameter)
            && !form.contains("field=\"" + parameter + "\"")) {
          missing.add(type + "." + parameter);
        }
      }
    }

    assertThat(checked)
        .contains(
            "ParallelTestsClaimStep.shard",
            "ParallelTestsClaimStep.lostShard",
            "ParallelTestsSetAsideStep.into");
    assertThat(missing).as("parameters without a field in their step's config.jelly").isEmpty();
  }

  @Test
  void shouldReadConstructorAndSetterParametersFromASource() {
    String source =
        "@DataBoundConstructor\n  public Step(String testResults, final int into) {}\n"
            + "@DataBoundSetter\n  public void setFailFast(boolean failFast) {}";

    assertThat(parameters(source)).containsExactly("testResults", "into", "failFast");
  }

  /** The plugin's sources that Stapler binds: a data-bound constructor or setter. */
  private static List<Path> boundTypes() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<Path> bound = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(p);
        if (text.contains("@DataBoundConstructor") || text.contains("@DataBoundSetter")) {
          bound.add(p);
        }
      }
      assertThat(bound).hasSizeGreaterThanOrEqualTo(7);
      return bound;
    }
  }

  /** Constructor parameter names, then setter property names, as the help files are named. */
  static List<String> parameters(String source) {
    List<String> names = new ArrayList<>();
    Matcher c = CONSTRUCTOR.matcher(source);
    while (c.find()) {
      for (String parameter : c.group(1).split(",")) {
        String[] words = parameter.trim().split("\\s+");
        if (!parameter.isBlank()) {
          names.add(words[words.length - 1]);
        }
      }
    }
    Matcher s = SETTER.matcher(source);
    while (s.find()) {
      names.add(Character.toLowerCase(s.group(1).charAt(0)) + s.group(1).substring(1));
    }
    return names;
  }
}
