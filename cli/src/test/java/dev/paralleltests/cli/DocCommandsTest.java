package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocCommandsTest {

  private static final String PAGE =
      """
      # A page

      ```sh
      parallel-tests plan --shards 9   # not marked for testing
      ```

      ```yaml test
      steps:
        - run: parallel-tests split --plan plan.json --index 2
        - run: |
            find . -name '*Test.java' \\
              | sort > units.txt
            mvn -B test
            parallel-tests merge --out m.xml a b || status=$?
        - script: CI_NODE_INDEX=1 parallel-tests split --units-from u.txt
      ```
      """;

  @Test
  void findsOnlyBlocksMarkedForTestingWithTheirLanguage() {
    List<DocCommands.Block> blocks = DocCommands.testedBlocks(PAGE);

    assertThat(blocks).singleElement().satisfies(b -> assertThat(b.language()).isEqualTo("yaml"));
  }

  @Test
  void extractsCommandsWithContinuationsAndWithoutIgnoredStatuses() {
    List<String> commands =
        DocCommands.commands(DocCommands.testedBlocks(PAGE).get(0)).stream()
            .map(DocCommands.Command::text)
            .toList();

    assertThat(commands)
        .containsExactly(
            "parallel-tests split --plan plan.json --index 2",
            "find . -name '*Test.java'  | sort > units.txt",
            "parallel-tests merge --out m.xml a b",
            "CI_NODE_INDEX=1 parallel-tests split --units-from u.txt");
  }

  @Test
  void numbersCommandsByTheirLineOnThePage() {
    DocCommands.Block block = DocCommands.testedBlocks(PAGE).get(0);

    assertThat(DocCommands.commands(block).get(0).line())
        .isEqualTo((int) PAGE.lines().takeWhile(l -> !l.contains("--index 2")).count() + 1);
  }
}
