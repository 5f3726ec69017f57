package dev.breakwater.it.accounts;

import dev.breakwater.it.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code bin/breakwater user ...} against the stack under test, as an operator runs it. */
public final class UserCommand {
  private UserCommand() {}

  public static String run(String password, String... args)
      throws IOException, InterruptedException {
    Path repo = Path.of(System.getProperty("breakwater.repo", "..")).toAbsolutePath().normalize();
    List<String> command = new ArrayList<>();
    command.add(repo.resolve("bin/breakwater").toString());
    command.add("user");
    command.addAll(List.of(args));
    command.add("--env");
    command.add(environment());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (password != null) {
      builder.environment().put("BREAKWATER_USER_PASSWORD", password);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    String output;
    try (var out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish:\n" + output);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(command + " exited " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  /** The stack's environment (bin/breakwater writes it into the endpoints); test by default. */
  private static String environment() {
    try {
      return Stack.get("stack.env");
    } catch (IllegalStateException e) {
      return "test";
    }
  }
}
