package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundSetter;

/** Views are never compiled before Jenkins renders them: check what can be checked offline. */
class ResourcesTest {

  private static final Pattern FIELD = Pattern.compile("field=\"([A-Za-z]+)\"");

  @Test
  void shouldHaveOnlyWellFormedJellyFiles() throws Exception {
    List<Path> jellies = resources(".jelly");

    assertThat(jellies).hasSizeGreaterThanOrEqualTo(6);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    for (Path jelly : jellies) {
      try (InputStream in = Files.newInputStream(jelly)) {
        factory.newDocumentBuilder().parse(in, jelly.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        ParallelTestsPlanStep.class,
        ParallelTestsRecordStep.class,
        ParallelTestsShardStep.class,
        ParallelTestsDiscoverStep.class,
        ParallelTestsClaimStep.class,
        ParallelTestsSetAsideStep.class,
        ParallelTestsConfiguration.class
      })
  void shouldHaveAHelpFileForEveryParameterAndFormField(Class<?> type) throws Exception {
    Path dir = folderOf(type);
    List<String> parameters = new ArrayList<>(parameters(type));
    parameters.addAll(formFields(type));

    assertThat(parameters).isNotEmpty();
    for (String parameter : parameters) {
      assertThat(dir.resolve("help-" + parameter + ".html")).as(parameter).isRegularFile();
    }
    assertThat(
            dir.resolve("help.html").toFile().exists() || type == ParallelTestsConfiguration.class)
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        ParallelTestsPlanStep.class,
        ParallelTestsRecordStep.class,
        ParallelTestsShardStep.class,
        ParallelTestsDiscoverStep.class,
        ParallelTestsClaimStep.class,
        ParallelTestsSetAsideStep.class,
        ParallelTestsConfiguration.class
      })
  void shouldBindEveryFormFieldToAPropertyOfTheType(Class<?> type) throws Exception {
    for (String field : formFields(type)) {
      String property = Character.toUpperCase(field.charAt(0)) + field.substring(1);
      assertThat(hasMethod(type, "get" + property) || hasMethod(type, "is" + property))
          .as(type.getSimpleName() + "." + field)
          .isTrue();
    }
  }

  /**
   * The steps {@code parallelTests} calls itself stay out of Pipeline Syntax's main list of steps:
   * an advanced step is listed below "Advanced/Deprecated" (workflow-cps@e007b7f {@code
   * Snippetizer.java:413-417}, {@code Snippetizer/index.jelly:65-68}), and its help says who calls
   * it, as docker-workflow's {@code withDockerContainer} help does ("Normally used implicitly by
   * method calls on the docker global variable", {@code WithContainerStep/help.html}, at 3e04e4f).
   */
  @ParameterizedTest
  @ValueSource(classes = {ParallelTestsClaimStep.class, ParallelTestsSetAsideStep.class})
  void shouldListTheStepsParallelTestsCallsItselfAsAdvanced(Class<?> type) throws Exception {
    StepDescriptor descriptor =
        (StepDescriptor)
            Class.forName(type.getName() + "$DescriptorImpl").getConstructor().newInstance();

    assertThat(descriptor.isAdvanced()).isTrue();
    assertThat(Files.readString(folderOf(type).resolve("help.html")))
        .contains("<code>parallelTests(mode: 'queue')</code> calls this step itself");
  }

  @Test
  void shouldDescribeEveryParameterOfTheVariable() throws Exception {
    String help = Files.readString(folderOf(ParallelTestsDSL.class).resolve("help.jelly"));
    List<String> stepParameters = parameters(ParallelTestsPlanStep.class);

    for (String name : StepParameters.NAMES) {
      assertThat(help).contains("<code>" + name + "</code>");
      assertThat(stepParameters).contains(name);
    }
  }

  @Test
  void shouldCommitADemoJobWhosePipelineParses() throws Exception {
    Path plugin = Path.of("").toAbsolutePath();
    Path demo = Path.of("demo/jobs/parallel-tests-demo/config.xml");
    Path config =
        Files.exists(plugin.resolve(demo))
            ? plugin.resolve(demo)
            : plugin.resolveSibling("plugin").resolve(demo);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    String script;
    try (InputStream in = Files.newInputStream(config)) {
      script =
          factory
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagName("script")
              .item(0)
              .getTextContent();
    }

    assertThat(script).contains("parallelTests(");
    new groovy.lang.GroovyShell().parse(script, "demo.groovy");
  }

  /**
   * The hpi packaging refuses a plugin without {@code index.jelly} at the root of its classes
   * (maven-hpi-plugin@bcb67d7 HpiMojo.java:139-146, since #302 of March 2022): the update center
   * and the plugin manager show it as the plugin's description.
   */
  @Test
  void shouldShipThePluginDescriptionThatHpiPackagingRequires() throws Exception {
    Path classes =
        Path.of(ParallelTestsDSL.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path index = classes.resolve("index.jelly");

    assertThat(index).isRegularFile();
    assertThat(Files.readString(index)).startsWith("<?jelly escape-by-default='true'?>");
  }

  @Test
  void shouldShipTheScriptNextToTheVariable() {
    assertThat(ParallelTestsDSL.class.getResource("ParallelTests.groovy")).isNotNull();
  }

  /** The setter parameters Stapler binds, as the help files are named. */
  private static List<String> parameters(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(DataBoundSetter.class) && method.getName().startsWith("set")) {
        String name = method.getName().substring(3);
        names.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      }
    }
    return names;
  }

  /** The fields of the type's form (constructor parameters appear only there). */
  private static List<String> formFields(Class<?> type) throws Exception {
    String form = Files.readString(folderOf(type).resolve("config.jelly"));
    List<String> fields = new ArrayList<>();
    Matcher m = FIELD.matcher(form);
    while (m.find()) {
      fields.add(m.group(1));
    }
    return fields;
  }

  private static boolean hasMethod(Class<?> type, String name) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 0) {
        return true;
      }
    }
    return false;
  }

  private static Path folderOf(Class<?> type) throws URISyntaxException {
    URL url = type.getResource(type.getSimpleName() + "/");
    if (url == null) {
      url = type.getResource(type.getSimpleName() + "/config.jelly");
      return Path.of(url.toURI()).getParent();
    }
    return Path.of(url.toURI());
  }

  private static List<Path> resources(String suffix) throws IOException, URISyntaxException {
    Path root =
        Path.of(ParallelTestsDSL.class.getResource("ParallelTests.groovy").toURI()).getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }
}
