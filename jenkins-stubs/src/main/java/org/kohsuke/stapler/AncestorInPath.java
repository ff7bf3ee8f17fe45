package org.kohsuke.stapler;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Compile-only stub of Stapler's {@code AncestorInPath}. */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface AncestorInPath {}
