package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

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
}
