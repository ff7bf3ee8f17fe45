package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages' views follow Jenkins' content security policy: escaped, no script, symbol icons. */
class PageViewsTest {
  private static final Path VIEWS =
      Path.of("../plugin/src/main/resources/io/jenkins/plugins/paralleltests");
  private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ParallelTestsRunAction/index.jelly",
        "ParallelTestsRunAction/pageSummary.jelly",
        "ParallelTestsRunAction/summary.jelly",
        "ParallelTestsJobAction/index.jelly",
        "ParallelTestsJobAction/floatingBox.jelly",
        "ParallelTestsQueueAction/summary.jelly"
      })
  void shouldEscapeByDefaultAndHaveNoScript(String view) throws Exception {
    String text = Files.readString(resolve(view), StandardCharsets.UTF_8);

    assertThat(text).startsWith("<?jelly escape-by-default='true'?>");
    assertThat(text.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("st:adjunct");
    assertThat(EVENT_HANDLER.matcher(text).find()).as("inline event handler").isFalse();
  }

  /**
   * A view reads its action's properties as {@code ${it.name}}, which JEXL resolves to a public
   * {@code getName()} or {@code isName()} of a public class: a missing or non-public getter renders
   * nothing (or fails) only on a real controller.
   */
  @ParameterizedTest
  @ValueSource(
      classes = {
        ParallelTestsRunAction.class,
        ParallelTestsJobAction.class,
        ParallelTestsQueueAction.class
      })
  void shouldReadOnlyPublicGettersOfItsAction(Class<?> action) throws Exception {
    assertThat(java.lang.reflect.Modifier.isPublic(action.getModifiers())).isTrue();
    Path dir = resolve(action.getSimpleName());
    java.util.List<Path> views;
    try (var files = Files.list(dir)) {
      views = files.filter(f -> f.toString().endsWith(".jelly")).toList();
    }
    assertThat(views).isNotEmpty();
    java.util.Set<String> getters = new java.util.HashSet<>();
    for (java.lang.reflect.Method m : action.getMethods()) {
      if (m.getParameterCount() == 0) {
        getters.add(m.getName());
      }
    }
    Pattern property = Pattern.compile("\\bit\\.([a-zA-Z]+)\\b(?!\\s*\\()");
    for (Path view : views) {
      var m = property.matcher(Files.readString(view, StandardCharsets.UTF_8));
      while (m.find()) {
        String name = m.group(1);
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        assertThat(getters)
            .as(view.getFileName() + ": ${it." + name + "}")
            .containsAnyOf("get" + capitalized, "is" + capitalized);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void shouldUseIconsFromJenkinsSymbolSetAndLinkBothPages() {
    ParallelTestsRunAction build =
        new ParallelTestsRunAction(
            "it",
            new PlanService.Planned(
                new PageFixture("it", 1).plan(1, PageFixture.units("a.A", 1)).shardPlan(),
                "no timing history",
                false),
            MissingShardResult.UNSTABLE,
            0);
    ParallelTestsJobAction job = new ParallelTestsJobAction(null);

    assertThat(build.getIconFileName()).startsWith("symbol-");
    assertThat(build.getUrlName()).isEqualTo("parallel-tests-it");
    assertThat(job.getIconFileName()).startsWith("symbol-");
    assertThat(job.getUrlName()).isEqualTo("parallel-tests-trend");
  }

  private static Path resolve(String view) {
    Path here = VIEWS.resolve(view);
    return Files.exists(here)
        ? here
        : Path.of("src/main/resources/io/jenkins/plugins/paralleltests").resolve(view);
  }
}
