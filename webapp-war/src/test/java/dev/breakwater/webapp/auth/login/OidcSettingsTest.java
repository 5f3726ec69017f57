package dev.breakwater.webapp.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.webapp.auth.AuthConfigKeys;
import dev.breakwater.webapp.auth.MapConfig;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

  private static OidcSettings settings(Map<String, String> values) {
    OidcSettings settings = new OidcSettings();
    settings.config = new MapConfig(values);
    return settings;
  }

  @Test
  void theProviderAndClientComeFromConfiguration() {
    OidcSettings settings =
        settings(
            Map.of(
                AuthConfigKeys.OIDC_PROVIDER_URI, "https://idp.example/realms/breakwater",
                AuthConfigKeys.OIDC_CLIENT_ID, "breakwater-webapp",
                AuthConfigKeys.OIDC_CLIENT_SECRET, "s3cret",
                AuthConfigKeys.OIDC_GROUPS_CLAIM, "roles"));
    assertEquals("https://idp.example/realms/breakwater", settings.getProviderUri());
    assertEquals("breakwater-webapp", settings.getClientId());
    assertEquals("s3cret", settings.getClientSecret());
    assertEquals("roles", settings.getGroupsClaim());
    assertEquals("preferred_username", settings.getNameClaim());
    assertEquals("${baseURL}/oidc/callback", settings.getRedirectUri());
  }

  @Test
  void aMissingProviderIsNamedWhenItIsNeeded() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> settings(Map.of()).getProviderUri());
    assertTrue(e.getMessage().contains(AuthConfigKeys.OIDC_PROVIDER_URI), e.getMessage());
    assertThrows(IllegalStateException.class, () -> settings(Map.of()).getClientId());
  }

  @Test
  void theMechanismReadsEverySettingThroughTheNamedBean() {
    OpenIdAuthenticationMechanismDefinition definition =
        OidcLogin.class.getAnnotation(OpenIdAuthenticationMechanismDefinition.class);
    assertEquals("${breakwaterOidc.providerUri}", definition.providerURI());
    assertEquals("${breakwaterOidc.clientId}", definition.clientId());
    assertEquals("${breakwaterOidc.clientSecret}", definition.clientSecret());
    assertEquals("${breakwaterOidc.redirectUri}", definition.redirectURI());
    assertEquals("${breakwaterOidc.nameClaim}", definition.claimsDefinition().callerNameClaim());
    assertEquals(
        "${breakwaterOidc.groupsClaim}", definition.claimsDefinition().callerGroupsClaim());
    // Each expression names a getter of the bean, so a typo cannot pass unnoticed.
    for (String property :
        new String[] {
          "providerUri", "clientId", "clientSecret", "redirectUri", "nameClaim", "groupsClaim"
        }) {
      String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
      assertTrue(
          java.util.Arrays.stream(OidcSettings.class.getMethods())
              .anyMatch(m -> m.getName().equals(getter)),
          getter);
    }
    assertEquals(
        "breakwaterOidc", OidcSettings.class.getAnnotation(jakarta.inject.Named.class).value());
  }
}
