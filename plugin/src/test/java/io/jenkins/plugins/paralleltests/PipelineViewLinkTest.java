package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineViewLinkTest {

  @Test
  void shouldLinkToTheGraphViewWhenItsPluginIsInstalled() {
    assertThat(PipelineViewLink.of(Set.of("pipeline-graph-view", "junit")::contains))
        .isEqualTo("pipeline-overview/");
  }

  @Test
  void shouldLinkNowhereWithoutIt() {
    assertThat(PipelineViewLink.of(Set.of("junit")::contains)).isEmpty();
  }

  @Test
  void shouldTakeTheLinkFromTheActionNotAFixedPathInThePage() throws Exception {
    String page;
    try (var in =
        ParallelTestsRunAction.class.getResourceAsStream("ParallelTestsRunAction/index.jelly")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(page).doesNotContain("pipeline-overview").contains("it.pipelineViewLink");
  }
}
