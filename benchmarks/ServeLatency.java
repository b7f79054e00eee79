import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The load client of serve-latency.sh: WARMUP then N sequential POST /api/run requests with one
 * body to a running 'tradetarget serve' on loopback, and the p50/p95/p99 of their wall times.
 * Started by the script as a single-file program: java benchmarks/ServeLatency.java URL N WARMUP BODY.
 */
public final class ServeLatency {
  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]).resolve("/api/run");
    if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
      throw new IllegalArgumentException("loopback only, got " + url);
    }
    int n = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    String body = args.length > 3 ? args[3] : "{}";
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long bytes = 0;
    for (int i = 0; i < warmup; i++) {
      send(http, req);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      bytes = send(http, req);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    double mean = Arrays.stream(ms).average().orElse(Double.NaN);
    System.out.printf(Locale.ROOT, "POST /api/run %s: %d requests after %d warm-up, %d bytes each%n", body, n, warmup, bytes);
    System.out.printf(Locale.ROOT, "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  min %.1f ms  max %.1f ms  mean %.1f ms%n",
        rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99), ms[0], ms[n - 1], mean);
  }

  /** The nearest-rank percentile of sorted values. */
  private static double rank(double[] sorted, double p) {
    int k = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, k) - 1)];
  }

  private static long send(HttpClient http, HttpRequest req) throws Exception {
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode() + ": " + new String(r.body()));
    }
    return r.body().length;
  }
}
