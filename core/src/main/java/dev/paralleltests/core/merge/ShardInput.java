package dev.paralleltests.core.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one shard's reports are: directories (every JUnit XML file under them) or single files.
 * Reports under an {@code attempt-K/} directory are attempt K of the same tests; all others are
 * attempt 1.
 *
 * @param index the 1-based shard number
 * @param paths the report files and directories of this shard
 */
public record ShardInput(int index, List<Path> paths) {

  private static final Pattern EXPLICIT = Pattern.compile("(\\d+)=(.+)", Pattern.DOTALL);

  public ShardInput {
    if (index < 1) {
      throw new IllegalArgumentException("shard index is 1-based, got " + index);
    }
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("shard " + index + " has no report path");
    }
  }

  public static ShardInput of(int index, Path... paths) {
    return new ShardInput(index, List.of(paths));
  }

  /**
   * Reads one report argument as a command line gives it: {@code I=PATH} names the shard
   * explicitly; a bare {@code PATH} is shard {@code position} (the argument's 1-based position).
   *
   * @throws IllegalArgumentException naming the argument when the shard number is not positive
   */
  public static ShardInput parse(String argument, int position) {
    Objects.requireNonNull(argument, "argument");
    Matcher m = EXPLICIT.matcher(argument);
    if (m.matches()) {
      int index;
      try {
        index = Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("shard number too large in '" + argument + "'", e);
      }
      if (index < 1) {
        throw new IllegalArgumentException(
            "shard numbers start at 1, got '" + argument + "' (expected I=PATH)");
      }
      return of(index, Path.of(m.group(2)));
    }
    if (argument.isBlank()) {
      throw new IllegalArgumentException("empty report argument at position " + position);
    }
    return of(position, Path.of(argument));
  }

  /**
   * Groups report arguments into shards: explicit {@code I=PATH} arguments with the same I join one
   * shard; bare paths are shards 1, 2, ... by position.
   */
  public static List<ShardInput> parseAll(List<String> arguments) {
    java.util.TreeMap<Integer, List<Path>> byIndex = new java.util.TreeMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      ShardInput one = parse(arguments.get(i), i + 1);
      byIndex.computeIfAbsent(one.index(), k -> new java.util.ArrayList<>()).addAll(one.paths());
    }
    return byIndex.entrySet().stream().map(e -> new ShardInput(e.getKey(), e.getValue())).toList();
  }
}
