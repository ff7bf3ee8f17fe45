package dev.paralleltests.pluginoffline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Descriptor.FormException;
import io.jenkins.plugins.paralleltests.ParallelTestsConfiguration;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * Saving the global configuration's form ({@code ParallelTestsConfiguration.configure}), offline:
 * the submitted form is this module's {@code JSONObject} stand-in, and the inherited binding is the
 * stub's, which only throws. A refused form never reaches it. The real build's {@code
 * ParallelTestsConfigurationITest} submits the real page.
 */
class ConfigurationSaveTest {

  @Test
  void shouldRefuseAnUnparsableNumberNamingTheFieldAndKeepTheEarlierSettings() {
    ParallelTestsConfiguration config = configured();
    JSONObject form = form().element("defaultShards", "4x");

    assertThatThrownBy(() -> config.configure(null, form))
        .isInstanceOf(FormException.class)
        .hasMessageContaining("Default shards")
        .hasMessageContaining("\"4x\"");
    assertThat(config.getDefaultShards()).isEqualTo(6);
    assertThat(config.getMaxShards()).isEqualTo(12);
    assertThat(config.getTimeoutMinutes()).isEqualTo(30);
    assertThat(config.getHistoryDepth()).isEqualTo(15);
    assertThat(config.getDefaultLabel()).isEqualTo("linux");
  }

  @Test
  void shouldHandAValidFormToTheInheritedBinding() {
    ParallelTestsConfiguration config = configured();

    // The stub's GlobalConfiguration.configure only throws: reaching it means the form was passed
    // on to Stapler's binding, as Jenkins' GlobalConfiguration.java:67-88 does.
    assertThatThrownBy(() -> config.configure(null, form()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("compile-only stub");
  }

  @Test
  void shouldHandAFormWithBlankNumbersToTheInheritedBinding() {
    ParallelTestsConfiguration config = configured();
    JSONObject form =
        form().element("defaultShards", "").element("historyDepth", " ").element("maxShards", "");

    assertThatThrownBy(() -> config.configure(null, form))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static ParallelTestsConfiguration configured() {
    ParallelTestsConfiguration config = new ParallelTestsConfiguration();
    config.setDefaultShards(6);
    config.setMaxShards(12);
    config.setTimeoutMinutes(30);
    config.setHistoryDepth(15);
    config.setDefaultLabel("linux");
    return config;
  }

  /** The fields as the page submits them with every setting valid. */
  private static JSONObject form() {
    return new JSONObject()
        .element("defaultShards", "6")
        .element("maxShards", "12")
        .element("defaultLabel", "linux")
        .element("defaultImage", "")
        .element("timeoutMinutes", "30")
        .element("historyDepth", "15")
        .element("missingShardResult", "FAILURE");
  }
}
