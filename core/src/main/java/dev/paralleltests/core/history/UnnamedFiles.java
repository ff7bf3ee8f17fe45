package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.ReportStyle;
import dev.paralleltests.core.unit.ReportStyleDetector;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The warning for a build whose reports do not say which file a test is in (Node's test runner,
 * jest-junit without {@code addFileAttribute}, tests outside any {@code describe} with
 * mocha-junit-reporter). Their time is recorded for no file, never under a made-up one, so plans
 * estimate those files alike ("by count") until the reporter names them: the warning says which
 * reporter setting does.
 */
public final class UnnamedFiles {

  private UnnamedFiles() {}

  /** How many timed cases of a build name no file. */
  public static int count(BuildTimings timings) {
    int unnamed = 0;
    for (TestCaseId id : timings.caseMillis().keySet()) {
      if (id.fileUnit().isEmpty()) {
        unnamed++;
      }
    }
    return unnamed;
  }

  /**
   * One warning for the whole build, or empty when every case names its file, or when none does and
   * the reports are not a file runner's (Jest, Node, Mocha) but name classes: such a build is
   * planned by class, where nothing is lost, and a plan by file says itself that the history has no
   * file names ({@code plan --granularity file}). A build in which some cases name their file and
   * others do not is said: file names are wanted there, and some went missing.
   *
   * @param reports the build's report files, to tell which reporter wrote them
   */
  public static Optional<String> warning(BuildTimings timings, Collection<Path> reports) {
    int unnamed = count(timings);
    if (unnamed == 0) {
      return Optional.empty();
    }
    String hint = "";
    boolean fileRunner = false;
    for (Path report : reports) {
      ReportStyle style = ReportStyleDetector.detect(report);
      if (!style.fileNameHint().isEmpty()) {
        hint = style.fileNameHint();
        if (style != ReportStyle.GENERIC) {
          fileRunner = true;
          break;
        }
      }
    }
    int all = timings.caseMillis().size();
    if (!fileRunner && unnamed == all) {
      return Optional.empty();
    }
    return Optional.of(
        unnamed
            + " of "
            + all
            + (all == 1 ? " test case names" : " test cases name")
            + " no file, so no file's time was learned from them and plans estimate such files"
            + " alike"
            + (hint.isEmpty() ? "" : ": " + hint));
  }
}
