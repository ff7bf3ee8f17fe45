package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.property.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "./a/b.py|a/b.py",
        "a\\b\\C.java|a/b/C.java",
        "' ./tests//unit/./x.py '|tests/unit/x.py",
        "a/../b/x.js|b/x.js",
        "../shared/x.js|../shared/x.js",
        "/abs/path/x.py|/abs/path/x.py",
        "src/|src"
      })
  void shouldCanonicalizeFiles(String given, String canonical) {
    assertThat(UnitNames.canonical(given, Granularity.FILE)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.B|a.B",
        "a.B$C|a.B",
        "a.B$C$D|a.B",
        "' com.x.FooTest '|com.x.FooTest",
        "./tests/test_x.py::TestA::TestB|tests/test_x.py::TestA",
        "tests\\test_x.py::TestA|tests/test_x.py::TestA",
        "./src/sum.test.js|src/sum.test.js",
        "github.com/acme/shop/cart|github.com/acme/shop/cart"
      })
  void shouldCanonicalizeClasses(String given, String canonical) {
    assertThat(UnitNames.canonical(given, Granularity.CLASS)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.B#m|a.B#m",
        "a.B$C#m(int)[1]|a.B$C#m(int)[1]",
        "./tests/test_x.py::TestA::test_y[1-2]|tests/test_x.py::TestA::test_y[1-2]",
        ".\\src\\sum.test.js#sum adds|src/sum.test.js#sum adds",
        "github.com/acme/shop/cart#TestAdd/empty_cart|github.com/acme/shop/cart#TestAdd/empty_cart"
      })
  void shouldCanonicalizeTestsKeepingParameters(String given, String canonical) {
    assertThat(UnitNames.canonical(given, Granularity.TEST)).isEqualTo(canonical);
  }

  @Test
  void aNameSeenAsAlreadyCanonicalIsWhatTheRulesMakeOfIt() {
    Property.forAll(
        3_000,
        g -> g.string("ab./\\$:#. \t\u00e9[]()", 0, 12),
        name -> {
          for (Granularity granularity : Granularity.values()) {
            if (UnitNames.alreadyCanonical(name, granularity)) {
              assertThat(UnitNames.byRules(name, granularity))
                  .as(granularity.label())
                  .isEqualTo(name);
            }
          }
        });
  }

  @Test
  void theUsualNamesAreSeenAsAlreadyCanonical() {
    assertThat(UnitNames.alreadyCanonical("com.example.FooTest", Granularity.CLASS)).isTrue();
    assertThat(UnitNames.alreadyCanonical("com.example.FooTest#adds[1]", Granularity.TEST))
        .isTrue();
    assertThat(UnitNames.alreadyCanonical("/src/test/a_test.py", Granularity.FILE)).isTrue();
    assertThat(UnitNames.alreadyCanonical("src/./a_test.py", Granularity.FILE)).isFalse();
    assertThat(UnitNames.alreadyCanonical("com.example.Foo$Inner", Granularity.CLASS)).isFalse();
  }
}
