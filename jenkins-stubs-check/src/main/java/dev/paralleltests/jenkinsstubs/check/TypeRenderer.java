package dev.paralleltests.jenkinsstubs.check;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a source type as text with every class name resolved to its fully qualified name, the way
 * javac would see it, so that a stub and the real source compare equal regardless of how they
 * import. Names that cannot be resolved from the sources at hand are kept as written, marked with
 * {@value #UNRESOLVED}, and then compare by simple name only.
 */
final class TypeRenderer {

  static final String UNRESOLVED = "~";
  private static final Pattern QUALIFIED =
      Pattern.compile("~?(?:[A-Za-z_$][\\w$]*\\.)*([A-Za-z_$][\\w$]*)");

  private final SourceIndex index;
  // Resolving a supertype's name must not itself look at inherited member types (endless loop).
  private boolean inInheritedLookup;

  TypeRenderer(SourceIndex index) {
    this.index = index;
  }

  /** Whether two rendered types denote the same type (leniently where a name was unresolved). */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (!a.contains(UNRESOLVED) && !b.contains(UNRESOLVED)) {
      return false;
    }
    return simplify(a).equals(simplify(b));
  }

  static String simplify(String rendered) {
    return QUALIFIED.matcher(rendered).replaceAll("$1");
  }

  String render(Type type, Node context) {
    if (type instanceof PrimitiveType || type instanceof VoidType) {
      return type.asString();
    }
    if (type instanceof ArrayType array) {
      return render(array.getComponentType(), context) + "[]";
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendedType().isPresent()) {
        return "? extends " + render(wildcard.getExtendedType().get(), context);
      }
      if (wildcard.getSuperType().isPresent()) {
        return "? super " + render(wildcard.getSuperType().get(), context);
      }
      return "?";
    }
    if (type instanceof IntersectionType intersection) {
      return intersection.getElements().stream()
          .map(t -> render(t, context))
          .collect(Collectors.joining(" & "));
    }
    if (type instanceof UnionType union) {
      return union.getElements().stream()
          .map(t -> render(t, context))
          .collect(Collectors.joining(" | "));
    }
    if (type instanceof ClassOrInterfaceType classType) {
      List<String> names = new ArrayList<>();
      for (ClassOrInterfaceType t = classType; t != null; t = t.getScope().orElse(null)) {
        names.add(t.getNameAsString());
      }
      Collections.reverse(names);
      String base = resolve(names, context);
      String args =
          classType
              .getTypeArguments()
              .map(
                  list ->
                      list.stream()
                          .map(t -> render(t, context))
                          .collect(Collectors.joining(", ", "<", ">")))
              .orElse("");
      return base + args;
    }
    return UNRESOLVED + type.asString();
  }

  /** Renders type parameters with their bounds, e.g. {@code <T extends a.B<T>>}. */
  String renderTypeParameters(List<TypeParameter> parameters, Node context) {
    if (parameters.isEmpty()) {
      return "";
    }
    return parameters.stream()
        .map(
            p ->
                p.getNameAsString()
                    + (p.getTypeBound().isEmpty()
                        ? ""
                        : " extends "
                            + p.getTypeBound().stream()
                                .map(b -> render(b, context))
                                .collect(Collectors.joining(" & "))))
        .collect(Collectors.joining(", ", "<", ">"));
  }

  private String resolve(List<String> names, Node context) {
    String first = names.get(0);
    String rest = names.size() > 1 ? "." + String.join(".", names.subList(1, names.size())) : "";
    if (names.size() == 1 && typeVariablesInScope(context).contains(first)) {
      return first;
    }
    Optional<String> resolved = resolveSimple(first, context);
    if (resolved.isPresent()) {
      return resolved.get() + rest;
    }
    String whole = String.join(".", names);
    if (names.size() > 1 && (index.hasType(whole) || Jdk.hasType(whole))) {
      return whole;
    }
    return UNRESOLVED + whole;
  }

  private Optional<String> resolveSimple(String simple, Node context) {
    // 1. the enclosing types and their member types (and members inherited from their supertypes)
    for (TypeDeclaration<?> enclosing : enclosingTypes(context)) {
      String fqn = enclosing.getFullyQualifiedName().orElse(enclosing.getNameAsString());
      if (enclosing.getNameAsString().equals(simple)) {
        return Optional.of(fqn);
      }
      if (SourceIndex.memberType(enclosing, simple).isPresent()) {
        return Optional.of(fqn + "." + simple);
      }
      if (!inInheritedLookup) {
        inInheritedLookup = true;
        try {
          Optional<String> inherited = inheritedMemberType(enclosing, simple, new HashSet<>());
          if (inherited.isPresent()) {
            return inherited;
          }
        } finally {
          inInheritedLookup = false;
        }
      }
    }
    Optional<CompilationUnit> cu = context.findCompilationUnit();
    if (cu.isEmpty()) {
      return Optional.empty();
    }
    String pkg = cu.get().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    // 2. top-level types of this file
    for (TypeDeclaration<?> top : cu.get().getTypes()) {
      if (top.getNameAsString().equals(simple)) {
        return Optional.of(prefix + simple);
      }
    }
    // 3. single-type imports
    for (ImportDeclaration imp : cu.get().getImports()) {
      if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(simple)) {
        return Optional.of(imp.getNameAsString());
      }
    }
    // 4. the same package
    if (index.hasType(prefix + simple)) {
      return Optional.of(prefix + simple);
    }
    // 5. on-demand imports
    for (ImportDeclaration imp : cu.get().getImports()) {
      if (imp.isAsterisk() && !imp.isStatic()) {
        String candidate = imp.getNameAsString() + "." + simple;
        if (index.hasType(candidate) || Jdk.hasType(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    // 6. java.lang
    if (Jdk.hasType("java.lang." + simple)) {
      return Optional.of("java.lang." + simple);
    }
    return Optional.empty();
  }

  private Optional<String> inheritedMemberType(
      TypeDeclaration<?> type, String simple, Set<String> visited) {
    List<ClassOrInterfaceType> supertypes = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      supertypes.addAll(c.getExtendedTypes());
      supertypes.addAll(c.getImplementedTypes());
    } else if (type instanceof RecordDeclaration r) {
      supertypes.addAll(r.getImplementedTypes());
    }
    for (ClassOrInterfaceType supertype : supertypes) {
      String name = supertype.getNameWithScope();
      if (name.equals(simple) || !visited.add(name)) {
        continue;
      }
      String rendered = render(supertype, supertype).replaceAll("<.*", "");
      if (rendered.startsWith(UNRESOLVED)) {
        continue;
      }
      Optional<TypeDeclaration<?>> declaration = index.find(rendered);
      if (declaration.isPresent()) {
        if (SourceIndex.memberType(declaration.get(), simple).isPresent()) {
          return Optional.of(rendered + "." + simple);
        }
        Optional<String> deeper = inheritedMemberType(declaration.get(), simple, visited);
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }

  private static List<TypeDeclaration<?>> enclosingTypes(Node context) {
    List<TypeDeclaration<?>> result = new ArrayList<>();
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t) {
        result.add(t);
      }
    }
    return result;
  }

  private static Set<String> typeVariablesInScope(Node context) {
    Set<String> names = new HashSet<>();
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> callable) {
        callable.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
      } else if (n instanceof ClassOrInterfaceDeclaration c) {
        c.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
      } else if (n instanceof RecordDeclaration r) {
        r.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
      }
    }
    return names;
  }

  /** Types of the running JDK, for names that no indexed source declares. */
  static final class Jdk {
    private Jdk() {}

    static boolean hasType(String dotted) {
      String name = dotted;
      while (true) {
        try {
          Class.forName(name, false, ClassLoader.getPlatformClassLoader());
          return true;
        } catch (ClassNotFoundException | LinkageError e) {
          int dot = name.lastIndexOf('.');
          if (dot < 0) {
            return false;
          }
          name = name.substring(0, dot) + "$" + name.substring(dot + 1);
          if (!name.contains(".")) {
            return false;
          }
        }
      }
    }
  }
}
