package ch.monportail.it;

import ch.monportail.agenda.boundary.Agenda;
import ch.monportail.agenda.boundary.AgendaEntry;
import ch.monportail.agenda.entity.Absence;
import ch.monportail.agenda.entity.AbsenceBilling;
import ch.monportail.agenda.entity.AbsenceReason;
import ch.monportail.agenda.entity.InformationItem;
import ch.monportail.contract.entity.Contract;
import ch.monportail.contract.entity.ContractUnit;
import ch.monportail.family.entity.Child;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Test-only: counts the SQL statements and measures the server time of {@link Agenda#entries} for
 * the logged-in parent ({@code ?childId=&from=&to=}), printing {@code statements=N entries=M
 * micros=T}; {@code ?fill=childId&from=&to=} first writes a large history for that child in the
 * range (an absence on every planned unit, five information items a day), so a test can show the
 * count does not grow with the entries.
 */
@WebServlet("/it/agenda-statements")
public class AgendaStatementsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    private static final SessionEventAdapter LISTENER =
            new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    AtomicInteger counter = COUNTER.get();
                    if (counter != null) {
                        counter.incrementAndGet();
                        STATEMENTS.get().add(String.valueOf(event.getCall()));
                    }
                }
            };

    @PersistenceContext private transient EntityManager em;

    @Inject private transient Agenda agenda;

    @Resource private transient UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        PrintWriter out = response.getWriter();
        LocalDate from = LocalDate.parse(request.getParameter("from"));
        LocalDate to = LocalDate.parse(request.getParameter("to"));
        if (request.getParameter("fill") != null) {
            out.println("filled=" + fill(Long.parseLong(request.getParameter("fill")), from, to));
            return;
        }
        long childId = Long.parseLong(request.getParameter("childId"));
        var listeners = em.getEntityManagerFactory().unwrap(Server.class).getEventManager();
        synchronized (AgendaStatementsServlet.class) {
            if (!listeners.getListeners().contains(LISTENER)) {
                listeners.addListener(LISTENER);
            }
        }
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        List<String> sql = new java.util.ArrayList<>();
        STATEMENTS.set(sql);
        long start = System.nanoTime();
        List<AgendaEntry> entries;
        try {
            entries = agenda.entries(childId, from, to);
        } finally {
            COUNTER.remove();
            STATEMENTS.remove();
        }
        long micros = (System.nanoTime() - start) / 1000;
        out.println(
                "statements=" + counter.get() + " entries=" + entries.size() + " micros=" + micros);
        if (request.getParameter("sql") != null) {
            sql.forEach(out::println);
        }
    }

    private int fill(long childId, LocalDate from, LocalDate to) {
        try {
            transaction.begin();
            Child child = em.find(Child.class, childId);
            List<Contract> contracts =
                    em.createQuery("select c from Contract c where c.child = :c", Contract.class)
                            .setParameter("c", child)
                            .getResultList();
            int written = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                for (Contract c : contracts) {
                    if (!c.covers(d) || c.termsOn(d) == null) {
                        continue;
                    }
                    for (ContractUnit u : c.termsOn(d).unitsOn(d.getDayOfWeek())) {
                        em.persist(
                                new Absence(
                                        child,
                                        c,
                                        u.getCareUnit(),
                                        d,
                                        AbsenceReason.OTHER,
                                        "generated",
                                        Instant.now(),
                                        null,
                                        AbsenceBilling.LATE,
                                        new BigDecimal("10.00")));
                        written++;
                    }
                    for (int i = 0; i < 5; i++) {
                        em.persist(
                                new InformationItem(
                                        c.getStructure(),
                                        null,
                                        i % 2 == 0 ? child : null,
                                        d,
                                        d,
                                        "Information " + i,
                                        "generated",
                                        null,
                                        Instant.now()));
                        written++;
                    }
                }
            }
            transaction.commit();
            return written;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
