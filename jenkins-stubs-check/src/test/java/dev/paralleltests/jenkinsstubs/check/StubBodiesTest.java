package dev.paralleltests.jenkinsstubs.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stubs in this repository only declare signatures: every method body throws {@link
 * UnsupportedOperationException} or, for a void method or a constructor, does nothing (or calls
 * {@code super}). So offline tests can never run Jenkins logic that is not there, and a stub never
 * carries copied Jenkins code. Checked in every build, unlike the comparison with real sources.
 */
class StubBodiesTest {

  private static final List<Path> STUB_ROOTS =
      List.of(
          Path.of("..", "jenkins-stubs", "src", "main", "java"),
          Path.of("..", "jenkins-test-stubs", "src", "main", "java"));

  @Test
  void everyStubBodyOnlyThrowsOrDoesNothing() throws IOException {
    List<String> problems = new ArrayList<>();
    int bodies = 0;
    for (CompilationUnit cu : stubSources()) {
      String file = cu.getStorage().map(s -> s.getFileName()).orElse("?");
      for (CallableDeclaration<?> callable : cu.findAll(CallableDeclaration.class)) {
        BlockStmt body =
            callable instanceof MethodDeclaration m
                ? m.getBody().orElse(null)
                : ((ConstructorDeclaration) callable).getBody();
        if (body == null) {
          continue;
        }
        bodies++;
        boolean isVoidOrConstructor =
            callable instanceof ConstructorDeclaration
                || ((MethodDeclaration) callable).getType().isVoidType();
        if (!isAllowed(body, isVoidOrConstructor)) {
          problems.add(file + ": " + callable.getDeclarationAsString(false, false, false));
        }
      }
    }
    assertThat(problems).as("stub bodies that do more than throw or do nothing").isEmpty();
    assertThat(bodies).isGreaterThan(300);
  }

  @Test
  void fieldInitialisersAreNullOrADistinctInstance() throws IOException {
    List<String> problems = new ArrayList<>();
    for (CompilationUnit cu : stubSources()) {
      String file = cu.getStorage().map(s -> s.getFileName()).orElse("?");
      for (VariableDeclarator v : cu.findAll(VariableDeclarator.class)) {
        if (v.getParentNode()
            .filter(p -> p instanceof com.github.javaparser.ast.body.FieldDeclaration)
            .isEmpty()) {
          continue;
        }
        Expression init = v.getInitializer().orElse(null);
        boolean ok =
            init == null
                || init.isNullLiteralExpr()
                || (init instanceof ObjectCreationExpr o && o.getArguments().isEmpty())
                || v.getNameAsString().equals("serialVersionUID");
        if (!ok) {
          problems.add(file + ": " + v);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean isAllowed(BlockStmt body, boolean isVoidOrConstructor) {
    List<Statement> statements = body.getStatements();
    if (statements.isEmpty()) {
      return isVoidOrConstructor;
    }
    if (statements.size() != 1) {
      return false;
    }
    Statement only = statements.get(0);
    if (only instanceof ExplicitConstructorInvocationStmt) {
      return true;
    }
    return only instanceof ThrowStmt t
        && t.getExpression() instanceof ObjectCreationExpr o
        && o.getType().getNameAsString().equals("UnsupportedOperationException");
  }

  private static List<CompilationUnit> stubSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : STUB_ROOTS) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    SourceIndex index = SourceIndex.of(STUB_ROOTS);
    List<CompilationUnit> units = new ArrayList<>();
    for (Path file : files) {
      units.add(index.parse(file).orElseThrow());
    }
    return units;
  }
}
