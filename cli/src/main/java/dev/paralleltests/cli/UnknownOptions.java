package dev.paralleltests.cli;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Finds an argument that looks like an option the command does not have, with a suggestion. */
final class UnknownOptions {
  private UnknownOptions() {}

  /**
   * The first unknown option among {@code args} (before {@code --}), as "Unknown option: '--x'",
   * with the closest known option when one starts the same way.
   */
  static Optional<String> find(CommandSpec spec, String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (spec.findOption(name) != null || spec.subcommands().containsKey(name)) {
        continue;
      }
      return Optional.of("Unknown option: '" + arg + "'" + suggestion(spec, name));
    }
    return Optional.empty();
  }

  private static String suggestion(CommandSpec spec, String name) {
    String best = null;
    for (OptionSpec option : spec.options()) {
      for (String known : option.names()) {
        if (known.startsWith("--")
            && name.length() > 3
            && (known.startsWith(name) || name.startsWith(known))
            && (best == null || known.length() < best.length())) {
          best = known;
        }
      }
    }
    return best == null ? "" : " (did you mean " + best + "?)";
  }
}
