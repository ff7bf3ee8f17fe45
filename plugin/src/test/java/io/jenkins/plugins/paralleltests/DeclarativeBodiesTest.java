package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.builder.AstBuilder;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.control.CompilePhase;
import org.junit.jupiter.api.Test;

/**
 * Every Declarative Pipeline in the docs and in the JenkinsRule tests' Jenkinsfiles, parsed with
 * Groovy and checked the way Declarative parses a {@code steps} block: pipeline-model-definition@
 * 42c9dc3 {@code ModelParser.groovy:1230-1258} ({@code parseStep}) accepts a statement only when
 * {@code ASTParserUtils.matchMethodCall} (ASTParserUtils.groovy:269-277) finds an expression
 * statement holding a method call, else reports "Expected a step"; a call with a closure is a tree
 * step whose closure's statements are parsed by {@code parseStep} again; only {@code script { }}
 * holds arbitrary code. So {@code parallelTests { ... }}'s body in Declarative holds steps only.
 */
class DeclarativeBodiesTest {

  private static final Pattern GROOVY_FENCE =
      Pattern.compile("```groovy\\n(.*?)```", Pattern.DOTALL);

  @Test
  void shouldFindTheDeclarativePipelinesItChecks() throws IOException {
    assertThat(declarativePipelines())
        .extracting(Source::name)
        .anyMatch(n -> n.startsWith("docs/jenkins.md"))
        .anyMatch(n -> n.endsWith("ParallelTestsStepITest/declarative.jenkins"));
  }

  @Test
  void shouldHoldOnlyStepCallsInEveryStepsBlock() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Source source : declarativePipelines()) {
      for (ASTNode node : new AstBuilder().buildFromString(CompilePhase.CONVERSION, source.text)) {
        if (node instanceof BlockStatement block) {
          findSteps(block, source.name, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldReportAStatementThatIsNoStep() {
    List<String> problems = new ArrayList<>();
    String bad =
        """
        pipeline { agent none; stages { stage('t') { steps {
          parallelTests(shards: 2) {
            def units = readFile(env.PARALLEL_TESTS_UNITS)
            for (int i = 0; i < 2; i++) { echo 'x' }
            sh 'make test'
          }
        } } } }
        """;
    for (ASTNode node : new AstBuilder().buildFromString(CompilePhase.CONVERSION, bad)) {
      if (node instanceof BlockStatement block) {
        findSteps(block, "bad", problems);
      }
    }
    assertThat(problems).hasSize(2).allMatch(p -> p.contains("Expected a step"));
  }

  /** Walks the method-call tree and checks every {@code steps} block's statements. */
  private static void findSteps(Statement statement, String source, List<String> problems) {
    for (Statement s : statements(statement)) {
      MethodCallExpression call = methodCall(s);
      if (call == null) {
        continue;
      }
      ClosureExpression body = closure(call);
      if (body == null) {
        continue;
      }
      if (call.getMethodAsString().equals("steps")) {
        for (Statement step : statements(body.getCode())) {
          checkStep(step, source, problems);
        }
      } else {
        findSteps(body.getCode(), source, problems);
      }
    }
  }

  private static void checkStep(Statement statement, String source, List<String> problems) {
    MethodCallExpression call = methodCall(statement);
    if (call == null) {
      problems.add(
          source
              + " line "
              + statement.getLineNumber()
              + ": Expected a step, found "
              + statement.getText());
      return;
    }
    ClosureExpression body = closure(call);
    if (body == null || call.getMethodAsString().equals("script")) {
      return;
    }
    for (Statement child : statements(body.getCode())) {
      checkStep(child, source, problems);
    }
  }

  private static List<Statement> statements(Statement statement) {
    return statement instanceof BlockStatement block ? block.getStatements() : List.of(statement);
  }

  private static MethodCallExpression methodCall(Statement statement) {
    return statement instanceof ExpressionStatement e
            && e.getExpression() instanceof MethodCallExpression call
        ? call
        : null;
  }

  private static ClosureExpression closure(MethodCallExpression call) {
    if (call.getArguments() instanceof TupleExpression args && !(args.getExpressions().isEmpty())) {
      Expression last = args.getExpressions().get(args.getExpressions().size() - 1);
      return last instanceof ClosureExpression c ? c : null;
    }
    return null;
  }

  private record Source(String name, String text) {}

  /** Groovy blocks of the Markdown docs and the tests' Jenkinsfiles that hold a pipeline { }. */
  private static List<Source> declarativePipelines() throws IOException {
    Path repository = Path.of(System.getProperty("user.dir")).getParent();
    List<Source> sources = new ArrayList<>();
    List<Path> markdown = new ArrayList<>(List.of(repository.resolve("README.md")));
    markdown.add(repository.resolve("plugin/README.md"));
    try (Stream<Path> docs = Files.list(repository.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(markdown::add);
    }
    for (Path file : markdown) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher fence = GROOVY_FENCE.matcher(text);
      while (fence.find()) {
        if (fence.group(1).contains("pipeline {")) {
          int line = text.substring(0, fence.start()).split("\n", -1).length;
          sources.add(new Source(repository.relativize(file) + " line " + line, fence.group(1)));
        }
      }
    }
    Path tests = repository.resolve("plugin/src/test/resources");
    try (Stream<Path> files = Files.walk(tests)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jenkins")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("pipeline {")) {
          sources.add(new Source(repository.relativize(file).toString(), text));
        }
      }
    }
    return sources;
  }
}
