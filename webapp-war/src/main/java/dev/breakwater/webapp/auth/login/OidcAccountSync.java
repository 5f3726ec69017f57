package dev.breakwater.webapp.auth.login;

import dev.breakwater.webapp.auth.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * At each OpenID Connect login, brings the local account in line with the provider: created on
 * first login (API tokens need an owner), member of exactly the provider's groups that exist here.
 * It validates nothing (the provider did); as a groups-providing store it runs after the provider's
 * identity store has accepted the caller, and adds no groups of its own. Present only with {@code
 * breakwater.webapp.auth.mechanism=oidc} ({@link LoginMechanismSelection}).
 */
@ApplicationScoped
public class OidcAccountSync implements IdentityStore {

  @Inject AccountService accounts;

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
    accounts.syncExternal(
        validationResult.getCallerPrincipal().getName(), validationResult.getCallerGroups());
    return Set.of();
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.PROVIDE_GROUPS);
  }
}
