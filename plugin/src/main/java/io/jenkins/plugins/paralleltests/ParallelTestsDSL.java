package io.jenkins.plugins.paralleltests;

import groovy.lang.Binding;
import groovy.lang.Script;
import hudson.Extension;
import org.jenkinsci.plugins.workflow.cps.CpsScript;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;
import org.jenkinsci.plugins.workflow.cps.GroovySourceFileAllowlist;

/**
 * The {@code parallelTests} Pipeline variable. Its value is {@code ParallelTests.groovy}, a small
 * CPS script in this plugin's resources, because only real {@code parallel} branches give the right
 * graph, junit's per-branch grouping, and {@code node} and {@code docker} around each shard. The
 * script only orchestrates; the {@code parallelTestsPlan}, {@code parallelTestsShard} and {@code
 * parallelTestsRecord} steps decide.
 */
@Extension
public class ParallelTestsDSL extends GlobalVariable {

  static final String NAME = "parallelTests";
  static final String SCRIPT_CLASS = "io.jenkins.plugins.paralleltests.ParallelTests";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public Object getValue(CpsScript script) throws Exception {
    Binding binding = script.getBinding();
    if (binding.hasVariable(NAME)) {
      return binding.getVariable(NAME);
    }
    // A constructor, not a method: a CPS-transformed method would throw CpsCallableInvocation.
    Object value =
        script
            .getClass()
            .getClassLoader()
            .loadClass(SCRIPT_CLASS)
            .getConstructor(Script.class)
            .newInstance(script);
    binding.setVariable(NAME, value);
    return value;
  }

  /** Lets Pipeline load this plugin's script, and no other file of it. */
  @Extension
  public static class ScriptAllowlist extends GroovySourceFileAllowlist {
    private final String scriptUrl =
        ParallelTestsDSL.class.getResource("ParallelTests.groovy").toString();

    @Override
    public boolean isAllowed(String groovySourceFileUrl) {
      return groovySourceFileUrl.equals(scriptUrl);
    }
  }
}
