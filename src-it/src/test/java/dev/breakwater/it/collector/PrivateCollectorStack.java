package dev.breakwater.it.collector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A collector with its own s3proxy and Artemis broker, started from the distributions and the built
 * archive that the test stack uses, on free ports. The collector tests stop and start storage and
 * broker, and read the crash queue, which they cannot do on the shared test stack without
 * disturbing other tests (and the processor consuming the queue).
 */
final class PrivateCollectorStack {

  private static PrivateCollectorStack shared;

  final int s3Port = freePort();
  final int brokerPort = freePort();
  final int collectorPort = freePort();
  final String bucket = "collector-it";
  final Path testdata;

  private final Path work;
  private final Path distribution;
  private final Path payaraJar;
  private final Path collectorWar;
  private final List<Process> processes = new ArrayList<>();
  private Process s3proxy;
  private Process broker;

  private PrivateCollectorStack(Properties endpoints) throws IOException {
    payaraJar = Path.of(endpoints.getProperty("payara.micro.jar"));
    collectorWar = Path.of(endpoints.getProperty("archive.collector"));
    distribution = payaraJar.getParent();
    String data = endpoints.getProperty("testdata.dir");
    testdata = data == null ? null : Path.of(data);
    work = Files.createTempDirectory("collector-it");
  }

  /** The stack, started on first use and stopped when the test JVM exits. */
  static synchronized PrivateCollectorStack shared() throws Exception {
    if (shared == null) {
      String file = System.getProperty("breakwater.it.endpoints", "");
      Assumptions.assumeTrue(
          !file.isEmpty() && Files.exists(Path.of(file)),
          "no test stack endpoints (run bin/breakwater test): " + file);
      Properties endpoints = new Properties();
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        endpoints.load(in);
      }
      PrivateCollectorStack stack = new PrivateCollectorStack(endpoints);
      Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll));
      stack.start();
      shared = stack;
    }
    return shared;
  }

  String collectorUrl() {
    return "http://127.0.0.1:" + collectorPort;
  }

  String s3Url() {
    return "http://127.0.0.1:" + s3Port + "/" + bucket;
  }

  String brokerUrl() {
    return "tcp://127.0.0.1:" + brokerPort;
  }

  private void start() throws Exception {
    startStorage();
    createBroker();
    startBroker();
    startCollector();
  }

  void startStorage() throws Exception {
    Path properties = work.resolve("s3proxy.properties");
    Files.writeString(
        properties,
        "s3proxy.endpoint=http://127.0.0.1:"
            + s3Port
            + "\ns3proxy.authorization=none\njclouds.provider=filesystem\n"
            + "jclouds.filesystem.basedir="
            + work.resolve("s3")
            + "\n");
    Files.createDirectories(work.resolve("s3"));
    s3proxy =
        spawn(
            "s3proxy",
            List.of(
                java(),
                "-Xmx192m",
                "-jar",
                distribution.resolve("s3proxy.jar").toString(),
                "--properties",
                properties.toString()));
    awaitPort(s3Port, Duration.ofSeconds(60));
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(s3Url()))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  void stopStorage() {
    stop(s3proxy);
  }

  private void createBroker() throws Exception {
    Path home = artemisHome();
    Process create =
        new ProcessBuilder(
                home.resolve("bin/artemis").toString(),
                "create",
                work.resolve("broker").toString(),
                "--user",
                "it",
                "--password",
                "it",
                "--allow-anonymous",
                "--no-web",
                "--silent",
                "--force",
                "--default-port",
                Integer.toString(brokerPort),
                "--no-amqp-acceptor",
                "--no-mqtt-acceptor",
                "--no-stomp-acceptor",
                "--no-hornetq-acceptor")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("artemis-create.log").toFile())
            .start();
    if (create.waitFor() != 0) {
      throw new IllegalStateException("artemis create failed, see " + work);
    }
    Path profile = work.resolve("broker/etc/artemis.profile");
    Files.writeString(
        profile, Files.readString(profile).replaceAll("-Xms\\w+ -Xmx\\w+", "-Xms64M -Xmx256M"));
  }

  void startBroker() throws Exception {
    broker = spawn("artemis", List.of(work.resolve("broker/bin/artemis").toString(), "run"));
    awaitPort(brokerPort, Duration.ofSeconds(120));
  }

  void stopBroker() {
    stop(broker);
  }

  private void startCollector() throws Exception {
    Path properties = work.resolve("collector.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "breakwater.s3.endpoint=http://127.0.0.1:" + s3Port,
            "breakwater.s3.bucket=" + bucket,
            "breakwater.s3.access-key=anonymous",
            "breakwater.s3.max-attempts=2",
            "breakwater.s3.call-timeout-ms=3000",
            "breakwater.broker.host=127.0.0.1",
            "breakwater.broker.port=" + brokerPort,
            "breakwater.collector.outbox.drain-interval-seconds=2",
            "breakwater.collector.broker.retry-interval-ms=500",
            ""));
    spawn(
        "collector",
        List.of(
            java(),
            "-Xmx384m",
            "-jar",
            payaraJar.toString(),
            "--nohazelcast",
            "--port",
            Integer.toString(collectorPort),
            "--contextroot",
            "/",
            "--rootdir",
            work.resolve("payara").toString(),
            "--systemproperties",
            properties.toString(),
            "--deploy",
            collectorWar.toString()));
    awaitReady(Duration.ofSeconds(400));
  }

  private void awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create(collectorUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        last = ready.body();
        if (ready.statusCode() == 200 && last.contains("\"storage\"")) {
          return;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("collector not ready: " + last + "; logs in " + work);
  }

  private Process spawn(String name, List<String> command) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()))
            .start();
    processes.add(process);
    return process;
  }

  private static void stop(Process process) {
    if (process == null || !process.isAlive()) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private void stopAll() {
    processes.forEach(PrivateCollectorStack::stop);
  }

  private Path artemisHome() throws IOException {
    try (Stream<Path> entries = Files.list(distribution)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("apache-artemis-"))
          .filter(Files::isDirectory)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no Artemis in " + distribution));
    }
  }

  private static void awaitPort(int port, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("nothing listens on port " + port);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
