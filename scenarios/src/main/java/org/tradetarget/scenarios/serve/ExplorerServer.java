package org.tradetarget.scenarios.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.report.Render;

/**
 * The explorer's HTTP server on the loopback address: the page and its script from the jar, and the
 * API ({@code GET /api/scenario}, {@code GET /api/info}, {@code POST /api/run}, {@code POST
 * /api/view}, {@code POST /api/save}). It answers 403 to a request whose {@code Host} or {@code
 * Origin} is not its own address ({@code 127.0.0.1:PORT} or {@code localhost:PORT}), so a web page
 * elsewhere cannot reach it through DNS rebinding or a cross-site request; 413 to a body over {@link
 * #MAX_BODY} bytes; 400 with the scenario's own message to a bad override; never a stack trace.
 */
public final class ExplorerServer implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  public static final int MAX_BODY = 64 * 1024;
  /** Requests handled at once; more wait their turn. Each run uses every core already. */
  static final int WORKERS = 4;

  private static final Map<String, String[]> STATIC = Map.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Explorer explorer;
  private final HttpServer server;
  private final ExecutorService workers;
  private final int port;
  private final Set<String> hosts;
  private final Set<String> origins;

  private ExplorerServer(Explorer explorer, HttpServer server, ExecutorService workers) {
    this.explorer = explorer;
    this.server = server;
    this.workers = workers;
    this.port = server.getAddress().getPort();
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, 0 for any free one
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static ExplorerServer start(Explorer explorer, int port) {
    HttpServer s;
    try {
      s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "tradetarget-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ExplorerServer es = new ExplorerServer(explorer, s, pool);
    s.createContext("/", es::handle);
    s.setExecutor(pool);
    s.start();
    return es;
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** Its address, {@code http://127.0.0.1:PORT/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Stops accepting, lets requests under way finish for up to a second, and stops the workers. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!allowed(ex.getRequestHeaders())) {
        send(
            ex,
            403,
            "application/json",
            error("forbidden: this server answers only requests to its own address " + address()
                + " (Host and Origin must be 127.0.0.1:" + port + " or localhost:" + port + ")"));
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      String method = ex.getRequestMethod();
      if (STATIC.containsKey(path)) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
          methodNotAllowed(ex, "GET");
          return;
        }
        String[] r = STATIC.get(path);
        send(ex, 200, r[1], resource(r[0]));
        return;
      }
      switch (path) {
        case "/api/scenario" -> get(ex, method, explorer::scenarioJson);
        case "/api/info" -> get(ex, method, explorer::infoJson);
        case "/api/run" -> post(ex, method, "application/json", null, explorer::resultsJson);
        case "/api/view" -> post(ex, method, "application/json", null, explorer::viewJson);
        case "/api/save" ->
          post(
              ex,
              method,
              "application/yaml; charset=utf-8",
              "attachment; filename=\"" + explorer.savedName() + ".yaml\"",
              explorer::saveYaml);
        default -> send(ex, 404, "application/json", error("not found: " + path));
      }
    } catch (RuntimeException e) {
      // a failure of the server itself: a one-line message, no stack trace to the client
      try {
        send(
            ex, 500, "application/json", error("internal error: " + e.getClass().getSimpleName()));
      } catch (IOException | RuntimeException ignored) {
        // the response was already under way
      }
    }
  }

  /** Whether Host is our address and Origin, if sent, too. */
  boolean allowed(Headers h) {
    List<String> host = h.get("Host");
    if (host == null
        || host.size() != 1
        || !hosts.contains(Explorer.lower(host.get(0).trim()))) {
      return false;
    }
    List<String> origin = h.get("Origin");
    if (origin != null) {
      for (String o : origin) {
        if (!origins.contains(Explorer.lower(o.trim()))) {
          return false;
        }
      }
    }
    return true;
  }

  private interface Answer {
    String get();
  }

  private interface BodyAnswer {
    String apply(String body);
  }

  private void get(HttpExchange ex, String method, Answer a) throws IOException {
    if (!method.equals("GET")) {
      methodNotAllowed(ex, "GET");
      return;
    }
    send(ex, 200, "application/json", a.get().getBytes(StandardCharsets.UTF_8));
  }

  private void post(HttpExchange ex, String method, String type, String disposition, BodyAnswer a)
      throws IOException {
    if (!method.equals("POST")) {
      methodNotAllowed(ex, "POST");
      return;
    }
    String body = body(ex);
    if (body == null) {
      send(
          ex,
          413,
          "application/json",
          error("request body too large; at most " + MAX_BODY + " bytes"));
      return;
    }
    String answer;
    try {
      answer = a.apply(body);
    } catch (ScenarioException e) {
      send(ex, 400, "application/json", error(String.join("\n", e.problems()), e.problems()));
      return;
    } catch (IllegalArgumentException e) {
      send(ex, 400, "application/json", error(e.getMessage()));
      return;
    }
    if (disposition != null) {
      ex.getResponseHeaders().set("Content-Disposition", disposition);
    }
    send(ex, 200, type, answer.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8, or null when it is longer than {@link #MAX_BODY}. */
  private static String body(HttpExchange ex) throws IOException {
    String len = ex.getRequestHeaders().getFirst("Content-Length");
    if (len != null) {
      try {
        if (Long.parseLong(len.trim()) > MAX_BODY) {
          return null;
        }
      } catch (NumberFormatException e) {
        // chunked or odd: the reading below still stops at the limit
      }
    }
    InputStream in = ex.getRequestBody();
    byte[] b = in.readNBytes(MAX_BODY + 1);
    if (b.length > MAX_BODY) {
      return null;
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  private void methodNotAllowed(HttpExchange ex, String allow) throws IOException {
    ex.getResponseHeaders().set("Allow", allow);
    send(
        ex,
        405,
        "application/json",
        error("method " + ex.getRequestMethod() + " not allowed; use " + allow));
  }

  private static byte[] error(String message) {
    return error(message, List.of(message));
  }

  private static byte[] error(String message, List<String> problems) {
    ObjectNode j = Render.object().put("error", message);
    problems.forEach(j.putArray("problems")::add);
    return (Render.json(j) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Content-Security-Policy", CSP);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ExplorerServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
