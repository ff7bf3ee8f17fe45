package io.jenkins.plugins.casc.misc;

/**
 * Compile-only stub of configuration-as-code's test class {@code JenkinsConfiguredWithCodeRule}.
 */
public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {}
