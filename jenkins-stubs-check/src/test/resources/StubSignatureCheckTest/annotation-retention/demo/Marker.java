package demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

@Target(ElementType.TYPE)
public @interface Marker {
  String value() default "";

  int weight() default 1;
}
