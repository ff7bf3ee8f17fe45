package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstBuildDiscoveryTest {

  @TempDir Path workspace;

  @Test
  void shouldAskTheScriptToListClassesWhenAFixedSplitHasNoHistoryAndTheSourcesCanBeCheckedOut() {
    FirstBuildDiscovery.Decision decision =
        FirstBuildDiscovery.decide("unit", new ShardCount.Fixed(4), Granularity.CLASS, true);

    assertThat(decision.discover())
        .hasValueSatisfying(
            a ->
                assertThat(a)
                    .containsEntry("name", "unit")
                    .containsEntry("glob", FirstBuildDiscovery.CLASS_GLOB)
                    .containsEntry("granularity", "class")
                    .containsEntry("shards", 4));
  }

  @Test
  void shouldSayWhyWithoutAnScmToCheckOut() {
    FirstBuildDiscovery.Decision decision =
        FirstBuildDiscovery.decide("", new ShardCount.Fixed(4), Granularity.CLASS, false);

    assertThat(decision.discover()).isEmpty();
    assertThat(decision.reason()).contains("no `scm` to check out").contains("one shard");
  }

  @Test
  void shouldNotListSingleTestsOrGuessAnAutomaticShardCount() {
    assertThat(
            FirstBuildDiscovery.decide("", new ShardCount.Fixed(4), Granularity.TEST, true)
                .discover())
        .isEmpty();
    assertThat(
            FirstBuildDiscovery.decide("", new ShardCount.Auto(600_000, 8), Granularity.CLASS, true)
                .reason())
        .contains("shards: 'auto' needs timings");
  }

  @Test
  void shouldListTheTestClassesOfEveryModuleOnTheAgent() throws IOException {
    source("core/src/test/java/com/example/FooTest.java", "package com.example;\nclass FooTest {}");
    source("core/src/test/java/com/example/Helper.java", "package com.example;\nclass Helper {}");
    source("core/src/main/java/com/example/MainTest.java", "package com.example;\nclass X {}");
    source("src/test/java/TestRoot.java", "class TestRoot {}");
    source("cli/src/test/java/a/b/ParserTests.java", "package a.b;\n\nclass ParserTests {}");

    DiscoverUnits.Found found =
        new DiscoverUnits(FirstBuildDiscovery.CLASS_GLOB, Granularity.CLASS)
            .invoke(workspace.toFile(), null);

    assertThat(found.problem()).isEmpty();
    assertThat(found.units()).containsExactly("a.b.ParserTests", "com.example.FooTest", "TestRoot");
  }

  @Test
  void shouldListPytestFilesByPath() throws IOException {
    source("tests/test_api.py", "");
    source("tests/db_test.py", "");
    source("tests/conftest.py", "");

    DiscoverUnits.Found found =
        new DiscoverUnits(FirstBuildDiscovery.FILE_GLOB, Granularity.FILE)
            .invoke(workspace.toFile(), null);

    assertThat(found.units()).containsExactly("tests/db_test.py", "tests/test_api.py");
  }

  @Test
  void shouldSayWhyWhenNothingMatches() {
    DiscoverUnits.Found found =
        new DiscoverUnits(FirstBuildDiscovery.CLASS_GLOB, Granularity.CLASS)
            .invoke(workspace.toFile(), null);

    assertThat(found.units()).isEmpty();
    assertThat(found.problem()).contains("matched no file");
  }

  @Test
  void shouldSplitDiscoveredUnitsEvenlyByCountLosingNone() {
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      units.add("com.example.Test" + i);
    }

    ShardPlan plan = FirstBuildDiscovery.plan(units, 3, Granularity.CLASS);

    assertThat(plan.shards()).extracting(s -> s.units().size()).containsExactlyInAnyOrder(4, 3, 3);
    assertThat(plan.shards().stream().flatMap(s -> s.units().stream()))
        .containsExactlyInAnyOrderElementsOf(units);
    assertThat(plan.shards()).filteredOn(Shard::catchAll).hasSize(1);
    assertThat(plan.estimatedUnits()).isEqualTo(10);
  }

  private void source(String relative, String text) throws IOException {
    Path file = workspace.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void shouldAcceptAGlobInsideTheWorkspace() {
    FirstBuildDiscovery.checkGlob(FirstBuildDiscovery.CLASS_GLOB);
    FirstBuildDiscovery.checkGlob("tests/..hidden/test_*.py");
  }

  @Test
  void shouldRefuseAGlobThatLeavesTheWorkspace() {
    for (String glob :
        List.of("../other/**/*.java", "a/../../b/*.py", "/etc/**", "C:/x/*.py", "")) {
      assertThatThrownBy(() -> FirstBuildDiscovery.checkGlob(glob))
          .as(glob)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("relative to the workspace");
    }
  }
}
