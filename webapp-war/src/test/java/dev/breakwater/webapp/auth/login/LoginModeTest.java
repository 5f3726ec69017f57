package dev.breakwater.webapp.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.webapp.auth.AuthConfigKeys;
import dev.breakwater.webapp.auth.MapConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginModeTest {

  @Test
  void formLoginUnlessOidcIsConfigured() {
    assertEquals(LoginMode.FORM, LoginMode.configured(new MapConfig(Map.of())));
    assertEquals(
        LoginMode.FORM,
        LoginMode.configured(new MapConfig(Map.of(AuthConfigKeys.MECHANISM, "form"))));
    assertEquals(
        LoginMode.OIDC,
        LoginMode.configured(new MapConfig(Map.of(AuthConfigKeys.MECHANISM, " OIDC "))));
  }

  @Test
  void anUnknownMechanismFailsTheDeploymentNamingTheKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoginMode.configured(new MapConfig(Map.of(AuthConfigKeys.MECHANISM, "ldap"))));
    assertTrue(e.getMessage().contains(AuthConfigKeys.MECHANISM), e.getMessage());
  }
}
