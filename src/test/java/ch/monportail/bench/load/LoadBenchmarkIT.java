package ch.monportail.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.BillingBenchmarkServlet;
import ch.monportail.it.Deployments;
import ch.monportail.it.LoadBenchmarkServlet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark of issue 9 (not part of the test suite: {@code .ci/bench-load} runs it on a
 * throwaway PostgreSQL with {@code -Pbench-load -Dbench.load=true}). Generates a municipality
 * (3,000 children in 2,000 families with contracts, the school year's debits up to today), gives
 * the parents a password, then runs the phases of {@link ParentsSimulation} with Gatling and prints
 * throughput, p50/p95/p99 per request, errors and the heap per parent session against the targets.
 * A benchmark prints figures; it fails only when it could not run (generation, Gatling itself).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bench.load", matches = "true")
class LoadBenchmarkIT {

    private static final String PASSWORD = "Bench-Parent-Conthey-2026";
    private static final Path RESULTS = Path.of("target", "bench-load");

    @ArquillianResource private URL base;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> report = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(
                        BillingBenchmarkServlet.class,
                        LoadBenchmarkServlet.class,
                        LoadBenchmarkServlet.Sessions.class)
                .addAsWebResource(
                        new File("src/test/resources/bench/baseline.xhtml"), "it/baseline.xhtml");
    }

    @Test
    void parentsUnderLoad() throws Exception {
        int children = Integer.getInteger("bench.children", 3000);
        int families = Math.max(1, children * 2 / 3);
        String generated =
                get(
                        "it/bench/billing?children="
                                + children
                                + "&catchup=true&until="
                                + LocalDate.now());
        System.out.println("\n=== Load benchmark: municipality ===\n" + generated);
        assertThat(generated).contains("DONE").doesNotContain("ERROR");
        assertThat(get("it/bench/load?step=passwords&password=" + PASSWORD))
                .contains("passwords " + families);

        String root = base.toString().replaceAll("/$", "");
        System.setProperty("bench.base", root);
        System.setProperty("bench.password", PASSWORD);
        System.setProperty("bench.families", String.valueOf(families));
        int parents = Integer.getInteger("bench.parents", 50);
        int saturated = Integer.getInteger("bench.saturatedSeconds", 60);

        run("warmup");
        JsonNode baseline = run("baseline");
        JsonNode agenda = run("agenda");
        JsonNode journey = run("parents");
        long[] before = heap();
        run("hold");
        long[] held = heap();
        JsonNode logins = run("logins");

        line(
                "=== Load benchmark (%d children, %d families, %d parents) ===",
                children, families, parents);
        double baselineRate = count(baseline, "baseline page") / (double) saturated;
        double agendaRate = count(agenda, "agenda") / (double) saturated;
        line(
                "baseline page, %d users without pause: %.1f pages/s, p95 %d ms",
                parents, baselineRate, percentile(baseline, "baseline page", 3));
        line(
                "agenda, %d logged-in parents without pause: %.1f pages/s, p95 %d ms",
                parents, agendaRate, percentile(agenda, "agenda", 3));
        line(
                "agenda throughput / baseline: %.0f %% (target >= 30 %%)",
                100 * agendaRate / baselineRate);
        line("");
        line(
                "journey, %d parents, 0.5-1.5 s between clicks, %d s:",
                parents, Integer.getInteger("bench.seconds", 120));
        line(
                "%-26s %7s %5s %7s %7s %7s %7s",
                "request", "count", "ko", "req/s", "p50", "p95", "p99");
        for (JsonNode request : requests(journey)) {
            JsonNode stats = request.get("stats");
            line(
                    "%-26s %7d %5d %7.1f %7d %7d %7d",
                    stats.get("name").asText(),
                    stats.at("/numberOfRequests/total").asInt(),
                    stats.at("/numberOfRequests/ko").asInt(),
                    stats.at("/meanNumberOfRequestsPerSecond/total").asDouble(),
                    stats.at("/percentiles1/total").asInt(),
                    stats.at("/percentiles3/total").asInt(),
                    stats.at("/percentiles4/total").asInt());
        }
        int journeyErrors = journey.at("/stats/numberOfRequests/ko").asInt();
        line(
                "errors: %d of %d requests; agenda p95 %d ms (target <= 150 ms, no errors)",
                journeyErrors,
                journey.at("/stats/numberOfRequests/total").asInt(),
                percentile(journey, "agenda", 3));
        line("");
        long sessions = held[1] - before[1];
        line(
                "heap: %d MB with %d sessions, %d MB with %d sessions: %.0f KB per parent session (target <= 100 KB)",
                before[0] >> 20,
                before[1],
                held[0] >> 20,
                held[1],
                sessions <= 0 ? Double.NaN : (held[0] - before[0]) / 1024.0 / sessions);
        int loginTarget = Integer.getInteger("bench.loginsPerSecond", 20);
        int loginsOk = count(logins, "login");
        // the logins answered per second over the whole phase (until the last one answered): below
        // the rate offered, the server did not keep up and the waiting grew
        line(
                "logins: %d/s offered for 60 s: %d ok, %d ko, %.1f logins/s answered, p50 %d ms, p95 %d ms, p99 %d ms (target >= 20/s sustained)",
                loginTarget,
                loginsOk,
                logins.at("/stats/numberOfRequests/ko").asInt(),
                request(logins, "login").at("/stats/meanNumberOfRequestsPerSecond/ok").asDouble(),
                percentile(logins, "login", 1),
                percentile(logins, "login", 3),
                percentile(logins, "login", 4));
        line("DONE");
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Files.writeString(RESULTS.resolve("summary.txt"), text + "\n");
    }

    private void line(String format, Object... arguments) {
        report.add(String.format(Locale.ROOT, format, arguments));
    }

    /** Runs one phase with Gatling in this JVM; its statistics (Gatling's stats.json). */
    private static JsonNode run(String phase) throws IOException {
        Path folder = RESULTS.resolve(phase);
        System.setProperty("bench.phase", phase);
        int status =
                io.gatling.app.Gatling$.MODULE$.fromArgs(
                        new String[] {
                            "--simulation", ParentsSimulation.class.getName(),
                            "--results-folder", folder.toString(),
                            "--run-description", phase
                        });
        assertThat(status).as("Gatling's exit status of " + phase).isZero();
        // Gatling 3.13 writes its statistics as a script for its report: js/stats.js, "var stats
        // = {…}" with unquoted names; the object is read, the functions after it are not
        try (Stream<Path> files = Files.walk(folder)) {
            Path stats =
                    files.filter(f -> f.getFileName().toString().equals("stats.js"))
                            .max(
                                    (a, b) ->
                                            Long.compare(
                                                    a.toFile().lastModified(),
                                                    b.toFile().lastModified()))
                            .orElseThrow(
                                    () -> new IllegalStateException("no stats.js under " + folder));
            String script = Files.readString(stats);
            ObjectMapper mapper =
                    new ObjectMapper()
                            .enable(
                                    com.fasterxml.jackson.core.json.JsonReadFeature
                                            .ALLOW_UNQUOTED_FIELD_NAMES
                                            .mappedFeature());
            return mapper.readTree(script.substring(script.indexOf('{')));
        }
    }

    private static List<JsonNode> requests(JsonNode stats) {
        List<JsonNode> requests = new ArrayList<>();
        stats.get("contents").forEach(requests::add);
        return requests;
    }

    private static JsonNode request(JsonNode stats, String name) {
        return requests(stats).stream()
                .filter(r -> r.at("/stats/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no request " + name));
    }

    private static int count(JsonNode stats, String name) {
        return request(stats, name).at("/stats/numberOfRequests/ok").asInt();
    }

    /** Gatling's percentiles: 1 = p50, 2 = p75, 3 = p95, 4 = p99. */
    private static int percentile(JsonNode stats, String name, int which) {
        return request(stats, name).at("/stats/percentiles" + which + "/total").asInt();
    }

    /** The heap in use after full collections and the open sessions. */
    private long[] heap() throws Exception {
        String[] answer = get("it/bench/load?step=heap").trim().split(" ");
        assertThat(answer[0]).isEqualTo("heap");
        return new long[] {Long.parseLong(answer[1]), Long.parseLong(answer[3])};
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response =
                client.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofMinutes(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(
                    new IOException(path + ": HTTP " + response.statusCode()));
        }
        return response.body();
    }
}
