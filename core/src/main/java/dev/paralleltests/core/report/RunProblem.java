package dev.paralleltests.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that makes a run an error, as the core found it: what kind of thing went wrong, which
 * shard it concerns and, for planned units that no report mentions, which units. Front ends (the
 * command line's exit status and table, the reports, the Jenkins plugin) decide from the kind,
 * never by reading the message.
 *
 * @param kind what went wrong
 * @param shard the 1-based shard it concerns; 0 when it concerns the run as a whole
 * @param message one line for people, naming the shard (and the first units) when there is one
 * @param units the planned units that no report mentions ({@link Kind#UNITS_MISSING}); else empty
 */
public record RunProblem(Kind kind, int shard, String message, List<String> units) {

  /** At most this many units are named in a message; {@link #units()} holds them all. */
  public static final int NAMED_UNITS = 10;

  /** What went wrong. */
  public enum Kind {
    /** A shard produced no report at all. */
    SHARD_MISSING(true),
    /** A shard's reports hold no test although units were planned for it. */
    SHARD_EMPTY(true),
    /** A shard was stopped at its time limit: its results are incomplete. */
    SHARD_TIMED_OUT(true),
    /** Units were planned for a shard, but no report of the run mentions them. */
    UNITS_MISSING(true),
    /**
     * A shard's reports hold units the plan gave to other shards, which reported them too: its
     * runner ran more than its selection, so those tests ran twice and the split was not followed.
     */
    UNITS_OUTSIDE_SELECTION(false),
    /** A shard could not be started. */
    SHARD_NOT_STARTED(false),
    /** A report is malformed or unreadable: some of its results may be lost. */
    REPORT_UNREADABLE(false),
    /** A report path given does not exist or cannot be listed. */
    REPORT_INPUT(false),
    /** Anything else. */
    OTHER(false);

    private final boolean testsLost;

    Kind(boolean testsLost) {
      this.testsLost = testsLost;
    }

    /**
     * True when the problem means that planned tests did not run (a failed run, like a failed
     * test), false when the results could not be read or the tool could not do its work.
     */
    public boolean testsLost() {
      return testsLost;
    }

    /** Lower-case label with dashes, as in JSON: {@code units-missing}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this {@link #label()}, or {@link #OTHER}. */
    public static Kind fromLabel(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      return OTHER;
    }
  }

  public RunProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    units = List.copyOf(units);
    if (shard < 0) {
      throw new IllegalArgumentException("shard index is 1-based (0: none), got " + shard);
    }
  }

  /** A problem of {@code kind} about shard {@code shard} (0: the whole run). */
  public static RunProblem of(Kind kind, int shard, String message) {
    return new RunProblem(kind, shard, message, List.of());
  }

  /** A problem that is about no particular shard, and of no known kind. */
  public static RunProblem other(String message) {
    return of(Kind.OTHER, 0, message);
  }

  /**
   * Units planned for {@code shard} that no report mentions: named in the message (the first {@link
   * #NAMED_UNITS}) and kept in {@link #units()}.
   */
  public static RunProblem unitsMissing(int shard, int planned, List<String> missing) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("no missing unit for shard " + shard);
    }
    StringBuilder m =
        new StringBuilder("shard ")
            .append(shard)
            .append(": ")
            .append(missing.size())
            .append(" of ")
            .append(planned)
            .append(planned == 1 ? " planned unit" : " planned units")
            .append(" never reported: ");
    return new RunProblem(Kind.UNITS_MISSING, shard, named(m, missing), missing);
  }

  /**
   * Units the plan gave to other shards that {@code shard}'s reports hold as well: named in the
   * message (the first {@link #NAMED_UNITS}).
   */
  public static RunProblem unitsOutsideSelection(int shard, List<String> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("no unit of another shard for shard " + shard);
    }
    StringBuilder m =
        new StringBuilder("shard ")
            .append(shard)
            .append(": ran ")
            .append(units.size())
            .append(units.size() == 1 ? " unit" : " units")
            .append(" planned for other shards, which ran them too (its runner did not run only")
            .append(
                " its selection: give it {units}, {includes-file} or PARALLEL_TESTS_INCLUDES): ");
    return of(Kind.UNITS_OUTSIDE_SELECTION, shard, named(m, units));
  }

  /** The message so far, then the first {@link #NAMED_UNITS} units and how many more there are. */
  private static String named(StringBuilder message, List<String> units) {
    message.append(String.join(", ", units.subList(0, Math.min(NAMED_UNITS, units.size()))));
    if (units.size() > NAMED_UNITS) {
      message.append(" and ").append(units.size() - NAMED_UNITS).append(" more");
    }
    return message.toString();
  }

  @Override
  public String toString() {
    return message;
  }
}
