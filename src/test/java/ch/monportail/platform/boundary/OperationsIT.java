package ch.monportail.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ch.monportail.it.Deployments;
import ch.monportail.it.LogLineServlet;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations rely on (issue 9, item 4), against the real server: MicroProfile Health
 * (readiness names the database, the schema and the nightly timer; liveness), the standard metrics,
 * and the request id — in the response, and on the server log's line of that request, which is
 * JSON.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @ArquillianResource private URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.warWithTests(LogLineServlet.class);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String compact(String json) {
        return json.replaceAll("\\s", "");
    }

    @Test
    void readinessNamesTheDatabaseTheSchemaAndTheNightlyTimer() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        System.out.println("/health/ready: " + ready.body());
        assertThat(ready.statusCode()).isEqualTo(200);
        String body = compact(ready.body());
        assertThat(body)
                .startsWith("{\"status\":\"UP\"")
                .contains(
                        "{\"name\":\"database\",\"status\":\"UP\"",
                        "{\"name\":\"schema\",\"status\":\"UP\"",
                        "{\"name\":\"timers\",\"status\":\"UP\"",
                        "{\"name\":\"started\",\"status\":\"UP\"");
        assertThat(body.toLowerCase())
                .as("nothing that helps an attacker")
                .doesNotContain("version", "payara", "jdbc", "postgres", "h2");
    }

    @Test
    void livenessAndTheStandardMetrics() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(compact(live.body())).contains("{\"name\":\"application\",\"status\":\"UP\"");
        HttpResponse<String> all = get("/health");
        assertThat(compact(all.body())).contains("\"database\"", "\"application\"");

        HttpResponse<String> metrics = get("/metrics", "Accept", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .as("the standard JVM metrics, Prometheus format")
                .contains("memory_usedHeap", "thread_count", "cpu_availableProcessors");
    }

    @Test
    void everyResponseCarriesARequestIdThatTheServerLogLineOfThatRequestCarries() throws Exception {
        HttpResponse<String> fresh = get("/login.xhtml");
        assertThat(fresh.headers().firstValue("X-Request-Id"))
                .get()
                .asString()
                .matches("[0-9a-f]{16}");
        HttpResponse<String> other = get("/login.xhtml");
        assertThat(other.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(fresh.headers().firstValue("X-Request-Id"));

        String fromProxy = "lb-" + UUID.randomUUID();
        assertThat(
                        get("/login.xhtml", "X-Request-Id", fromProxy)
                                .headers()
                                .firstValue("X-Request-Id"))
                .contains(fromProxy);
        assertThat(
                        get("/login.xhtml", "X-Request-Id", "forged id\" \"x")
                                .headers()
                                .firstValue("X-Request-Id"))
                .get()
                .asString()
                .matches("[0-9a-f]{16}");

        String marker = "marker-" + UUID.randomUUID();
        HttpResponse<String> logged = get("/it/log?marker=" + marker);
        assertThat(logged.statusCode()).isEqualTo(200);
        String id = logged.headers().firstValue("X-Request-Id").orElseThrow();
        String line = awaitLogLine(marker);
        System.out.println("server.log line: " + line);
        assertThat(line).as("one JSON object per record").startsWith("{").endsWith("}");
        assertThat(line)
                .contains("req=" + id, "\"Level\":\"INFO\"", LogLineServlet.class.getName());
    }

    /**
     * An unexpected failure shows the portal's error page with the request's id as the reference to
     * give the service — and neither the exception nor its SQL — and the log has the whole story
     * under that id.
     */
    @Test
    void theErrorPageGivesTheRequestIdAsReference() throws Exception {
        String marker = "failure-" + UUID.randomUUID();
        HttpResponse<String> failed = get("/it/log?fail=true&marker=" + marker);
        String id = failed.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body())
                .contains("id=\"errorText\"", "Référence à indiquer au service : " + id)
                .doesNotContain("SELECT", "IllegalStateException", "secret", marker);
        String line = awaitLogLine(marker);
        assertThat(line).contains("req=" + id);
    }

    private static String awaitLogLine(String marker) throws Exception {
        Path log =
                Path.of(
                        System.getProperty("it.domaindir"),
                        System.getProperty("it.domain"),
                        "logs",
                        "server.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(log)) {
                List<String> lines = readLines(log);
                for (String line : lines) {
                    if (line.contains(marker)) {
                        return line.strip();
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no line with " + marker + " in " + log);
    }

    private static List<String> readLines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }
}
