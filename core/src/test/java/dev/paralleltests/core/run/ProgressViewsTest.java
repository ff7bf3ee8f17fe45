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
