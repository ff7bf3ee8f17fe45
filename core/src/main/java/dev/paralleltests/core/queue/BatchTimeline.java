package dev.paralleltests.core.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A queue's batches per shard on a time line, as an SVG drawing for the Jenkins build page: each
 * batch from when it was claimed to when it was reported (or lost), and each shard's idle time at
 * the end, up to the last batch's end. Made from the queue's own records, so it needs no report.
 */
public final class BatchTimeline {

  private static final int WIDTH = 720;
  private static final int ROW = 22;
  private static final int LABEL = 70;

  private BatchTimeline() {}

  /** One shard's line: its batches and its idle time at the end. */
  public record ShardLine(int shard, List<BatchRecord> batches, long idleAtEndMillis) {
    public ShardLine {
      batches = List.copyOf(batches);
    }
  }

  /** The lines of shards 1..shardCount, idle time measured to the end of the last batch. */
  public static List<ShardLine> lines(List<BatchRecord> batches, int shardCount) {
    long end = end(batches);
    List<ShardLine> lines = new ArrayList<>();
    for (int shard = 1; shard <= shardCount; shard++) {
      int s = shard;
      List<BatchRecord> mine = batches.stream().filter(b -> b.batch().shard() == s).toList();
      long last = mine.stream().mapToLong(BatchTimeline::endOf).max().orElse(start(batches));
      lines.add(new ShardLine(shard, mine, Math.max(0, end - last)));
    }
    return lines;
  }

  /** The drawing; self-contained SVG with a tooltip per bar, no script. */
  public static String svg(List<BatchRecord> batches, int shardCount) {
    long start = start(batches);
    double span = Math.max(1, end(batches) - start);
    double scale = (WIDTH - LABEL - 10) / span;
    List<ShardLine> lines = lines(batches, shardCount);
    int height = ROW * lines.size() + 20;
    StringBuilder h = new StringBuilder();
    h.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parallel-tests-queue\" role=\"img\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
            WIDTH,
            height,
            WIDTH,
            height));
    for (int i = 0; i < lines.size(); i++) {
      ShardLine line = lines.get(i);
      int y = i * ROW + 2;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"12\">shard %d</text>",
              y + 13,
              line.shard()));
      for (BatchRecord b : line.batches()) {
        double x = LABEL + (b.batch().claimedAtMillis() - start) * scale;
        double w = Math.max(1, (endOf(b) - b.batch().claimedAtMillis()) * scale);
        String fill =
            switch (b.status()) {
              case DONE -> b.batch().attempt() == 2 ? "#ef6c00" : "#2e7d32";
              case LOST -> "#b71c1c";
              case CLAIMED -> "#1565c0";
            };
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\" stroke=\"#fff\">"
                    + "<title>%s</title></rect>",
                x,
                y,
                w,
                fill,
                escape(tooltip(b, start))));
      }
      if (line.idleAtEndMillis() > 0) {
        double x = LABEL + (end(batches) - line.idleAtEndMillis() - start) * scale;
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#bdbdbd\">"
                    + "<title>shard %d idle at the end: %s</title></rect>",
                x,
                y,
                Math.max(1, line.idleAtEndMillis() * scale),
                line.shard(),
                seconds(line.idleAtEndMillis())));
      }
    }
    h.append("</svg>");
    return h.toString();
  }

  private static String tooltip(BatchRecord b, long start) {
    Batch batch = b.batch();
    return "batch "
        + batch.id()
        + (batch.catchAll()
            ? ", the tests no plan lists"
            : ", " + batch.units().size() + (batch.units().size() == 1 ? " unit" : " units"))
        + (batch.attempt() == 2 ? ", second attempt" : "")
        + ": claimed at +"
        + seconds(batch.claimedAtMillis() - start)
        + ", "
        + switch (b.status()) {
          case DONE -> "ran " + seconds(b.wallMillis());
          case LOST -> "lost: " + b.note();
          case CLAIMED -> "running";
        };
  }

  private static long start(List<BatchRecord> batches) {
    return batches.stream().mapToLong(b -> b.batch().claimedAtMillis()).min().orElse(0);
  }

  private static long end(List<BatchRecord> batches) {
    return batches.stream().mapToLong(BatchTimeline::endOf).max().orElse(0);
  }

  private static long endOf(BatchRecord b) {
    return b.status() == BatchStatus.CLAIMED
        ? b.batch().claimedAtMillis()
        : Math.max(b.endedAtMillis(), b.batch().claimedAtMillis());
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
