package dev.breakwater.webapp.auth.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through an OpenID Connect provider ({@code breakwater.webapp.auth.mechanism=oidc}), with
 * Jakarta Security's own mechanism: authorization code flow, ID token checked against the
 * provider's keys, the caller named by one claim and their groups listed by another. The values
 * come from {@link OidcSettings}; {@link LoginMechanismSelection} removes this class from the
 * application unless OIDC is configured.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${breakwaterOidc.providerUri}",
    clientId = "${breakwaterOidc.clientId}",
    clientSecret = "${breakwaterOidc.clientSecret}",
    redirectURI = "${breakwaterOidc.redirectUri}",
    // Not back to the original request: Jakarta Security's replay of it loses its parameters
    // (Soteria's HttpServletRequestDelegator answers getParameter with a NullPointerException);
    // OidcCallbackServlet sends the browser on instead.
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = "${breakwaterOidc.nameClaim}",
            callerGroupsClaim = "${breakwaterOidc.groupsClaim}"))
public class OidcLogin {}
