package dev.breakwater.webapp.auth.token;

import dev.breakwater.crash.access.Grants;

/**
 * What a presented {@code Auth-Token} is worth: a user and the token's grants, or a refusal with
 * Socorro's message, which clients match on.
 */
public sealed interface TokenVerdict {

  Refused NOT_MATCHED = new Refused("API Token not matched");
  Refused EXPIRED = new Refused("API Token found but expired");
  Refused USER_INACTIVE = new Refused("User of API token not active");

  /** The token is good: the request is {@code username}'s, with {@code grants}. */
  record Valid(String username, Grants grants) implements TokenVerdict {}

  /** The token is refused: 403 with {@code {"error": message}}. */
  record Refused(String message) implements TokenVerdict {}
}
