package dev.paralleltests.jenkinsstubs.check;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads the compile-relevant signature of a type declaration, with names resolved. */
final class Signatures {

  /** A type's own signature (not its members). */
  record TypeSig(
      String name,
      String kind,
      Set<String> modifiers,
      String typeParameters,
      String superclass,
      Set<String> interfaces,
      String retention,
      Set<String> targets) {}

  /** One member: a method, constructor, field, enum constant or annotation element. */
  record MemberSig(
      String kind,
      String name,
      List<String> parameters,
      String type,
      Set<String> exceptions,
      Set<String> modifiers,
      String typeParameters,
      String detail,
      boolean visible) {

    String describe() {
      return switch (kind) {
        case "constructor" -> "constructor(" + String.join(", ", parameters) + ")";
        case "method" ->
            (typeParameters.isEmpty() ? "" : typeParameters + " ")
                + name
                + "("
                + String.join(", ", parameters)
                + ")";
        case "element" -> name + "()";
        default -> name;
      };
    }
  }

  private final TypeRenderer renderer;

  Signatures(TypeRenderer renderer) {
    this.renderer = renderer;
  }

  TypeSig typeSig(TypeDeclaration<?> type) {
    String name = type.getFullyQualifiedName().orElse(type.getNameAsString());
    String kind;
    String typeParameters = "";
    String superclass = "java.lang.Object";
    Set<String> interfaces = new TreeSet<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      kind = c.isInterface() ? "interface" : "class";
      typeParameters = renderer.renderTypeParameters(c.getTypeParameters(), c);
      if (c.isInterface()) {
        superclass = "";
        c.getExtendedTypes().forEach(t -> interfaces.add(renderer.render(t, c)));
      } else {
        for (ClassOrInterfaceType t : c.getExtendedTypes()) {
          superclass = renderer.render(t, c);
        }
        c.getImplementedTypes().forEach(t -> interfaces.add(renderer.render(t, c)));
      }
    } else if (type instanceof EnumDeclaration e) {
      kind = "enum";
      superclass = "";
      e.getImplementedTypes().forEach(t -> interfaces.add(renderer.render(t, e)));
    } else if (type instanceof AnnotationDeclaration) {
      kind = "annotation";
      superclass = "";
    } else if (type instanceof RecordDeclaration r) {
      kind = "record";
      superclass = "";
      typeParameters = renderer.renderTypeParameters(r.getTypeParameters(), r);
      r.getImplementedTypes().forEach(t -> interfaces.add(renderer.render(t, r)));
    } else {
      kind = type.getClass().getSimpleName();
    }
    Set<String> modifiers = new TreeSet<>();
    modifiers.add(visibility(type, type.getModifiers()));
    if (type.hasModifier(Modifier.Keyword.STATIC)
        || (type.isNestedType() && !kind.equals("class"))
        || (type.isNestedType() && inInterface(type))) {
      modifiers.add("static");
    }
    if (type.hasModifier(Modifier.Keyword.FINAL) || kind.equals("record")) {
      modifiers.add("final");
    }
    if (type.hasModifier(Modifier.Keyword.ABSTRACT) && kind.equals("class")) {
      modifiers.add("abstract");
    }
    if (type.hasModifier(Modifier.Keyword.SEALED)) {
      modifiers.add("sealed");
    }
    String retention = "";
    Set<String> targets = new TreeSet<>();
    if (type instanceof AnnotationDeclaration) {
      retention = annotationValues(type, "Retention").stream().findFirst().orElse("CLASS");
      List<String> t = annotationValues(type, "Target");
      targets.addAll(t.isEmpty() ? List.of("(default)") : t);
    }
    return new TypeSig(
        name, kind, modifiers, typeParameters, superclass, interfaces, retention, targets);
  }

  List<MemberSig> members(TypeDeclaration<?> type) {
    List<MemberSig> result = new ArrayList<>();
    boolean interfaceLike =
        type instanceof AnnotationDeclaration
            || (type instanceof ClassOrInterfaceDeclaration c && c.isInterface());
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof MethodDeclaration m) {
        Set<String> modifiers = new TreeSet<>();
        String visibility =
            interfaceLike && !m.isPrivate() ? "public" : visibility(m, m.getModifiers());
        modifiers.add(visibility);
        if (m.isStatic()) {
          modifiers.add("static");
        }
        if (m.isFinal()) {
          modifiers.add("final");
        }
        if (m.isDefault()) {
          modifiers.add("default");
        }
        if (m.isAbstract()
            || (interfaceLike && m.getBody().isEmpty() && !m.isStatic() && !m.isPrivate())) {
          modifiers.add("abstract");
        }
        result.add(
            new MemberSig(
                "method",
                m.getNameAsString(),
                parameters(m.getParameters(), m),
                renderer.render(m.getType(), m),
                exceptions(m.getThrownExceptions(), m),
                modifiers,
                renderer.renderTypeParameters(m.getTypeParameters(), m),
                "",
                isVisible(visibility)));
      } else if (member instanceof ConstructorDeclaration k) {
        String visibility =
            type instanceof EnumDeclaration ? "private" : visibility(k, k.getModifiers());
        result.add(
            new MemberSig(
                "constructor",
                "<init>",
                parameters(k.getParameters(), k),
                "",
                exceptions(k.getThrownExceptions(), k),
                new TreeSet<>(Set.of(visibility)),
                renderer.renderTypeParameters(k.getTypeParameters(), k),
                "",
                isVisible(visibility)));
      } else if (member instanceof FieldDeclaration f) {
        String visibility = interfaceLike ? "public" : visibility(f, f.getModifiers());
        Set<String> modifiers = new TreeSet<>(Set.of(visibility));
        if (f.isStatic() || interfaceLike) {
          modifiers.add("static");
        }
        if (f.isFinal() || interfaceLike) {
          modifiers.add("final");
        }
        for (VariableDeclarator v : f.getVariables()) {
          result.add(
              new MemberSig(
                  "field",
                  v.getNameAsString(),
                  List.of(),
                  renderer.render(v.getType(), f),
                  Set.of(),
                  modifiers,
                  "",
                  constantInitializer(f, v),
                  isVisible(visibility)));
        }
      } else if (member instanceof AnnotationMemberDeclaration a) {
        result.add(
            new MemberSig(
                "element",
                a.getNameAsString(),
                List.of(),
                renderer.render(a.getType(), a),
                Set.of(),
                new TreeSet<>(Set.of("public", "abstract")),
                "",
                a.getDefaultValue().map(d -> "default " + defaultValue(d)).orElse("(no default)"),
                true));
      }
    }
    if (type instanceof ClassOrInterfaceDeclaration c
        && !c.isInterface()
        && result.stream().noneMatch(m -> m.kind().equals("constructor"))) {
      // javac's default constructor: no parameters, the class's own visibility.
      String visibility = visibility(type, type.getModifiers());
      result.add(
          new MemberSig(
              "constructor",
              "<init>",
              List.of(),
              "",
              Set.of(),
              new TreeSet<>(Set.of(visibility)),
              "",
              "(implicit)",
              isVisible(visibility)));
    }
    if (type instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration constant : e.getEntries()) {
        result.add(
            new MemberSig(
                "constant",
                constant.getNameAsString(),
                List.of(),
                e.getFullyQualifiedName().orElse(e.getNameAsString()),
                Set.of(),
                new TreeSet<>(Set.of("public", "static", "final")),
                "",
                "",
                true));
      }
    }
    return result;
  }

  /** Only public and protected members matter to code compiled against the stubs. */
  private static boolean isVisible(String visibility) {
    return visibility.equals("public") || visibility.equals("protected");
  }

  /**
   * A static final field of a primitive or String type with a constant initializer is inlined by
   * javac into the caller, so its value matters, not only its type.
   */
  private static String constantInitializer(FieldDeclaration f, VariableDeclarator v) {
    boolean constantType = v.getType().isPrimitiveType() || v.getType().asString().equals("String");
    if (f.isStatic() && f.isFinal() && constantType && v.getInitializer().isPresent()) {
      Expression init = v.getInitializer().get();
      if (init.isLiteralExpr() || init.isUnaryExpr() || init.isBinaryExpr()) {
        return "= " + init;
      }
    }
    return "";
  }

  private List<String> parameters(NodeList<Parameter> parameters, Node context) {
    List<String> result = new ArrayList<>();
    for (Parameter p : parameters) {
      String type = renderer.render(p.getType(), context);
      result.add(p.isVarArgs() ? type + "..." : type);
    }
    return result;
  }

  private Set<String> exceptions(
      NodeList<? extends com.github.javaparser.ast.type.ReferenceType> thrown, Node context) {
    return thrown.stream()
        .map(t -> renderer.render(t, context))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean inInterface(TypeDeclaration<?> type) {
    Optional<Node> parent = type.getParentNode();
    return parent.isPresent()
        && (parent.get() instanceof AnnotationDeclaration
            || (parent.get() instanceof ClassOrInterfaceDeclaration c && c.isInterface()));
  }

  private static String visibility(Node node, NodeList<Modifier> modifiers) {
    for (Modifier m : modifiers) {
      switch (m.getKeyword()) {
        case PUBLIC:
          return "public";
        case PROTECTED:
          return "protected";
        case PRIVATE:
          return "private";
        default:
          break;
      }
    }
    if (node instanceof TypeDeclaration<?> t && t.isNestedType() && inInterface(t)) {
      return "public";
    }
    return "package";
  }

  /** The enum constant names given to a meta-annotation such as {@code @Target({TYPE, FIELD})}. */
  private static List<String> annotationValues(TypeDeclaration<?> type, String annotation) {
    List<String> values = new ArrayList<>();
    for (AnnotationExpr a : type.getAnnotations()) {
      String name = a.getName().getIdentifier();
      if (!name.equals(annotation)) {
        continue;
      }
      Expression value = null;
      if (a instanceof SingleMemberAnnotationExpr s) {
        value = s.getMemberValue();
      } else if (a instanceof NormalAnnotationExpr n) {
        for (MemberValuePair pair : n.getPairs()) {
          if (pair.getNameAsString().equals("value")) {
            value = pair.getValue();
          }
        }
      }
      if (value instanceof ArrayInitializerExpr array) {
        array.getValues().forEach(v -> values.add(lastName(v)));
      } else if (value != null) {
        values.add(lastName(value));
      }
    }
    return values;
  }

  /** An element default as javac sees it: an enum constant by its name, however qualified. */
  private static String defaultValue(Expression value) {
    return value instanceof FieldAccessExpr f ? f.getNameAsString() : value.toString();
  }

  private static String lastName(Expression e) {
    if (e instanceof FieldAccessExpr f) {
      return f.getNameAsString();
    }
    if (e instanceof NameExpr n) {
      return n.getNameAsString();
    }
    return e.toString();
  }
}
