package dev.paralleltests.jenkinsstubs.check;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.paralleltests.jenkinsstubs.check.Signatures.MemberSig;
import dev.paralleltests.jenkinsstubs.check.Signatures.TypeSig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares every hand-written Jenkins API stub with the real Jenkins source of the same name and
 * lists each difference that could make code compile against the stubs but not against Jenkins (or
 * the reverse): kind, modifiers, type parameters and bounds, supertypes, and for every public or
 * protected stub member its parameter types, return type, exceptions and modifiers; for annotations
 * also retention, targets and element defaults; and every abstract method of the real type that a
 * stub leaves out.
 *
 * <p>Usage: {@code StubSignatureCheck --real <dir with checkouts> [--real ...] --stubs <stub source
 * root> [--stubs ...] [--omissions <file>]}, or {@code --list <type>...} to print a real type's
 * signatures. Exit code 0 when they agree, 1 on differences, 2 on bad arguments.
 */
public final class StubSignatureCheck {

  private final SourceIndex stubs;
  private final SourceIndex real;
  private final Signatures stubSignatures;
  private final Signatures realSignatures;
  private final Omissions omissions;
  private final List<String> differences = new ArrayList<>();
  private int typesChecked;
  private int membersChecked;

  StubSignatureCheck(List<Path> stubRoots, List<Path> realRoots, Omissions omissions) {
    this.stubs = SourceIndex.of(stubRoots);
    this.real = SourceIndex.of(realRoots);
    this.stubSignatures = new Signatures(new TypeRenderer(stubs));
    this.realSignatures = new Signatures(new TypeRenderer(real));
    this.omissions = omissions;
  }

  /** The outcome of one run: the differences found and how much was compared. */
  public record Result(List<String> differences, int types, int members) {
    boolean passed() {
      return differences.isEmpty();
    }
  }

  Result run() {
    for (String name : new TreeSet<>(stubs.topLevelTypeNames())) {
      if (name.endsWith("package-info") || name.endsWith("module-info")) {
        continue;
      }
      Optional<TypeDeclaration<?>> stub = stubs.find(name);
      if (stub.isEmpty()) {
        differences.add(name + ": the stub file declares no type of that name");
        continue;
      }
      compareType(stub.get(), real.find(name));
    }
    differences.addAll(omissions.unused());
    return new Result(List.copyOf(differences), typesChecked, membersChecked);
  }

  private void compareType(TypeDeclaration<?> stub, Optional<TypeDeclaration<?>> realType) {
    TypeSig s = stubSignatures.typeSig(stub);
    if (realType.isEmpty()) {
      differences.add(s.name() + ": no such type in the real sources");
      return;
    }
    typesChecked++;
    TypeSig r = realSignatures.typeSig(realType.get());
    String t = s.name();
    expect(t, "kind", s.kind(), r.kind());
    expect(t, "modifiers", s.modifiers().toString(), r.modifiers().toString());
    expectType(t, "type parameters", s.typeParameters(), r.typeParameters());
    if (!TypeRenderer.same(s.superclass(), r.superclass())
        && !(s.superclass().equals("java.lang.Object")
            && omissions.allows(t, "superclass", r.superclass()))) {
      differences.add(
          t + ": superclass differs: stub `" + s.superclass() + "`, real `" + r.superclass() + "`");
    }
    // A stub may name an interface that the real type inherits rather than declares.
    Set<String> realSupertypes = allSupertypes(realType.get(), new TreeSet<>());
    for (String i : s.interfaces()) {
      if (realSupertypes.stream().noneMatch(x -> TypeRenderer.same(x, i))) {
        differences.add(t + ": the stub implements `" + i + "`, the real type does not");
      }
    }
    for (String i : r.interfaces()) {
      if (s.interfaces().stream().noneMatch(x -> TypeRenderer.same(x, i))
          && !omissions.allows(t, "interface", i)) {
        differences.add(t + ": the real type also implements `" + i + "`, the stub does not");
      }
    }
    expect(t, "retention", s.retention(), r.retention());
    expect(t, "targets", s.targets().toString(), r.targets().toString());
    compareMembers(t, s, stub, realType.get());
  }

