package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckoutCopyTest {

  @TempDir Path dir;

  @Test
  void aPreviousRunsOutputWithItsShardCopiesIsNotCopiedAgain() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    // The previous run's output, committed into --out, and this run's staging directory beside it.
    Path previous = Files.createDirectories(project.resolve("parallel-tests-out/shard-1/checkout"));
    Files.writeString(previous.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("parallel-tests-out").resolve(OutputDirectory.MARKER), "");
    Path staging = Files.createDirectories(project.resolve(".parallel-tests-out.partial"));

    Path copy = dir.resolve("copy");
    CheckoutCopy.copy(project, copy, staging);

    assertThat(copy.resolve("pom.xml")).exists();
    assertThat(copy.resolve("parallel-tests-out")).doesNotExist();
    assertThat(copy.resolve(".parallel-tests-out.partial")).doesNotExist();
  }

  @Test
  void buildOutputAndVersionControlAreLeftOutButSourcesAreCopied() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve("src/test/java"));
    Files.writeString(project.resolve("src/test/java/ATest.java"), "class ATest {}");
    Files.createDirectories(project.resolve("target/classes"));
    Files.createDirectories(project.resolve(".git"));

    Path copy = dir.resolve("copy");
    CheckoutCopy.copy(project, copy, dir.resolve("elsewhere"));

    assertThat(copy.resolve("src/test/java/ATest.java")).hasContent("class ATest {}");
    assertThat(copy.resolve("target")).doesNotExist();
    assertThat(copy.resolve(".git")).doesNotExist();
  }
}
