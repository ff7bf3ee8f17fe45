package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a report names its cases, the timings file gives back exactly what was written. */
class BuildTimingsFileRoundTripTest {

  // Names with the characters that matter to the format: tabs, line breaks, backslashes, '#',
  // and text that looks like escapes or keywords.
  @Provide
  static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab\t\n\r\\#$.:/ tnré日").ofMaxLength(12),
        Arbitraries.of("", "case", "end", "\\t", "# parallel-tests timings v1", "a.B$C"));
  }

  @Provide
  Arbitrary<TestCaseId> ids() {
    return Combinators.combine(
            names(), names(), names().list().ofMaxSize(3), names(), names(), names())
        .as(TestCaseId::of);
  }

  @Provide
  Arbitrary<Map<TestCaseId, Long>> cases() {
    return Arbitraries.maps(ids(), Arbitraries.longs().between(0, Long.MAX_VALUE / 4))
        .ofMaxSize(30);
  }

  @Property(tries = 300)
  void readsBackExactlyWhatItWrote(
      @ForAll("cases") Map<TestCaseId, Long> cases,
      @ForAll("cases") Map<TestCaseId, Long> extras,
      @ForAll("names") String id)
      throws IOException {
    BuildTimings.Builder builder = BuildTimings.builder();
    cases.forEach(builder::addCase);
    extras.forEach(builder::addSuiteExtra);
    RecordedBuild build =
        RecordedBuild.of(
            "build " + id,
            Instant.ofEpochMilli(1_700_000_000_123L),
            builder.build(),
            BuildStats.none().withStatus(id));

    String text = write(build);
    RecordedBuild read = BuildTimingsFile.read(new StringReader(text), "property");

    assertThat(read).isEqualTo(build);
    assertThat(write(read)).as("writing is deterministic").isEqualTo(text);
  }

  private static String write(RecordedBuild build) throws IOException {
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);
    return out.toString();
  }
}