  private void compareMembers(
      String t, TypeSig typeSig, TypeDeclaration<?> stub, TypeDeclaration<?> realType) {
    List<MemberSig> stubMembers = stubSignatures.members(stub);
    List<MemberSig> realMembers = realSignatures.members(realType);
    for (MemberSig m : stubMembers) {
      if (!m.visible()) {
        continue;
      }
      membersChecked++;
      Optional<MemberSig> match = findMatch(m, realMembers);
      if (match.isEmpty()) {
        List<String> near =
            realMembers.stream()
                .filter(x -> x.kind().equals(m.kind()) && x.name().equals(m.name()) && x.visible())
                .map(MemberSig::describe)
                .toList();
        differences.add(
            t
                + "#"
                + m.describe()
                + ": no such "
                + m.kind()
                + " in the real type"
                + (near.isEmpty() ? "" : " (real has " + String.join("; ", near) + ")"));
        continue;
      }
      MemberSig r = match.get();
      String where = t + "#" + m.describe();
      expectType(where, "type", m.type(), r.type());
      expect(where, "modifiers", m.modifiers().toString(), r.modifiers().toString());
      expectType(where, "type parameters", m.typeParameters(), r.typeParameters());
      if (!sameTypes(m.exceptions(), r.exceptions())) {
        differences.add(
            where + ": throws differ: stub " + m.exceptions() + ", real " + r.exceptions());
      }
      boolean constantOrDefault =
          m.kind().equals("element") || (m.kind().equals("field") && !m.detail().isEmpty());
      if (!m.detail().equals(r.detail()) && constantOrDefault) {
        differences.add(where + ": differs: stub `" + m.detail() + "`, real `" + r.detail() + "`");
      }
    }
    // Every abstract method and required annotation element of the real type must be in the stub,
    // otherwise an implementation that compiles against the stub would not against Jenkins.
    for (MemberSig r : realMembers) {
      boolean required =
          (r.kind().equals("method") && r.modifiers().contains("abstract") && r.visible())
              || (r.kind().equals("element") && r.detail().equals("(no default)"));
      if (required
          && stubMembers.stream().noneMatch(m -> findMatch(m, List.of(r)).isPresent())
          && !omissions.allows(t, "abstract-method", r.name())) {
        differences.add(
            t + "#" + r.describe() + ": abstract in the real type, missing in the stub");
      }
    }
    for (BodyDeclaration<?> member : stub.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested && isVisible(nested, stub)) {
        compareType(nested, SourceIndex.memberType(realType, nested.getNameAsString()));
      }
    }
  }

  /** The rendered supertypes of a real type, transitively, as written where they are declared. */
  private Set<String> allSupertypes(TypeDeclaration<?> type, Set<String> into) {
    TypeSig sig = realSignatures.typeSig(type);
    List<String> direct = new ArrayList<>(sig.interfaces());
    if (!sig.superclass().isEmpty()) {
      direct.add(sig.superclass());
    }
    for (String supertype : direct) {
      if (into.add(supertype)) {
        String erased = supertype.replaceAll("<.*", "");
        if (!erased.startsWith(TypeRenderer.UNRESOLVED)) {
          real.find(erased).ifPresent(d -> allSupertypes(d, into));
        }
      }
    }
    return into;
  }

  private static boolean isVisible(TypeDeclaration<?> nested, TypeDeclaration<?> outer) {
    boolean interfaceMember = outer instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    return nested.isPublic() || nested.isProtected() || (interfaceMember && !nested.isPrivate());
  }

  private static Optional<MemberSig> findMatch(MemberSig stub, List<MemberSig> candidates) {
    return candidates.stream()
        .filter(c -> c.kind().equals(stub.kind()) && c.name().equals(stub.name()))
        .filter(c -> c.parameters().size() == stub.parameters().size())
        .filter(
            c -> {
              for (int i = 0; i < c.parameters().size(); i++) {
                if (!TypeRenderer.same(c.parameters().get(i), stub.parameters().get(i))) {
                  return false;
                }
              }
              return true;
            })
        .findFirst();
  }

  private static boolean sameTypes(Set<String> a, Set<String> b) {
    return a.size() == b.size()
        && a.stream().allMatch(x -> b.stream().anyMatch(y -> TypeRenderer.same(x, y)));
  }

  private void expect(String where, String what, String stub, String realValue) {
    if (!stub.equals(realValue)) {
      differences.add(
          where + ": " + what + " differ: stub `" + stub + "`, real `" + realValue + "`");
    }
  }

  private void expectType(String where, String what, String stub, String realValue) {
    if (!TypeRenderer.same(stub, realValue)) {
      differences.add(
          where + ": " + what + " differ: stub `" + stub + "`, real `" + realValue + "`");
    }
  }

  /** Prints the signatures of real types, as a reference for writing a stub. */
  private static void list(SourceIndex index, List<String> names, PrintStream out) {
    Signatures signatures = new Signatures(new TypeRenderer(index));
    for (String name : names) {
      Optional<TypeDeclaration<?>> type = index.find(name);
      if (type.isEmpty()) {
        out.println(name + ": not found");
        continue;
      }
      listType(signatures, type.get(), out, "");
    }
  }

  private static void listType(
      Signatures signatures, TypeDeclaration<?> type, PrintStream out, String indent) {
    TypeSig t = signatures.typeSig(type);
    out.println(
        indent
            + t.modifiers()
            + " "
            + t.kind()
            + " "
            + t.name()
            + t.typeParameters()
            + (t.superclass().isEmpty() ? "" : " extends " + t.superclass())
            + (t.interfaces().isEmpty() ? "" : " implements " + t.interfaces())
            + (t.kind().equals("annotation")
                ? " @Retention(" + t.retention() + ") @Target" + t.targets()
                : ""));
    for (MemberSig m : signatures.members(type)) {
      if (m.visible()) {
        out.println(
            indent
                + "  "
                + m.modifiers()
                + " "
                + m.type()
                + " "
                + m.describe()
                + (m.exceptions().isEmpty() ? "" : " throws " + m.exceptions())
                + (m.detail().isEmpty() ? "" : " " + m.detail()));
      }
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        listType(signatures, nested, out, indent + "  ");
      }
    }
  }

  /** Command line entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    List<Path> realBases = new ArrayList<>();
    List<Path> stubRoots = new ArrayList<>();
    List<String> listNames = new ArrayList<>();
    Path omissionsFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--list")) {
        listNames.addAll(List.of(args).subList(i + 1, args.length));
        break;
      }
      if (i + 1 >= args.length) {
        usage("missing value after " + arg);
        return;
      }
      Path value = Path.of(args[++i]);
      switch (arg) {
        case "--real" -> realBases.add(value);
        case "--stubs" -> stubRoots.add(value);
        case "--omissions" -> omissionsFile = value;
        default -> {
          usage("unknown argument " + arg);
          return;
        }
      }
    }
    for (Path p : realBases) {
      if (!Files.isDirectory(p)) {
        usage("--real " + p + " is not a directory");
        return;
      }
    }
    List<Path> realRoots = new ArrayList<>();
    for (Path base : realBases) {
      realRoots.addAll(SourceIndex.discoverRoots(base));
    }
    if (!listNames.isEmpty()) {
      list(SourceIndex.of(realRoots), listNames, System.out);
      return;
    }
    if (realRoots.isEmpty() || stubRoots.isEmpty()) {
      usage("give --real <checkouts> and --stubs <stub source root>");
      return;
    }
    Omissions omissions = omissionsFile == null ? Omissions.none() : Omissions.read(omissionsFile);
    Result result = new StubSignatureCheck(stubRoots, realRoots, omissions).run();
    result.differences().forEach(d -> System.out.println("DIFFERENCE " + d));
    System.out.printf(
        "Compared %d stub types and %d members against %d real source roots: %s%n",
        result.types(),
        result.members(),
        realRoots.size(),
        result.passed() ? "no differences" : result.differences().size() + " differences");
    System.exit(result.passed() ? 0 : 1);
  }

  private static void usage(String problem) {
    System.err.println("error: " + problem);
    System.err.println(
        "usage: StubSignatureCheck --real <dir> [--real <dir>...] --stubs <dir> [--stubs <dir>...]"
            + " [--omissions <file>] | --real <dir> --list <type>...");
    System.exit(2);
  }
}
