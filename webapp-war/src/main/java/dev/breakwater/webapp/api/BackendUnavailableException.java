package dev.breakwater.webapp.api;

/**
 * A service the answer depends on (search, storage, database) could not be reached or failed on its
 * side. The caller may retry later: it is a 503, not the caller's fault and not a bug.
 */
public class BackendUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String backend;

  /**
   * @param backend what is unavailable, as the answer names it: {@code search}, {@code storage},
   *     {@code database}
   */
  public BackendUnavailableException(String backend, Throwable cause) {
    super(backend + " is unavailable: " + cause.getMessage(), cause);
    this.backend = backend;
  }

  public String backend() {
    return backend;
  }
}
