package dev.breakwater.webapp.api.doc;

import dev.breakwater.crash.access.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a JAX-RS resource as a public {@code /api/} endpoint: the documentation page at {@code
 * GET /api/} is generated from these declarations, so an endpoint is documented where it is
 * written. Resources without it (tokens, admin, the catch-all) are left out of the page, as Socorro
 * leaves out its non-public models.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiEndpoint {

  /** The endpoint's name, as in {@code /api/<name>/}. */
  String name();

  /** What it answers, for a reader who has not seen it before. */
  String summary();

  /** The HTTP methods it serves. */
  String[] methods() default {"GET"};

  /** Permissions a caller needs for it; the page lists it only to callers holding all of them. */
  Permission[] requires() default {};

  /** Its parameters, in the order the page lists them. */
  ApiParameter[] parameters() default {};

  /** Whether every search field is also a parameter (Super Search): listed from the registry. */
  boolean searchFieldParameters() default false;
}
