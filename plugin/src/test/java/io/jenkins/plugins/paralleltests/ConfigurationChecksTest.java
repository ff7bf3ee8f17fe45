package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.paralleltests.ConfigurationChecks.Check.Kind;
import io.jenkins.plugins.paralleltests.ConfigurationChecks.Refusal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    assertThat(ConfigurationChecks.image("Registry.Example.com:5000/team/img:1").kind())
        .isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image("registry.example.com/Team/img").kind())
        .isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.image("Registry/team/img").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.image("team/Img").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.image("maven 3").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void shouldCheckThatLabelParenthesesBalance() {
    assertThat(ConfigurationChecks.label("linux && (docker || podman)").kind()).isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.label("linux && (docker").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.label("linux)(").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.label("\"gpu(2)\" && (linux || \"a\\\")\")").kind())
        .isEqualTo(Kind.OK);
    assertThat(ConfigurationChecks.label("\"gpu\" && (linux").kind()).isEqualTo(Kind.ERROR);
    assertThat(ConfigurationChecks.label("\"gpu && linux"))
        .isEqualTo(
            ConfigurationChecks.Check.error(
                "Jenkins cannot parse this label expression at character 1: the quote is not"
                    + " closed"));
  }

  @Test
  void shouldRefuseAnUnparsableNumberInAnyNumberFieldNamingIt() {
    Map<String, String> titles =
        Map.of(
            "defaultShards", "Default shards",
            "maxShards", "Maximum shards",
            "timeoutMinutes", "Timeout per shard (minutes)",
            "historyDepth", "History depth (builds)");
    for (Map.Entry<String, String> field : titles.entrySet()) {
      for (String bad : List.of("4x", "2.5", "1e3", "99999999999")) {
        Optional<Refusal> refusal = ConfigurationChecks.refusal(Map.of(field.getKey(), bad)::get);

        assertThat(refusal).as(field + " " + bad).isPresent();
        assertThat(refusal.get().field()).isEqualTo(field.getKey());
        assertThat(refusal.get().message())
            .startsWith("Parallel Tests, " + field.getValue() + ": \"" + bad + "\" is refused.");
      }
    }
  }

  @Test
  void shouldRefuseANumberItsCheckCallsAnError() {
    assertThat(ConfigurationChecks.refusal(Map.of("defaultShards", "0")::get))
        .map(Refusal::field)
        .contains("defaultShards");
    assertThat(ConfigurationChecks.refusal(Map.of("timeoutMinutes", "-1")::get))
        .map(Refusal::message)
        .contains(
            "Parallel Tests, Timeout per shard (minutes): \"-1\" is refused. A whole number of"
                + " minutes; 0 for no timeout. The Parallel Tests settings were left as they were.");
  }

  @Test
  void shouldRefuseALabelOrImageItsCheckCallsAnError() {
    assertThat(ConfigurationChecks.refusal(Map.of("defaultLabel", "linux && (docker")::get))
        .map(Refusal::field)
        .contains("defaultLabel");
    assertThat(ConfigurationChecks.refusal(Map.of("defaultImage", "Maven:3")::get))
        .map(Refusal::field)
        .contains("defaultImage");
  }

  @Test
  void shouldSaveBlankOrMissingFieldsAsNotSet() {
    Map<String, Object> blank = new HashMap<>();
    for (String field :
        List.of(
            "defaultShards",
            "maxShards",
            "defaultLabel",
            "defaultImage",
            "timeoutMinutes",
            "historyDepth")) {
      blank.put(field, " ");
    }

    assertThat(ConfigurationChecks.refusal(blank::get)).isEmpty();
    assertThat(ConfigurationChecks.refusal(Map.of()::get)).isEmpty();
  }

  @Test
  void shouldSaveValuesItsChecksOnlyWarnAbout() {
    Map<String, Object> form =
        Map.of("defaultShards", "12", "maxShards", "8", "timeoutMinutes", "0", "historyDepth", 20);

    assertThat(ConfigurationChecks.refusal(form::get)).isEmpty();
  }

  @Test
  void shouldRefuseTheFirstBadFieldInTheFormsOrder() {
    Map<String, Object> form =
        Map.of("historyDepth", "many", "maxShards", "x", "defaultShards", "y");

    assertThat(ConfigurationChecks.refusal(form::get))
        .map(Refusal::field)
        .contains("defaultShards");
  }

  @Test
  void shouldShowARefusedValueOnOneShortLine() {
    String message =
        ConfigurationChecks.refusal(Map.of("historyDepth", "1\n2" + "0".repeat(60))::get)
            .orElseThrow()
            .message();

    assertThat(message).contains("\"1?2" + "0".repeat(37) + "...\"").doesNotContain("\n");
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
