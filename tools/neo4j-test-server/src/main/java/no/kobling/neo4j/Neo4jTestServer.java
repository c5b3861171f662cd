package no.kobling.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts one or more real Neo4j databases for the test suites, each with its own Bolt connector
 * on 127.0.0.1 and a temporary home folder.
 *
 * <p>Community Edition serves one user database per DBMS, so parallel test workers each get a
 * DBMS of their own; they share this JVM, which keeps the start-up cost to one JVM.
 *
 * <p>Prints one line per database, {@code bolt://127.0.0.1:PORT}, then {@code READY}. Stops when
 * its standard input closes (the parent test run ended or died) or on SIGTERM, and removes its
 * folders.
 *
 * <p>Usage: {@code java -cp … no.kobling.neo4j.Neo4jTestServer [--instances N] [--page-cache-mb M]}
 */
public final class Neo4jTestServer {
  private static final String HOST = "127.0.0.1";
  private static final int START_ATTEMPTS = 5;

  private final List<DatabaseManagementService> services = new ArrayList<>();
  private final List<Path> homes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    int instances = intOption(args, "--instances", 1);
    int pageCacheMb = intOption(args, "--page-cache-mb", 128);
    Neo4jTestServer server = new Neo4jTestServer();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "neo4j-test-server-stop"));
    try {
      List<String> uris = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        uris.add(server.startInstance(pageCacheMb));
      }
      uris.forEach(System.out::println);
      System.out.println("READY");
      System.out.flush();
    } catch (Exception failure) {
      System.err.println("neo4j-test-server: could not start: " + failure);
      System.exit(1);
    }
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  private String startInstance(int pageCacheMb) throws IOException {
    Path home = Files.createTempDirectory("kobling-neo4j-");
    homes.add(home);
    IOException lastFailure = null;
    // A free port can be taken by someone else between our probe and Neo4j's bind: retry.
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      int port = freePort();
      try {
        DatabaseManagementService service =
            new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(
                    BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnectorInternalSettings.enable_loopback_auth, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
        services.add(service);
        return "bolt://" + HOST + ":" + port;
      } catch (RuntimeException bindFailure) {
        lastFailure = new IOException("port " + port + ": " + bindFailure.getMessage(), bindFailure);
      }
    }
    throw lastFailure;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  private synchronized void stop() {
    for (DatabaseManagementService service : services) {
      try {
        service.shutdown();
      } catch (RuntimeException ignored) {
        // Shutting down on exit: the folder is removed next whatever state it is in.
      }
    }
    services.clear();
    for (Path home : homes) {
      deleteRecursively(home);
    }
    homes.clear();
  }

  private static void waitForEndOfInput(InputStream input) {
    byte[] buffer = new byte[256];
    try {
      while (input.read(buffer) >= 0) {
        // Input is only a lifeline to the parent process; its content is ignored.
      }
    } catch (IOException closed) {
      // A broken pipe means the parent is gone: stop as on end of input.
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // Best effort: the folder lives in the system's temporary directory.
    }
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
