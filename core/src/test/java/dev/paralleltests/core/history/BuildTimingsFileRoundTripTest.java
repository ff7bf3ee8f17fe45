package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.property.Gen;
import dev.paralleltests.core.property.Property;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a report names its cases, the timings file gives back exactly what was written. */
class BuildTimingsFileRoundTripTest {

  // Names with the characters that matter to the format: tabs, line breaks, backslashes, '#',
  // and text that looks like escapes or keywords.
  static String name(Gen gen) {
    return gen.intBetween(0, 1) == 0
        ? gen.string("ab\t\n\r\\#$.:/ tnré日", 0, 12)
        : gen.oneOf("", "case", "end", "\\t", "# parallel-tests timings v1", "a.B$C");
  }

  static TestCaseId id(Gen gen) {
    return TestCaseId.of(
        name(gen),
        name(gen),
        gen.list(0, 3, BuildTimingsFileRoundTripTest::name),
        name(gen),
        name(gen),
        name(gen));
  }

  static Map<TestCaseId, Long> cases(Gen gen) {
    return gen.map(
        30, BuildTimingsFileRoundTripTest::id, g -> g.longBetween(0, Long.MAX_VALUE / 4));
  }

  record Written(Map<TestCaseId, Long> cases, Map<TestCaseId, Long> extras, String id) {}

  @Test
  void readsBackExactlyWhatItWrote() {
    Property.forAll(
        300,
        g -> new Written(cases(g), cases(g), name(g)),
        in -> {
          BuildTimings.Builder builder = BuildTimings.builder();
          in.cases().forEach(builder::addCase);
          in.extras().forEach(builder::addSuiteExtra);
          RecordedBuild build =
              RecordedBuild.of(
                  "build " + in.id(),
                  Instant.ofEpochMilli(1_700_000_000_123L),
                  builder.build(),
                  BuildStats.none().withStatus(in.id()));

          String text = write(build);
          RecordedBuild read = BuildTimingsFile.read(new StringReader(text), "property");

          assertThat(read).isEqualTo(build);
          assertThat(write(read)).as("writing is deterministic").isEqualTo(text);
        });
  }

  private static String write(RecordedBuild build) throws IOException {
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);
    return out.toString();
  }
}
