package dev.breakwater.webapp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code bin/breakwater user} against a real PostgreSQL (see {@link TestDatabase}). */
class UserCommandDatabaseTest {

  @BeforeAll
  static void needsTheDatabase() {
    TestDatabase.url();
  }

  private static Map<String, String> environment(String password) {
    Map<String, String> environment = new HashMap<>();
    environment.put("BREAKWATER_DB_URL", TestDatabase.url());
    environment.put("BREAKWATER_DB_USER", TestDatabase.user());
    environment.put("BREAKWATER_DB_PASSWORD", TestDatabase.password());
    if (password != null) {
      environment.put(UserCommand.PASSWORD_VARIABLE, password);
    }
    return environment;
  }

  private static String run(String password, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UserCommand.run(
        List.of(args), environment(password), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addCreatesAnAdministratorWhoseHashTheServerCanVerify() throws Exception {
    String name = "admin-" + UUID.randomUUID();
    assertTrue(run("long enough password", "add", name, "--admin").contains(name));
    Account account = TestDatabase.inTransaction(em -> new Accounts(em).find(name).orElseThrow());
    assertTrue(PasswordHashes.verify("long enough password".toCharArray(), account.passwordHash()));
    assertEquals(
        Grants.of(Permission.values()),
        TestDatabase.inTransaction(em -> new Accounts(em).grantsOf(name)));
  }

  @Test
  void groupsAreChosenByNameAndMustExist() throws Exception {
    String name = "hacker-" + UUID.randomUUID();
    run("long enough password", "add", name, "--group", "Hackers");
    assertTrue(
        TestDatabase.inTransaction(em -> new Accounts(em).grantsOf(name)).has(Permission.VIEW_PII));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> run("long enough password", "add", "x-" + UUID.randomUUID(), "--group", "Nope"));
    assertTrue(e.getMessage().contains("Hackers"), "lists the groups there are: " + e.getMessage());
  }

  @Test
  void deactivateAndActivate() throws Exception {
    String name = "user-" + UUID.randomUUID();
    run("long enough password", "add", name);
    run(null, "deactivate", name);
    Boolean deactivated =
        TestDatabase.inTransaction(em -> new Accounts(em).find(name).orElseThrow().active());
    assertEquals(false, deactivated);
    run(null, "activate", name);
    Boolean activated =
        TestDatabase.inTransaction(em -> new Accounts(em).find(name).orElseThrow().active());
    assertTrue(activated);
    assertTrue(run(null, "list").contains(name));
  }

  @Test
  void refusesShortPasswordsAndExistingNames() throws Exception {
    String name = "user-" + UUID.randomUUID();
    assertThrows(IllegalArgumentException.class, () -> run("short", "add", name));
    run("long enough password", "add", name);
    assertThrows(IllegalArgumentException.class, () -> run("long enough password", "add", name));
  }
}
