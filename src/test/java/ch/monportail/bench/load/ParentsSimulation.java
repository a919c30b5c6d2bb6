package ch.monportail.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The parents of the load benchmark, as a browser talks to the portal: the login form (with its
 * Faces view state), the agenda and its month change (the calendar's ajax request for the next
 * month's events), the transactions, the contract page and its PDF, the logout. One phase per run
 * ({@code bench.phase}), driven by {@link LoadBenchmarkIT}:
 *
 * <ul>
 *   <li>{@code warmup}: a few parents through the journey (not reported);
 *   <li>{@code baseline}: {@code bench.parents} users requesting the baseline page without pause;
 *   <li>{@code agenda}: as many logged-in parents requesting their agenda without pause;
 *   <li>{@code parents}: {@code bench.parents} parents through the whole journey, 0.5–1.5 s between
 *       clicks, for {@code bench.seconds};
 *   <li>{@code hold}: {@code bench.heldSessions} parents log in, open agenda, next month and
 *       transactions and stay logged in (the heap per session is measured after);
 *   <li>{@code logins}: {@code bench.loginsPerSecond} new logins per second for 60 s.
 * </ul>
 */
public class ParentsSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.base", "http://localhost:18080");
    static final String PASSWORD = System.getProperty("bench.password", "");
    static final int PARENTS = Integer.getInteger("bench.parents", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    static final int SATURATED_SECONDS = Integer.getInteger("bench.saturatedSeconds", 60);
    static final int HELD = Integer.getInteger("bench.heldSessions", 200);
    static final int LOGINS_PER_SECOND = Integer.getInteger("bench.loginsPerSecond", 20);
    static final int FAMILIES = Integer.getInteger("bench.families", 2000);

    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

    /** Each virtual parent is another family (in turn, from a phase-dependent start). */
    private static Iterator<Map<String, Object>> families(int start) {
        AtomicInteger next = new AtomicInteger(start);
        return Stream.generate(
                        () -> {
                            int n = Math.floorMod(next.getAndIncrement(), FAMILIES) + 1;
                            return Map.<String, Object>of("email", "bench" + n + "@bench.example");
                        })
                .iterator();
    }

    /** The calendar's request for the month after this one (its six-week grid, Monday first). */
    private static String[] nextMonthGrid() {
        LocalDate first = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new String[] {start + "T00:00:00.000Z", start.plusDays(42) + "T00:00:00.000Z"};
    }

    static ChainBuilder login() {
        return exec(http("login page")
                        .get("/login.xhtml")
                        .check(css(VIEW_STATE, "value").saveAs("viewState")))
                .exec(
                        http("login")
                                .post("/login.xhtml")
                                .formParam("login", "login")
                                .formParam("login:email", "#{email}")
                                .formParam("login:password", PASSWORD)
                                .formParam("login:submit", "")
                                .formParam("jakarta.faces.ViewState", "#{viewState}")
                                .disableFollowRedirect()
                                .check(
                                        status().is(302),
                                        header("Location")
                                                .transform(l -> l.contains("/parent/agenda.xhtml"))
                                                .is(true)));
    }

    static ChainBuilder agenda() {
        return exec(
                http("agenda")
                        .get("/parent/agenda.xhtml")
                        .check(
                                status().is(200),
                                css("#currentUser").exists(),
                                css("form#agendaForm " + VIEW_STATE, "value").saveAs("viewState"),
                                // PrimeFaces' CSP mode: the page's nonce goes with its ajax
                                // requests
                                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")));
    }

    static ChainBuilder nextMonth() {
        String[] grid = nextMonthGrid();
        return exec(
                http("agenda next month")
                        .post("/parent/agenda.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "agendaForm:agenda")
                        .formParam("jakarta.faces.partial.execute", "agendaForm:agenda")
                        .formParam("jakarta.faces.partial.render", "agendaForm:agenda")
                        .formParam("primefaces.ignoreautoupdate", "true")
                        .formParam("agendaForm:agenda", "agendaForm:agenda")
                        .formParam("agendaForm:agenda_event", "true")
                        .formParam("agendaForm:agenda_start", grid[0])
                        .formParam("agendaForm:agenda_end", grid[1])
                        .formParam("agendaForm:agenda_view", "dayGridMonth")
                        .formParam("agendaForm", "agendaForm")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("\"events\"")));
    }

    static ChainBuilder transactions() {
        return exec(
                http("transactions")
                        .get("/parent/transactions.xhtml")
                        .check(status().is(200), css("#currentUser").exists()));
    }

    /** The contracts, the first one's page (as its « Voir » button opens it), its PDF. */
    static ChainBuilder contractAndPdf() {
        return exec(http("contracts")
                        .get("/parent/contracts.xhtml")
                        .check(
                                status().is(200),
                                regex("contracts\\.xhtml\\?id=(\\d+)").saveAs("contractId")))
                .exec(
                        http("contract page")
                                .get("/parent/contracts.xhtml?id=#{contractId}")
                                .check(
                                        status().is(200),
                                        substring("contract.pdf?id=#{contractId}"),
                                        css("form#logoutForm " + VIEW_STATE, "value")
                                                .saveAs("viewState")))
                .exec(
                        http("contract PDF")
                                .get("/account/contract.pdf?id=#{contractId}")
                                .check(
                                        status().is(200),
                                        header("Content-Type").is("application/pdf")));
    }

    /** The logout button of the page last shown (its form in the portal's frame). */
    static ChainBuilder logout(String page) {
        return exec(http("logout")
                        .post(page)
                        .formParam("logoutForm", "logoutForm")
                        .formParam("logoutForm:logout", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(status().is(302)))
                .exec(io.gatling.javaapi.http.HttpDsl.flushCookieJar());
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    static ChainBuilder journey(boolean thinking) {
        ChainBuilder think = thinking ? think() : exec(session -> session);
        return login().exec(think)
                .exec(agenda())
                .exec(think)
                .exec(nextMonth())
                .exec(think)
                .exec(transactions())
                .exec(think)
                .exec(contractAndPdf())
                .exec(think)
                .exec(logout("/parent/contracts.xhtml?id=#{contractId}"));
    }

    private PopulationBuilder phase() {
        Duration saturated = Duration.ofSeconds(SATURATED_SECONDS);
        // read for each run: the class stays loaded from one phase to the next
        String phase = System.getProperty("bench.phase", "parents");
        return switch (phase) {
            case "warmup" ->
                    scenario("warm-up")
                            .feed(families(1500))
                            .exec(during(Duration.ofSeconds(30)).on(journey(false)))
                            .injectOpen(atOnceUsers(8));
            case "baseline" ->
                    scenario("baseline")
                            .exec(
                                    during(saturated)
                                            .on(
                                                    http("baseline page")
                                                            .get("/it/baseline.xhtml")
                                                            .check(
                                                                    status().is(200),
                                                                    css("#baseline").exists())))
                            .injectOpen(atOnceUsers(PARENTS));
            case "agenda" ->
                    scenario("agenda")
                            .feed(families(1000))
                            .exec(login())
                            .exec(during(saturated).on(agenda()))
                            .exec(logout("/parent/agenda.xhtml"))
                            .injectOpen(atOnceUsers(PARENTS));
            case "parents" ->
                    scenario("parents")
                            .feed(families(0))
                            .exec(during(Duration.ofSeconds(SECONDS)).on(journey(true)))
                            .injectOpen(atOnceUsers(PARENTS));
            case "hold" ->
                    scenario("held sessions")
                            .feed(families(500))
                            .exec(login(), agenda(), nextMonth(), transactions())
                            .injectOpen(constantUsersPerSec(20).during(Math.max(1, HELD / 20)));
            case "logins" ->
                    scenario("logins")
                            .feed(families(250))
                            .exec(login())
                            .injectOpen(constantUsersPerSec(LOGINS_PER_SECOND).during(60));
            default -> throw new IllegalArgumentException("bench.phase " + phase);
        };
    }

    {
        HttpProtocolBuilder protocol =
                http.baseUrl(BASE)
                        .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
                        .acceptLanguageHeader("fr-CH,fr;q=0.9")
                        .acceptEncodingHeader("gzip, deflate")
                        .userAgentHeader("MonPortail load benchmark (Gatling)");
        setUp(phase()).protocols(protocol);
    }
}
