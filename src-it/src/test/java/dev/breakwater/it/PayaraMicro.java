package dev.breakwater.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Payara Micro instance of the stack's own archives, started by a test beside the stack's
 * instances (a second processor, a webapp configured otherwise), with the stack's Payara Micro.
 */
public final class PayaraMicro {
  private PayaraMicro() {}

  /**
   * Starts an instance; its output goes to {@code log}.
   *
   * @param heap the JVM's maximum heap, e.g. {@code -Xmx512m}
   * @param root the instance's runtime directory (domain, deployments)
   * @param options Payara Micro options before the deployments ({@code --systemproperties F}, ...)
   * @param archives the endpoints-file keys of the archives to deploy, in order
   */
  public static Process start(
      String name,
      int port,
      String heap,
      Path root,
      Path log,
      List<String> options,
      String... archives)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(heap, "-jar", Stack.file("payara.micro.jar").toString()));
    command.addAll(List.of("--nohazelcast", "--name", name, "--port", Integer.toString(port)));
    command.addAll(List.of("--contextroot", "/", "--rootdir", root.toString()));
    command.addAll(options);
    for (String archive : archives) {
      command.add("--deploy");
      command.add(Stack.file(archive).toString());
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
