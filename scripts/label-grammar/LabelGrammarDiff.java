package io.jenkins.plugins.paralleltests;

import hudson.model.labels.LabelExpressionLexer;
import hudson.model.labels.LabelExpressionParser;
import java.util.Optional;
import java.util.Random;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Compares {@link LabelExpressionCheck} with the parser ANTLR generates from Jenkins' own label
 * grammar, errors thrown as {@code Label.parseExpression} throws them: every text up to a length
 * over a small alphabet, then random texts. Run by scripts/check-label-grammar.sh; not part of the
 * build (the plugin has no ANTLR dependency).
 */
public final class LabelGrammarDiff {
  private static final BaseErrorListener THROW =
      new BaseErrorListener() {
        @Override
        public void syntaxError(
            Recognizer<?, ?> r, Object o, int line, int column, String m, RecognitionException e) {
          throw new IllegalArgumentException("line " + line + ":" + column + ": " + m);
        }
      };

  private static long checked;
  private static long mismatches;

  public static void main(String[] args) {
    // The generated parser must answer as Jenkins does: its own expected errors
    // (jenkins-2.578 test/src/test/java/hudson/model/labels/LabelExpressionTest.java:198-206).
    String[][] jenkins = {
      {"foo bar", "line 1:4: extraneous input 'bar' expecting <EOF>"},
      {"foo (bar)", "line 1:4: mismatched input '(' expecting {<EOF>, '&&', '||', '->', '<->'}"},
      {"foo(bar)", "line 1:3: mismatched input '(' expecting {<EOF>, '&&', '||', '->', '<->'}"},
      {"a <- b", "line 1:2: token recognition error at: '<- '"},
      {"a -< b", "line 1:3: token recognition error at: '< '"},
      {"a - b", "line 1:2: mismatched input '-' expecting {<EOF>, '&&', '||', '->', '<->'}"},
      {"->", "line 1:0: mismatched input '->' expecting {'!', '(', ATOM, STRINGLITERAL}"},
      {"-<", "line 1:1: token recognition error at: '<'"},
      {"-!", "line 1:1: extraneous input '!' expecting <EOF>"},
    };
    for (String[] expected : jenkins) {
      if (!expected[1].equals(real(expected[0]))) {
        System.out.println(
            "The generated parser is not Jenkins': " + expected[0] + " gives " + real(expected[0]));
        System.exit(2);
      }
    }
    int length = Integer.parseInt(args[0]);
    int random = Integer.parseInt(args[1]);
    String alphabet = "a->< &|!()\"'\\\t\n\rnq";
    everyText(alphabet, new char[length], 0);
    System.out.println("every text up to " + length + " characters: " + checked);
    String[] pieces = {
      "a", "b", "-", ">", "<", "&", "&&", "|", "||", "!", "(", ")", "\"", "'", "\\", " ", "\t", "\n",
      "\r", "->", "<->", "\"x\"", "\\n", "\\q", "\"a b\"", "x-", "é", "🐧", "\u0001"
    };
    Random rnd = new Random(42);
    for (int i = 0; i < random; i++) {
      StringBuilder text = new StringBuilder();
      int n = rnd.nextInt(14);
      for (int j = 0; j < n; j++) {
        text.append(pieces[rnd.nextInt(pieces.length)]);
      }
      check(text.toString());
      check(expression(rnd, 0));
    }
    System.out.println("checked: " + checked + ", mismatches: " + mismatches);
    System.exit(mismatches == 0 ? 0 : 1);
  }

  private static String real(String text) {
    try {
      LabelExpressionLexer lexer = new LabelExpressionLexer(CharStreams.fromString(text));
      lexer.removeErrorListeners();
      lexer.addErrorListener(THROW);
      LabelExpressionParser parser = new LabelExpressionParser(new CommonTokenStream(lexer));
      parser.removeErrorListeners();
      parser.addErrorListener(THROW);
      parser.expr();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static void check(String text) {
    checked++;
    String real = real(text);
    Optional<String> ours = LabelExpressionCheck.problem(text, 0);
    if ((real == null) != ours.isEmpty() && mismatches++ < 30) {
      System.out.println("MISMATCH " + shown(text) + " Jenkins: " + real + "; ours: " + ours);
    }
  }

  private static String shown(String text) {
    return "["
        + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        + "]";
  }

  private static String expression(Random r, int depth) {
    String[] operators = {"&&", "||", "->", "<->", " ", "&&&", "!"};
    String[] atoms = {"a", "-b", "c-", "\"q d\"", "\"e\\\"\"", "x--", "!a", "!!a", "()", "", "'"};
    String space = r.nextInt(4) == 0 ? "" : " ";
    return switch (r.nextInt(depth > 3 ? 2 : 5)) {
      case 0, 1 -> atoms[r.nextInt(atoms.length)];
      case 2 -> "(" + expression(r, depth + 1) + (r.nextInt(20) == 0 ? "" : ")");
      case 3 -> "!" + expression(r, depth + 1);
      default ->
          expression(r, depth + 1)
              + space
              + operators[r.nextInt(operators.length)]
              + space
              + expression(r, depth + 1);
    };
  }

  private static void everyText(String alphabet, char[] text, int filled) {
    check(new String(text, 0, filled));
    if (filled < text.length) {
      for (int k = 0; k < alphabet.length(); k++) {
        text[filled] = alphabet.charAt(k);
        everyText(alphabet, text, filled + 1);
      }
    }
  }
}
