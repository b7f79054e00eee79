package org.tradetarget.scenarios.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.scenarios.cli.Main;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.io.YamlReader;

/**
 * The explorer is what an economist moves assumptions in, so what it shows must be what {@code run}
 * prints for the saved file, a bad value must get the message {@code validate} gives, concurrent
 * requests must not mix, and a page elsewhere on the web must not reach it (Host and Origin checks,
 * DNS rebinding), nor a huge body tie it up.
 */
final class ExplorerServerTest {
  private static final Path BASELINE = Path.of("clv-2030-baseline.yaml");
  private static final int PATHS = 5_000;
  private static ExplorerServer server;
  private static HttpClient http;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    server = ExplorerServer.start(Explorer.open(BASELINE, PATHS), 0);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.address().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) JsonIn.parse(text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> corridor(Map<String, Object> results, String id) {
    for (Object o : (List<Object>) results.get("corridors")) {
      Map<String, Object> c = (Map<String, Object>) o;
      if (c.get("corridor").equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no corridor " + id);
  }

  /**
   * The results of a run from "corridors" on: what must agree between a run of a changed scenario
   * and the same change in a file saved elsewhere (whose name and path differ).
   */
  private static String numbers(String resultsJson) {
    try {
      com.fasterxml.jackson.databind.JsonNode t =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(resultsJson);
      com.fasterxml.jackson.databind.node.ObjectNode kept =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      kept.set("corridors", t.get("corridors"));
      kept.set("joint_p_met_by_deadlines", t.get("joint_p_met_by_deadlines"));
      kept.set("joint_se", t.get("joint_se"));
      return kept.toPrettyString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + resultsJson, e);
    }
  }

  /**
   * {@code POST /api/run} with no change is, byte for byte, the results.json that {@code run}
   * writes for the file {@code POST /api/save} gives, saved beside the explored file: every
   * section, the provenance (the saved file's hash) and the odds by basis included.
   */
  @Test
  @SuppressWarnings("unchecked")
  void runOfNothingIsByteForByteTheResultsJsonOfTheSavedFile() throws Exception {
    Path explored = dir.resolve("clv-2030-baseline.yaml").toAbsolutePath();
    Files.copy(BASELINE, explored);
    Explorer ex = Explorer.open(explored, 2_000);
    String api = ex.resultsJson("{}");
    Path saved = dir.resolve("clv-2030-baseline-explored.yaml").toAbsolutePath();
    Files.writeString(saved, ex.saveYaml("{}"));
    Path outDir = dir.resolve("out");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(
        new String[] {"run", saved.toString(), "--out", outDir.toString(), "--format", "json"},
        new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals(Files.readString(outDir.resolve("results.json")), api);
    assertEquals(out.toString(), api);
    // the explorer's answer is that of the saved scenario, and the odds by model are off in it
    Map<String, Object> j = json(api);
    assertEquals("clv-2030-baseline-explored", j.get("scenario"));
    assertTrue(
        ((Map<String, Object>) j.get("provenance"))
            .containsKey("sha256:clv-2030-baseline-explored.yaml"),
        api);
    assertFalse(api.contains("\"odds_by_model\""), "odds by model are off in the explorer");
  }

  @Test
  void runAnswersWhatRunPrintsForTheSavedFile() throws Exception {
    String body =
        "{\"assumed_deadline\": 2028, \"levers.phnom-penh-bavet-expressway.delay_mean_years\": 2}";
    HttpResponse<String> api = post("/api/run", body);
    assertEquals(200, api.statusCode(), api.body());
    HttpResponse<String> saved = post("/api/save", body);
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(saved
        .headers()
        .firstValue("Content-Disposition")
        .orElse("")
        .contains("clv-2030-baseline-explored.yaml"));
    // the saved file extends the original by its name, so it works beside a copy of it
    Files.copy(BASELINE, dir.resolve("clv-2030-baseline.yaml"));
    Path file = dir.resolve("clv-2030-baseline-explored.yaml");
    Files.writeString(file, saved.body());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(
        new String[] {
          "run", file.toString(), "--out", dir.resolve("out").toString(), "--format", "json"
        },
        new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals(numbers(out.toString()), numbers(api.body()));
    assertEquals(
        numbers(Files.readString(dir.resolve("out").resolve("results.json"))), numbers(api.body()));
    // and the override did something: the lever is a year later on average than built in (1.0)
    assertTrue(api.body().contains("mean delay 2.0 years"), api.body());
  }

  /** Each kind of control the page has, saved and run: the same numbers as the API gave. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"corridors.VN-KH.model.kind\": \"holt\"}",
        "{\"simulation.shocks.type\": \"t\", \"simulation.shocks.df\": 5}",
        "{\"simulation.jumps.probability\": 0.1, \"simulation.jumps.mean\": -0.25, \"simulation.jumps.sd\": 0.1,"
            + " \"simulation.persistence\": 0.7}",
        "{\"macro.growth_shift\": -0.01, \"simulation.parameter_uncertainty\": true}",
        "{\"levers.cambodia-laos-rail-to-china.enabled\": true, \"levers.cambodia-laos-rail-to-china.start_year\": 2029,"
            + " \"levers.cambodia-laos-rail-to-china.probability\": 0.5}",
        "{\"corridors.VN-LA.target.deadline\": 2033, \"corridors.KH-LA.model.params.rate\": 0.12, \"simulation.paths\": 2000}"
      })
  void everyKindOfChangeSavesToAFileThatRunsToTheSameNumbers(String body) throws Exception {
    HttpResponse<String> api = post("/api/run", body);
    assertEquals(200, api.statusCode(), api.body());
    HttpResponse<String> saved = post("/api/save", body);
    assertEquals(200, saved.statusCode(), saved.body());
    Files.copy(BASELINE, dir.resolve("clv-2030-baseline.yaml"));
    Path file = dir.resolve("saved.yaml");
    Files.writeString(file, saved.body());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(
        new String[] {
          "run", file.toString(), "--out", dir.resolve("out").toString(), "--format", "json"
        },
        new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, code, err + "\n" + saved.body());
    assertEquals(numbers(out.toString()), numbers(api.body()));
    assertNotEquals(
        numbers(post("/api/run", "{}").body()), numbers(api.body()), "the change moved nothing");
  }

  /** A file that extends another which extends a third: the saved file needs only its neighbours. */
  @Test
  void savedFileOfAnExtendingScenarioRunsBesideIt() throws Exception {
    Explorer delays = Explorer.open(Path.of("clv-2030-delays.yaml"), 2_000);
    String body = "{\"levers.phnom-penh-bavet-expressway.delay_mean_years\": 2}";
    String api = delays.resultsJson(body);
    for (String f :
        List.of("clv-2030-delays.yaml", "clv-2030-infrastructure.yaml", "clv-2030-baseline.yaml")) {
      Files.copy(Path.of(f), dir.resolve(f));
    }
    Path file = dir.resolve("clv-2030-delays-explored.yaml");
    Files.writeString(file, delays.saveYaml(body));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(
        new String[] {
          "run", file.toString(), "--out", dir.resolve("out").toString(), "--format", "json"
        },
        new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals(numbers(out.toString()), numbers(api));
    // the file sets a mean delay of 1 year for the expressway; 2 must lower VN-KH's odds
    double before = Double.parseDouble(corridor(json(delays.resultsJson("{}")), "VN-KH")
        .get("p_met_by_deadline")
        .toString());
    double after =
        Double.parseDouble(corridor(json(api), "VN-KH").get("p_met_by_deadline").toString());
    assertTrue(after < before, before + " -> " + after);
  }

  @Test
  void savedFileSetsExactlyTheChangedKeysAndThePaths() throws Exception {
    String body =
        "{\"macro.growth_shift\": -0.01, \"levers.vung-ang-port-terminal-3.enabled\": true,"
            + " \"corridors.KH-LA.model.params.rate\": 0.12}";
    HttpResponse<String> saved = post("/api/save", body);
    assertEquals(200, saved.statusCode(), saved.body());
    Path file = dir.resolve("saved.yaml");
    Files.writeString(file, saved.body());
    YNode.Map tree = YamlReader.read(file);
    assertEquals("clv-2030-baseline.yaml", ((YNode.Scalar) tree.get("extends")).text());
    Set<String> keys = tree.without("name", "description", "extends").leaves().keySet();
    // the file runs 100,000 paths, the explorer 5,000: the saved file says so
    assertEquals(
        Set.of(
            "macro.growth_shift",
            "levers.vung-ang-port-terminal-3.enabled",
            "corridors.KH-LA.model.params.rate",
            "simulation.paths",
            "outputs.odds_by_model"),
        keys);
    assertEquals("5000", ((YNode.Scalar) tree.at(List.of("simulation", "paths"))).text());
    assertEquals("-0.01", ((YNode.Scalar) tree.at(List.of("macro", "growth_shift"))).text());
  }

  /**
   * Common random numbers: the baseline simulates to 2035 whatever the deadline, so moving the
   * assumed deadline to 2028 must give, as P(met by the deadline), exactly the P(met by 2028) that
   * the unchanged scenario reports among its compared deadlines.
   */
  @Test
  @SuppressWarnings("unchecked")
  void movingTheDeadlineGivesTheOddsByThatYearOnTheSamePaths() throws Exception {
    // On rw-drift: the baseline's ensemble weighs its members by the panel's scores at the
    // deadline's step, so moving the deadline moves its weights, and its paths with them.
    String rw = "\"corridors.VN-LA.model.kind\": \"rw-drift\", "
        + "\"corridors.VN-KH.model.kind\": \"rw-drift\"";
    Map<String, Object> base = json(post("/api/run", "{" + rw + "}").body());
    Map<String, Object> moved =
        json(post("/api/run", "{" + rw + ", \"assumed_deadline\": 2028}").body());
    for (String id : List.of("VN-LA", "VN-KH")) {
      Object by2028 = null;
      for (Object o : (List<Object>) corridor(base, id).get("by_deadline")) {
        Map<String, Object> d = (Map<String, Object>) o;
        if (d.get("deadline").toString().equals("2028")) {
          by2028 = d.get("p_met_by");
        }
      }
      assertEquals(
          String.valueOf(by2028), corridor(moved, id).get("p_met_by_deadline").toString(), id);
      assertEquals("2028", corridor(moved, id).get("deadline").toString());
    }
    // KH-LA has a sourced deadline (2030), which the assumed one does not move
    assertEquals(
        corridor(base, "KH-LA").get("p_met_by_deadline").toString(),
        corridor(moved, "KH-LA").get("p_met_by_deadline").toString());
  }

  @Test
  void badOverrideGetsTheMessageValidateGives() throws Exception {
    HttpResponse<String> r =
        post("/api/run", "{\"levers.phnom-penh-bavet-expressway.probability\": 2}");
    assertEquals(400, r.statusCode());
    // validate on a file with the same value
    Path file = dir.resolve("bad.yaml");
    Files.copy(BASELINE, dir.resolve("clv-2030-baseline.yaml"));
    Files.writeString(
        file,
        "name: bad\nextends: clv-2030-baseline.yaml\nlevers:\n  phnom-penh-bavet-expressway: {probability: 2}\n");
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        Main.run(
            new String[] {"validate", file.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err)));
    // its first line is the value itself (the others repeat it for each sensitivity range)
    List<String> validate = err.toString()
        .lines()
        .map(l -> l.replaceFirst("^tradetarget validate: error: .*?:\\d+:\\d+: ", ""))
        .toList();
    assertEquals(
        "levers.phnom-penh-bavet-expressway.probability: '2' is not allowed; expected a number from 0 to 1",
        validate.get(0));
    // the value first, then the same problem for each range of the file's sensitivity section, as
    // validate says
    @SuppressWarnings("unchecked")
    List<Object> problems = (List<Object>) json(r.body()).get("problems");
    assertEquals(
        validate,
        problems.stream()
            .map(p -> p.toString().replaceFirst("^.*?:\\d+:\\d+: ", ""))
            .toList());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void unknownKeyAndMalformedBodyAre400() throws Exception {
    HttpResponse<String> typo = post("/api/run", "{\"simulation.persistance\": 0.5}");
    assertEquals(400, typo.statusCode());
    assertTrue(
        typo.body().contains("simulation.persistance: unknown key")
            && typo.body().contains("did you mean 'persistence'"),
        typo.body());
    HttpResponse<String> bad = post("/api/run", "{\"assumed_deadline\": 20");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("not valid JSON"), bad.body());
    assertEquals(400, post("/api/run", "[1, 2]").statusCode());
    assertEquals(
        400, post("/api/run", "{\"simulation.jumps\": {\"probability\": 0.1}}").statusCode());
  }

  @Test
  void refusesMorePathsThanTheServerRuns() throws Exception {
    HttpResponse<String> more = post("/api/run", "{\"simulation.paths\": " + (PATHS + 1) + "}");
    assertEquals(400, more.statusCode());
    assertTrue(more.body().contains("at most " + PATHS + " paths"), more.body());
    HttpResponse<String> fewer = post("/api/run", "{\"simulation.paths\": 1000}");
    assertEquals(200, fewer.statusCode(), fewer.body());
    assertTrue(fewer.body().contains("\"paths\": \"1000\""), fewer.body());
  }

  @Test
  void readsNoFileARequestNames() throws Exception {
    for (String key : List.of("corridors.VN-LA.data", "extends")) {
      HttpResponse<String> r = post("/api/run", "{\"" + key + "\": \"/etc/passwd\"}");
      assertEquals(400, r.statusCode(), key);
      assertFalse(r.body().contains("root:"), r.body());
    }
    for (String path : List.of(
        "/../../../../etc/passwd",
        "/app.js/../../pom.xml",
        "/%2e%2e/pom.xml",
        "/clv-2030-baseline.yaml")) {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertNotEquals(200, r.statusCode(), path);
    }
  }

  /** The JDK client will not send another Host, so this speaks HTTP over a plain socket. */
  private static String rawStatus(String host) throws IOException {
    try (Socket s =
        new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port())) {
      OutputStream o = s.getOutputStream();
      o.write(("GET /api/scenario HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return head.substring(9, 12);
    }
  }

  @Test
  void anotherHostIs403() throws IOException {
    int p = server.port();
    assertEquals("403", rawStatus("attacker.example:" + p));
    assertEquals("403", rawStatus("attacker.example"));
    assertEquals("403", rawStatus("127.0.0.1:" + (p == 65535 ? p - 1 : p + 1)));
    assertEquals("403", rawStatus("0.0.0.0:" + p));
    assertEquals("200", rawStatus("127.0.0.1:" + p));
    assertEquals("200", rawStatus("localhost:" + p));
  }

  @Test
  void anotherOriginIs403() throws Exception {
    for (String origin : List.of(
        "http://attacker.example",
        "null",
        "http://127.0.0.1:" + server.port() + ".attacker.example",
        "https://127.0.0.1:" + server.port())) {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(server.address().resolve("/api/run"))
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .header("Origin", origin)
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(403, r.statusCode(), origin);
    }
    HttpResponse<String> own = http.send(
        HttpRequest.newBuilder(server.address().resolve("/api/scenario"))
            .header("Origin", "http://localhost:" + server.port())
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, own.statusCode());
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    String big = "{\"description\": \"" + "x".repeat(ExplorerServer.MAX_BODY) + "\"}";
    assertEquals(413, post("/api/run", big).statusCode());
  }

  @Test
  void scenarioIsTheResolvedTreeWithTheServersPaths() throws Exception {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(server.address().resolve("/api/scenario")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    Map<String, Object> s = json(r.body());
    assertEquals("2030", s.get("assumed_deadline").toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> sim = (Map<String, Object>) s.get("simulation");
    assertEquals(String.valueOf(PATHS), sim.get("paths").toString());
    assertEquals("42", sim.get("seed").toString());
  }

  @Test
  void pageNeedsNothingFromTheNetwork() throws Exception {
    for (String p : List.of("/", "/app.js", "/app.css")) {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(server.address().resolve(p)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), p);
      assertFalse(
          r.body().contains("http://")
              || r.body().contains("https://")
              || r.body().contains("//cdn"),
          p);
    }
  }

  @Test
  void concurrentRequestsEachGetTheirOwnAnswer() throws Exception {
    List<String> bodies = List.of(
        "{\"assumed_deadline\": 2028}",
        "{\"assumed_deadline\": 2033}",
        "{\"levers.phnom-penh-bavet-expressway.enabled\": true}",
        "{\"simulation.jumps.probability\": 0.1," + " \"simulation.jumps.mean\": -0.25}");
    List<String> alone = new ArrayList<>();
    for (String b : bodies) {
      alone.add(numbers(post("/api/run", b).body()));
    }
    assertEquals(
        bodies.size(), Set.copyOf(alone).size(), "the overrides must give different answers");
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size() * 2);
    try {
      List<Future<Boolean>> f = new ArrayList<>();
      for (int rep = 0; rep < 2; rep++) {
        for (int i = 0; i < bodies.size(); i++) {
          int k = i;
          f.add(pool.submit(
              () -> numbers(post("/api/run", bodies.get(k)).body()).equals(alone.get(k))));
        }
      }
      for (Future<Boolean> x : f) {
        assertTrue(x.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
