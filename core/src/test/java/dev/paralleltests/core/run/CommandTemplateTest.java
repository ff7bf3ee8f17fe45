package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

  private final ShardWork shard =
      new ShardWork(
          2, 3, List.of("a.BTest", "a.CTest"), List.of(), false, 10, Path.of("/o/shard-2"));
  private final ShardWork catchAll =
      new ShardWork(
          3, 3, List.of("a.DTest"), List.of("a.ATest", "a.BTest"), true, 10, Path.of("/o/shard-3"));

  @Test
  void shouldRepeatAnArgumentHoldingUnitsOncePerUnit() {
    assertThat(CommandTemplate.of(List.of("run", "--select-class={units}", "-v")).expand(shard))
        .containsExactly("run", "--select-class=a.BTest", "--select-class=a.CTest", "-v");
  }

  @Test
  void shouldFillInShardNumbersAndPaths() {
    assertThat(
            CommandTemplate.of(
                    List.of("t", "--out={reports}/x.xml", "{shard}/{shards}", "{units-file}"))
                .expand(shard))
        .containsExactly("t", "--out=/o/shard-2/reports/x.xml", "2/3", "/o/shard-2/units.txt");
  }

  @Test
  void shouldSelectNothingButExcludeTheOthersForTheCatchAllShard() {
    assertThat(
            CommandTemplate.of(List.of("pytest", "{units}", "--deselect={excludes}"))
                .expand(catchAll))
        .containsExactly("pytest", "--deselect=a.ATest", "--deselect=a.BTest");
  }

  @Test
  void shouldDropExcludesForANormalShard() {
    assertThat(
            CommandTemplate.of(List.of("pytest", "{units}", "--deselect={excludes}")).expand(shard))
        .containsExactly("pytest", "a.BTest", "a.CTest");
  }

  @Test
  void shouldRefuseAMisspeltPlaceholderNamingTheOneMeant() {
    assertThatThrownBy(
            () -> CommandTemplate.of(List.of("pytest", "--junitxml={report}/junit.xml", "{units}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--junitxml={report}/junit.xml'")
        .hasMessageContaining("{report}, which is no placeholder: did you mean {reports}?");
    assertThatThrownBy(() -> CommandTemplate.of(List.of("pytest", "{unit}")))
        .hasMessageContaining("did you mean {units}?");
    assertThatThrownBy(() -> CommandTemplate.of(List.of("t", "{INCLUDES_FILE}")))
        .hasMessageContaining("did you mean {includes-file}?");
  }

  @Test
  void shouldPassOnBracesThatAreNoPlaceholderNearMiss() {
    List<String> args =
        List.of("sh", "-c", "for u in $(cat {units-file}); do echo ${unit} {}; done", "{name}");

    assertThat(CommandTemplate.of(args).expand(shard))
        .containsExactly(
            "sh", "-c", "for u in $(cat /o/shard-2/units.txt); do echo ${unit} {}; done", "{name}");
  }
}
