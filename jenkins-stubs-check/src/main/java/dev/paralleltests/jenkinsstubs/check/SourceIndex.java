package dev.paralleltests.jenkinsstubs.check;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java types of a set of source roots, found by file name and parsed on demand.
 *
 * <p>A top-level type {@code a.b.C} lives in {@code <root>/a/b/C.java}; the first root that has it
 * wins, so callers list main roots before test roots.
 */
final class SourceIndex {

  private final Map<String, Path> topLevelFiles;
  private final Map<Path, CompilationUnit> parsed = new HashMap<>();
  private final JavaParser parser;

  private SourceIndex(Map<String, Path> topLevelFiles) {
    this.topLevelFiles = topLevelFiles;
    this.parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false));
  }

  /** Indexes every {@code .java} file below each root, keyed by its fully qualified type name. */
  static SourceIndex of(List<Path> roots) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().contains("-"))
            .forEach(
                p -> {
                  String relative = root.relativize(p).toString().replace('\\', '/');
                  String fqn = relative.substring(0, relative.length() - ".java".length());
                  files.putIfAbsent(fqn.replace('/', '.'), p);
                });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read source root " + root, e);
      }
    }
    return new SourceIndex(files);
  }

  /**
   * Finds the source roots of a checkout: every {@code src/main/java}, then every {@code
   * src/test/java}, below {@code base} (build output and node_modules are skipped).
   */
  static List<Path> discoverRoots(Path base) {
    List<Path> main = new ArrayList<>();
    List<Path> test = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
      walk.filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().equals("java"))
          .filter(p -> p.getParent() != null && p.getParent().getParent() != null)
          .filter(p -> p.getParent().getParent().getFileName().toString().equals("src"))
          .filter(p -> !isBuildOutput(base.relativize(p)))
          .sorted()
          .forEach(
              p -> {
                String set = p.getParent().getFileName().toString();
                if (set.equals("main")) {
                  main.add(p);
                } else if (set.equals("test")) {
                  test.add(p);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + base, e);
    }
    List<Path> roots = new ArrayList<>(main);
    roots.addAll(test);
    return roots;
  }

  private static boolean isBuildOutput(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals("node_modules") || name.equals("build")) {
        return true;
      }
    }
    return false;
  }

  /** Every top-level type name in this index. */
  List<String> topLevelTypeNames() {
    return new ArrayList<>(topLevelFiles.keySet());
  }

  /** Whether the index holds this (possibly nested, dot-separated) type. */
  boolean hasType(String fqn) {
    return find(fqn).isPresent();
  }

  /** The declaration of a top-level or nested type, by its dotted name. */
  Optional<TypeDeclaration<?>> find(String fqn) {
    if (topLevelFiles.containsKey(fqn)) {
      String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
      return parse(topLevelFiles.get(fqn))
          .flatMap(
              cu ->
                  cu.getTypes().stream()
                      .filter(t -> t.getNameAsString().equals(simple))
                      .<TypeDeclaration<?>>map(t -> t)
                      .findFirst());
    }
    int dot = fqn.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String simple = fqn.substring(dot + 1);
    return find(fqn.substring(0, dot)).flatMap(outer -> memberType(outer, simple));
  }

  /** The source file that declares a top-level type, if indexed. */
  Optional<Path> fileOf(String topLevelFqn) {
    return Optional.ofNullable(topLevelFiles.get(topLevelFqn));
  }

  static Optional<TypeDeclaration<?>> memberType(TypeDeclaration<?> outer, String simple) {
    for (BodyDeclaration<?> member : outer.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(simple)) {
        return Optional.of(nested);
      }
    }
    return Optional.empty();
  }

  Optional<CompilationUnit> parse(Path file) {
    CompilationUnit cached = parsed.get(file);
    if (cached != null) {
      return Optional.of(cached);
    }
    ParseResult<CompilationUnit> result;
    try {
      result = parser.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      throw new IllegalStateException("cannot parse " + file + ": " + result.getProblems());
    }
    CompilationUnit cu = result.getResult().get();
    parsed.put(file, cu);
    return Optional.of(cu);
  }
}
