package dev.breakwater.webapp.api.doc;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One parameter of an {@link ApiEndpoint}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface ApiParameter {

  /** The query-string or form key. */
  String name();

  /** How its value is read. */
  ParameterType type() default ParameterType.STRING;

  /** Whether a request without it is a 400. */
  boolean required() default false;

  /** The value used when it is absent; empty for none. */
  String defaultValue() default "";

  /** What it does, when the name does not say. */
  String description() default "";
}
