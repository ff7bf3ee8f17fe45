package dev.paralleltests.jenkinsstubs.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deliberate, documented gaps between a stub and its real type, one per line:
 *
 * <pre>
 * # type            what             name                     -- why
 * jenkins.model.Jenkins superclass   hudson.model.AbstractCIBase -- pulls in Node's abstract API
 * hudson.model.Run  interface        hudson.model.PersistenceRoot -- not used by the plugin
 * hudson.model.Job  abstract-method  isBuildable              -- the plugin never subclasses Job
 * </pre>
 *
 * <p>Only omissions are allowed: a stub may leave out a supertype or an abstract method (so it
 * accepts less code than the real type), never add or change one. Every line needs a reason, and a
 * line that no longer matches anything is reported, so the list cannot silently go stale.
 */
final class Omissions {

  private final Map<String, Integer> entries = new LinkedHashMap<>();
  private final Map<String, Integer> used = new LinkedHashMap<>();

  private Omissions() {}

  static Omissions none() {
    return new Omissions();
  }

  static Omissions read(Path file) throws IOException {
    Omissions omissions = new Omissions();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int reason = line.indexOf("--");
      if (reason < 0 || line.substring(reason + 2).isBlank()) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": an omission needs a reason after `--`: " + line);
      }
      String[] parts = line.substring(0, reason).trim().split("\\s+");
      if (parts.length != 3
          || !List.of("superclass", "interface", "abstract-method").contains(parts[1])) {
        throw new IllegalArgumentException(
            file
                + ":"
                + (i + 1)
                + ": expected `<type> superclass|interface|abstract-method <name> -- <reason>`: "
                + line);
      }
      omissions.entries.put(key(parts[0], parts[1], parts[2]), i + 1);
    }
    return omissions;
  }

  /** Whether this gap is listed; a rendered name matches by its fully qualified or simple name. */
  boolean allows(String type, String what, String name) {
    String plain = name.replace(TypeRenderer.UNRESOLVED, "").replaceAll("<.*", "");
    for (String candidate : List.of(plain, plain.substring(plain.lastIndexOf('.') + 1))) {
      String key = key(type, what, candidate);
      if (entries.containsKey(key)) {
        used.put(key, entries.get(key));
        return true;
      }
    }
    return false;
  }

  /** Lines that matched no gap in this run. */
  List<String> unused() {
    List<String> result = new ArrayList<>();
    entries.forEach(
        (key, line) -> {
          if (!used.containsKey(key)) {
            result.add("omissions line " + line + " (" + key + ") matches nothing: remove it");
          }
        });
    return result;
  }

  private static String key(String type, String what, String name) {
    return type + " " + what + " " + name;
  }
}
