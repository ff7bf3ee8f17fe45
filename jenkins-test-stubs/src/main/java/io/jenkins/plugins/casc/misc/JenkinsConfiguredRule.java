package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

/** Compile-only stub of configuration-as-code's test class {@code JenkinsConfiguredRule}. */
public class JenkinsConfiguredRule extends JenkinsRule {}
