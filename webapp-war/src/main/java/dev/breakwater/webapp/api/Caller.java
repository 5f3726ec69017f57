package dev.breakwater.webapp.api;

import dev.breakwater.crash.access.Grants;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current request, and what they may do: every endpoint and page asks this bean,
 * never the request itself. Anonymous until the request's authentication (session, API token) names
 * a user.
 */
@RequestScoped
public class Caller {
  private Grants grants = Grants.anonymous();
  private String user;

  /** The permissions this request holds. */
  public Grants grants() {
    return grants;
  }

  /** The user's name, or null for an anonymous request. */
  public String user() {
    return user;
  }

  /** Called once the request's credentials are verified. */
  public void authenticated(String user, Grants grants) {
    this.user = user;
    this.grants = grants;
  }
}
