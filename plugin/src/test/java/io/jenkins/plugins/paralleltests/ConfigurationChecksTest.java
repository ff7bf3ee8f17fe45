package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.paralleltests.ConfigurationChecks.Check.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationChecksTest {

  @Test
  void shouldAcceptEmptyFieldsAsBuiltInDefaults() {
    assertThat(ConfigurationChecks.shards("", null)).isEqualTo(ok("Not set: 4 shards"));
    assertThat(ConfigurationChecks.maxShards(" ").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image(null).kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.label("").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.timeoutMinutes("").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.historyDepth("").kind()).isEqualTo(Kind.OK);
  }

  @Test
  void shouldRefuseNumbersThatAreNotWholeOrTooSmall() {
    for (String bad : List.of("0", "-2", "four", "2.5")) {
      assertThat(ConfigurationChecks.shards(bad, null).kind()).as(bad).isEqualTo(Kind.ERROR);
      assertThat(ConfigurationChecks.maxShards(bad).kind()).as(bad).isEqualTo(Kind.ERROR);
      assertThat(ConfigurationChecks.historyDepth(bad).kind()).as(bad).isEqualTo(Kind.ERROR);
    }
    assertThat(ConfigurationChecks.timeoutMinutes("-1").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void shouldWarnAboutADefaultAboveTheMaximumAndAboutNoTimeout() {
    assertThat(ConfigurationChecks.shards("12", 8).kind()).isEqualTo(Kind.WARNING);
    assertThat(ConfigurationChecks.shards("12", null).kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.timeoutMinutes("0").kind()).isEqualTo(Kind.WARNING);
  }

  @Test
  void shouldCheckImageReferences() {
    assertThat(ConfigurationChecks.image("maven:3.9-eclipse-temurin-17").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image("registry:5000/team/img:Tag_1").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image("img@sha256:abc").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image("Maven:3").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.image("maven 3").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void shouldCheckThatLabelParenthesesBalance() {
    assertThat(ConfigurationChecks.label("linux && (docker || podman)").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.label("linux && (docker").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.label("linux)(").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void shouldClassifyHowAShardEnded() {
    assertThat(ShardOutcomes.classify(false, List.of())).isEqualTo(ShardStatus.FAILED);
    assertThat(ShardOutcomes.classify(true, List.of("ExceededTimeout")))
        .isEqualTo(ShardStatus.TIMED_OUT);
    assertThat(ShardOutcomes.classify(true, List.of("UserInterruption")))
        .isEqualTo(ShardStatus.ABORTED);
  }

  private static ConfigurationChecks.Check ok(String message) {
    return ConfigurationChecks.Check.ok(message);
  }
}
