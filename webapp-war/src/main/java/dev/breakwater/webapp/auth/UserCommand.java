package dev.breakwater.webapp.auth;

import dev.breakwater.db.DatabaseMigrations;
import java.io.Console;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bin/breakwater user}: accounts for form login, managed from the command line against the
 * database (plain JDBC, no server needed, so it works before the first administrator exists).
 *
 * <pre>
 * UserCommand add NAME [--admin] [--group GROUP]...   password from $BREAKWATER_USER_PASSWORD or a prompt
 * UserCommand deactivate NAME | activate NAME         a deactivated user can neither log in nor use tokens
 * UserCommand list
 * </pre>
 *
 * The database comes from {@code BREAKWATER_DB_URL}, {@code BREAKWATER_DB_USER} and {@code
 * BREAKWATER_DB_PASSWORD}; the schema is migrated first, as the webapp would at start-up.
 */
public final class UserCommand {

  /** Where a script puts the new user's password (a prompt asks otherwise). */
  public static final String PASSWORD_VARIABLE = "BREAKWATER_USER_PASSWORD";

  static final int MIN_PASSWORD_LENGTH = 8;

  private UserCommand() {}

  public static void main(String[] args) {
    try {
      System.exit(run(Arrays.asList(args), System.getenv(), System.out));
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      usage(System.err);
      System.exit(2);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("error: database: " + e.getMessage());
      System.exit(1);
    }
  }

  static int run(List<String> args, Map<String, String> environment, PrintStream out)
      throws SQLException {
    if (args.isEmpty()) {
      throw new UsageException("no command");
    }
    String url = environment.get("BREAKWATER_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set BREAKWATER_DB_URL (the database's JDBC URL)");
    }
    String user = environment.getOrDefault("BREAKWATER_DB_USER", "breakwater");
    String password = environment.getOrDefault("BREAKWATER_DB_PASSWORD", "");
    DatabaseMigrations.migrate(url, user, password);
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      switch (args.get(0)) {
        case "add" ->
            add(db, args.subList(1, args.size()), environment.get(PASSWORD_VARIABLE), out);
        case "activate" -> setActive(db, single(args), true, out);
        case "deactivate" -> setActive(db, single(args), false, out);
        case "list" -> list(db, out);
        default -> throw new UsageException("unknown command '" + args.get(0) + "'");
      }
    }
    return 0;
  }

  private static void add(Connection db, List<String> args, String givenPassword, PrintStream out)
      throws SQLException {
    String name = null;
    Set<String> groups = new LinkedHashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--admin" -> groups.add(AccountGroup.ADMINISTRATORS);
        case "--group" -> {
          if (i + 1 >= args.size()) {
            throw new UsageException("--group needs a group name");
          }
          groups.add(args.get(++i));
        }
        default -> {
          if (arg.startsWith("-") || name != null) {
            throw new UsageException("unexpected argument '" + arg + "'");
          }
          name = arg;
        }
      }
    }
    if (name == null || name.isBlank()) {
      throw new UsageException("add needs a user name");
    }
    char[] password = password(name, givenPassword);
    String hash = PasswordHashes.hash(password);
    Arrays.fill(password, '\0');
    db.setAutoCommit(false);
    try {
      long id;
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO users (username, password_hash) VALUES (?, ?)"
                  + " ON CONFLICT (username) DO NOTHING RETURNING id")) {
        insert.setString(1, name);
        insert.setString(2, hash);
        try (ResultSet row = insert.executeQuery()) {
          if (!row.next()) {
            throw new IllegalArgumentException("user '" + name + "' exists already");
          }
          id = row.getLong(1);
        }
      }
      for (String group : groups) {
        try (PreparedStatement join =
            db.prepareStatement(
                "INSERT INTO user_group (user_id, group_id) SELECT ?, id FROM groups WHERE name = ?")) {
          join.setLong(1, id);
          join.setString(2, group);
          if (join.executeUpdate() != 1) {
            throw new IllegalArgumentException(
                "no group '" + group + "' (groups: " + String.join(", ", groupNames(db)) + ")");
          }
        }
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
    out.println(
        "created user "
            + name
            + (groups.isEmpty() ? " (no groups)" : " in " + String.join(", ", groups)));
  }

  private static void setActive(Connection db, String name, boolean active, PrintStream out)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE users SET is_active = ? WHERE username = ?")) {
      update.setBoolean(1, active);
      update.setString(2, name);
      if (update.executeUpdate() != 1) {
        throw new IllegalArgumentException("no user '" + name + "'");
      }
    }
    out.println((active ? "activated " : "deactivated ") + name);
  }

  private static void list(Connection db, PrintStream out) throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement(
                "SELECT u.username, u.is_active, coalesce(string_agg(g.name, ', ' ORDER BY g.name), '')"
                    + " FROM users u LEFT JOIN user_group ug ON ug.user_id = u.id"
                    + " LEFT JOIN groups g ON g.id = ug.group_id"
                    + " GROUP BY u.id ORDER BY u.username");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        out.printf(
            "%-30s %-8s %s%n",
            rows.getString(1), rows.getBoolean(2) ? "active" : "inactive", rows.getString(3));
      }
    }
  }

  private static List<String> groupNames(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("SELECT name FROM groups ORDER BY name");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static char[] password(String name, String fromEnvironment) {
    char[] password;
    if (fromEnvironment != null) {
      password = fromEnvironment.toCharArray();
    } else {
      Console console = System.console();
      if (console == null) {
        throw new IllegalStateException(
            "no terminal to ask for the password: set " + PASSWORD_VARIABLE);
      }
      password = console.readPassword("Password for %s: ", name);
      char[] again = console.readPassword("Again: ");
      if (password == null || !Arrays.equals(password, again)) {
        throw new IllegalArgumentException("the passwords differ");
      }
    }
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    return password;
  }

  private static String single(List<String> args) {
    if (args.size() != 2) {
      throw new UsageException(args.get(0) + " needs exactly one user name");
    }
    return args.get(1);
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        usage: UserCommand add NAME [--admin] [--group GROUP]...
               UserCommand activate NAME | deactivate NAME
               UserCommand list
        (database from BREAKWATER_DB_URL, BREAKWATER_DB_USER, BREAKWATER_DB_PASSWORD;
         the new user's password from BREAKWATER_USER_PASSWORD or a prompt)""");
  }

  /** A command line that does not say what to do. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
