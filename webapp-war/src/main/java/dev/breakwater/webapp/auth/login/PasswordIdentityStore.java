package dev.breakwater.webapp.auth.login;

import dev.breakwater.webapp.auth.Account;
import dev.breakwater.webapp.auth.AccountGroup;
import dev.breakwater.webapp.auth.AccountService;
import dev.breakwater.webapp.auth.PasswordHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against {@code users} with Jakarta Security's {@code
 * Pbkdf2PasswordHash}. The caller's groups are their group names; what the groups permit is looked
 * up per request (see {@code AuthTokenFilter}), so changes apply at once.
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

  /**
   * Verified when the user does not exist or has no password, so that the answer takes as long as
   * for a wrong password and does not tell which user names exist.
   */
  private static final String DECOY = PasswordHashes.hash("decoy".toCharArray());

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account = accounts.find(login.getCaller());
    String stored = account.map(Account::passwordHash).orElse(null);
    boolean matches =
        passwordHash.verify(login.getPassword().getValue(), stored == null ? DECOY : stored);
    if (!matches || stored == null || !account.get().active()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups =
        account.get().groups().stream().map(AccountGroup::name).collect(Collectors.toSet());
    return new CredentialValidationResult(account.get().username(), groups);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }
}
