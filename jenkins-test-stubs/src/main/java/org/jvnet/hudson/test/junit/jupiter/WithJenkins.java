package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of jenkins-test-harness' {@code WithJenkins}. The real one is meta-annotated
 * with {@code @ExtendWith(JenkinsExtension.class)}; this one is not, so a test using it cannot run
 * against the stubs by accident.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkins {}
