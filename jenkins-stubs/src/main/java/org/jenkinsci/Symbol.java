package org.jenkinsci;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Compile-only stub of symbol-annotation's {@code org.jenkinsci.Symbol}. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface Symbol {
  String[] value();
}
