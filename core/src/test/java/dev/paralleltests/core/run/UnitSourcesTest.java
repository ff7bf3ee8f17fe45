package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.unit.Granularity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UnitSourcesTest {

  private static final Path PROJECT = Path.of("src/test/resources/UnitSourcesTest");

  @Test
  void shouldDiscoverTestClassesByTheirDeclaredPackage() throws Exception {
    assertThat(UnitSources.discover("src/test/java/**/*Test.java", PROJECT, Granularity.CLASS))
        .containsExactly(
            "DefaultPackageTest", "com.example.CartTest", "com.example.deep.PriceTest");
  }

  @Test
  void shouldDiscoverFilesAsRelativePathsAtFileGranularity() throws Exception {
    assertThat(UnitSources.discover("src/test/java/com/**/*Test.java", PROJECT, Granularity.FILE))
        .containsExactly(
            "src/test/java/com/example/CartTest.java",
            "src/test/java/com/example/deep/PriceTest.java");
  }

  @Test
  void shouldNameTheGlobThatMatchedNothing() {
    assertThatThrownBy(() -> UnitSources.discover("tests/**/*.py", PROJECT, Granularity.FILE))
        .isInstanceOf(RunException.class)
        .hasMessageContaining("tests/**/*.py matched no file");
  }

  @Test
  void shouldReadUnitsOneALineKeepingNamesAsWritten() throws Exception {
    String text = "# units\na.BTest\n\n  tests/test_x.py::test_y[1-2]  \n";

    assertThat(UnitSources.read(stream(text), "units.txt"))
        .containsExactly("a.BTest", "tests/test_x.py::test_y[1-2]");
  }

  @Test
  void shouldRefuseAUnitListedTwiceNamingTheLine() {
    assertThatThrownBy(() -> UnitSources.read(stream("a.BTest\na.CTest\na.BTest\n"), "units.txt"))
        .isInstanceOf(RunException.class)
        .hasMessage("units.txt:3: unit 'a.BTest' is listed twice");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
