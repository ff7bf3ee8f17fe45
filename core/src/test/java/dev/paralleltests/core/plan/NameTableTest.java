package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.property.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameTableTest {

  @Test
  void answersAsAHashMapDoesForAnySequenceOfPuts() {
    Property.forAll(
        300,
        g -> g.listOf(g.intBetween(0, 200), n -> n.string("abcAaBB\u00e9", 0, 4)),
        names -> {
          // Starting small, so that the table grows several times on the way.
          NameTable table = new NameTable(1);
          Map<String, Integer> map = new HashMap<>();
          for (int i = 0; i < names.size(); i++) {
            Integer before = map.putIfAbsent(names.get(i), i);
            assertThat(table.putIfAbsent(names.get(i), i))
                .isEqualTo(before == null ? NameTable.ABSENT : before);
          }
          assertThat(table.size()).isEqualTo(map.size());
          assertThat(table.names()).containsExactlyInAnyOrderElementsOf(map.keySet());
          for (String name : List.of("", "a", "zz", "Aa", "BB")) {
            assertThat(table.get(name)).isEqualTo(map.getOrDefault(name, NameTable.ABSENT));
          }
        });
  }

  @Test
  void refusesANegativeNumber() {
    NameTable table = new NameTable(4);

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> table.putIfAbsent("a", -1))
        .withMessage("negative value -1");
  }
}
