package io.jenkins.plugins.casc.misc.junit.jupiter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of configuration-as-code's test annotation {@code
 * WithJenkinsConfiguredWithCode} (without the real one's JUnit extension, so it cannot run against
 * the stubs).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithJenkinsConfiguredWithCode {}
