package ch.monportail.it;

import ch.monportail.billing.boundary.DebitWorker;
import ch.monportail.billing.entity.DebitRun;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * Test-only, the billing benchmark (PostgreSQL): generates a municipality of N children (default
 * 3,000) in N × 2/3 families by cloning the demo contracts — each child with an active contract of
 * the 2026/27 school year, the demo's weekly patterns and frozen prices — with set-based SQL, then
 * times (a) the daily run of one school day and (b) the catch-up of the whole school year (or up to
 * {@code until}, ISO date), and prints the debits per second and the run reports.
 */
@WebServlet("/it/bench/billing")
public class BillingBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final long BASE = 50_000_000L;

    @Inject private transient DebitWorker worker;

    @PersistenceContext private transient EntityManager em;

    @Resource private transient jakarta.transaction.UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        PrintWriter out = response.getWriter();
        int children =
                Integer.parseInt(
                        request.getParameter("children") == null
                                ? "3000"
                                : request.getParameter("children"));
        try {
            long t0 = System.nanoTime();
            generate(children);
            out.printf(
                    "generated %d children in %.1f s%n", children, (System.nanoTime() - t0) / 1e9);
            // warm-up: one day outside the measured ranges
            run(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 17), out, "warm-up 17.08.2026");
            run(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15), out, "daily run 15.09.2026");
            phases(LocalDate.of(2026, 9, 16), out);
            if ("false".equals(request.getParameter("catchup"))) {
                out.println("DONE");
                return;
            }
            LocalDate until =
                    request.getParameter("until") == null
                            ? LocalDate.of(2027, 7, 31)
                            : LocalDate.parse(request.getParameter("until"));
            run(LocalDate.of(2026, 8, 18), until, out, "catch-up 18.08.2026–" + until);
            out.println("DONE");
        } catch (Exception e) {
            out.println("ERROR " + e);
            e.printStackTrace(out);
        }
    }

    private void run(LocalDate from, LocalDate to, PrintWriter out, String label) {
        long start = System.nanoTime();
        long id = worker.open(DebitRun.How.MANUAL, from, to, null);
        worker.execute(id);
        double seconds = (System.nanoTime() - start) / 1e9;
        DebitRun run = em.find(DebitRun.class, id);
        out.printf(
                "%s: %s, %d days, %d debits, CHF %s, %.1f s, %.0f debits/s%n",
                label,
                run.getStatus(),
                run.getDaysDone(),
                run.getDebits(),
                run.getAmount().toPlainString(),
                seconds,
                run.getDebits() / seconds);
        out.flush();
    }

    /** The daily run of one day split in its two phases: reading what is due, booking it. */
    private void phases(LocalDate day, PrintWriter out) {
        long id = worker.open(DebitRun.How.MANUAL, day, day, null);
        java.time.Instant readAt = java.time.Instant.now().minusSeconds(1);
        long t0 = System.nanoTime();
        var due = worker.due(day, day).getOrDefault(day, java.util.List.of());
        long t1 = System.nanoTime();
        int booked = worker.settleDay(id, day, due, readAt);
        long t2 = System.nanoTime();
        worker.close(id, null);
        out.printf(
                "daily run %s in phases: %d debits, read %.2f s, booked %.2f s%n",
                day, booked, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        out.flush();
    }

    /** Clones the demo's active contracts onto N new children (PostgreSQL, set-based). */
    private void generate(int children) throws Exception {
        int families = Math.max(1, children * 2 / 3);
        transaction.begin();
        em.createNativeQuery(
                        "insert into account (id, email, first_name, last_name, role, language,"
                                + " enabled, failed_logins, created_at, version, security_stamp)"
                                + " select ?1 + g, 'bench' || g || '@bench.example', 'Parent' || g,"
                                + " 'Bench', 'PARENT', 'fr', true, 0, now(), 0, 0"
                                + " from generate_series(1, ?2) g")
                .setParameter(1, BASE)
                .setParameter(2, families)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into family (id, created_at, version)"
                                + " select ?1 + g, now(), 0 from generate_series(1, ?2) g")
                .setParameter(1, BASE)
                .setParameter(2, families)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into household (id, family_id, declared_income, children_count,"
                                + " tariff_review_pending, version)"
                                + " select ?1 + g, ?1 + g, 85000, 2, false, 0"
                                + " from generate_series(1, ?2) g")
                .setParameter(1, BASE)
                .setParameter(2, families)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into legal_representative (id, family_id, household_id,"
                                + " account_id, street, postcode, city, version)"
                                + " select ?1 + g, ?1 + g, ?1 + g, ?1 + g, 'Rue du Banc ' || g,"
                                + " '1964', 'Conthey', 0 from generate_series(1, ?2) g")
                .setParameter(1, BASE)
                .setParameter(2, families)
                .executeUpdate();
        em.createNativeQuery(
                        "update family set account_holder_id = id where id > ?1 and id <= ?1 + ?2")
                .setParameter(1, BASE)
                .setParameter(2, families)
                .executeUpdate();
        // child g in family 1 + (g - 1) % families: about one family in two has siblings
        em.createNativeQuery(
                        "insert into child (id, family_id, first_name, last_name, birth_date,"
                                + " health_review_pending, version)"
                                + " select ?1 + g, ?1 + 1 + (g - 1) % ?3, 'Enfant' || g, 'Bench',"
                                + " date '2018-01-01' + (g % 1500), false, 0"
                                + " from generate_series(1, ?2) g")
                .setParameter(1, BASE)
                .setParameter(2, children)
                .setParameter(3, families)
                .executeUpdate();
        // the templates: the demo's active contracts of 2026/27, numbered
        em.createNativeQuery(
                        "create temporary table bench_template on commit drop as"
                                + " select row_number() over (order by c.id) - 1 as n, c.id as contract_id,"
                                + " c.structure_id, c.school_year_id, c.starts_on, c.ends_on,"
                                + " t.id as terms_id, t.percent, t.sibling_rank, t.income_basis"
                                + " from contract c join contract_terms t on t.contract_id = c.id"
                                + " where c.status = 'ACTIVE' and c.id < ?1"
                                + " and t.effective_from = c.starts_on")
                .setParameter(1, BASE)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into contract (id, child_id, structure_id, school_year_id, status,"
                                + " starts_on, ends_on, created_at, activated_at, version)"
                                + " select ?1 + g, ?1 + g, t.structure_id, t.school_year_id, 'ACTIVE',"
                                + " t.starts_on, t.ends_on, now(), now(), 0"
                                + " from generate_series(1, ?2) g join bench_template t"
                                + " on t.n = g % (select count(*) from bench_template)")
                .setParameter(1, BASE)
                .setParameter(2, children)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into contract_terms (id, contract_id, effective_from, holder_id,"
                                + " percent, sibling_rank, income_basis, created_at)"
                                + " select ?1 + g, ?1 + g, t.starts_on, ?1 + 1 + (g - 1) % ?3,"
                                + " t.percent, t.sibling_rank, t.income_basis, now()"
                                + " from generate_series(1, ?2) g join bench_template t"
                                + " on t.n = g % (select count(*) from bench_template)")
                .setParameter(1, BASE)
                .setParameter(2, children)
                .setParameter(3, families)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into contract_unit (terms_id, weekday, care_unit_id, care_price,"
                                + " meal_price)"
                                + " select ?1 + g, u.weekday, u.care_unit_id, u.care_price, u.meal_price"
                                + " from generate_series(1, ?2) g join bench_template t"
                                + " on t.n = g % (select count(*) from bench_template)"
                                + " join contract_unit u on u.terms_id = t.terms_id")
                .setParameter(1, BASE)
                .setParameter(2, children)
                .executeUpdate();
        transaction.commit();
    }
}
