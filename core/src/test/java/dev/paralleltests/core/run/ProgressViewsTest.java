package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressViewsTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text, true);

  private static List<ShardProgress> running() {
    return List.of(
        new ShardProgress(1, "running", false, 1_500, 3, 0),
        new ShardProgress(2, "running", false, 1_500, 0, 0));
  }

  private static List<ShardProgress> oneDone() {
    return List.of(
        new ShardProgress(1, "passed", true, 2_000, 4, 0),
        new ShardProgress(2, "running", false, 2_000, 1, 1));
  }

  @Test
  void shouldRedrawOneLinePerShardInPlaceOnATerminal() {
    ProgressView view = ProgressViews.terminal(out);
    view.update(running());
    view.done(oneDone());

    String text = this.text.toString();
    assertThat(text).contains("\u001b[2A"); // back up over the two shard lines
    assertThat(text).contains("shard 1   passed").contains("4 tests").contains("1 test, 1 failed");
  }

  @Test
  void shouldNameAFailedTestOnceAsSoonAsAShardShowsIt() {
    ProgressView view = ProgressViews.plain(out, 60_000);
    List<ShardProgress> failing =
        List.of(new ShardProgress(1, "running", false, 1_000, 2, 1, List.of("a.BTest.breaks")));

    view.update(failing);
    view.update(failing);

    assertThat(text.toString().lines()).containsOnlyOnce("shard 1 FAILED a.BTest.breaks");
  }

  @Test
  void shouldNameAFailedTestAboveTheShardLinesOnATerminal() {
    ProgressView view = ProgressViews.terminal(out);
    view.update(running());
    view.update(
        List.of(
            new ShardProgress(1, "running", false, 1_600, 3, 0),
            new ShardProgress(2, "running", false, 1_600, 1, 1, List.of("a.CTest.fails"))));

    String text = this.text.toString();
    assertThat(text).containsOnlyOnce("shard 2 FAILED a.CTest.fails");
    assertThat(text.indexOf("shard 2 FAILED")).isLessThan(text.lastIndexOf("shard 1   running"));
  }

  @Test
  void shouldShowFailuresInThePeriodicPlainLine() {
    ProgressView view = ProgressViews.plain(out, 0);
    view.update(oneDone());

    assertThat(text.toString().lines()).contains("shards 1:passed 2.0s 4t | 2:running 2.0s 1t 1f");
  }

  @Test
  void shouldWritePlainLinesWithoutEscapesWhenNotATerminal() {
    ProgressView view = ProgressViews.plain(out, 0);
    view.update(running());
    view.update(oneDone());

    String text = this.text.toString();
    assertThat(text).doesNotContain("\u001b");
    assertThat(text.lines()).contains("shards 1:running 1.5s 3t | 2:running 1.5s 0t");
    assertThat(text.lines()).contains("shard 1 passed 2.0s 4 tests");
  }
}
