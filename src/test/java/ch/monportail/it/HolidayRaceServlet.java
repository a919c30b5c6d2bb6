package ch.monportail.it;

import ch.monportail.agenda.boundary.HolidayCare;
import ch.monportail.agenda.entity.HolidayDay;
import ch.monportail.agenda.entity.HolidayProgramme;
import ch.monportail.agenda.entity.HolidayRegistration;
import ch.monportail.agenda.entity.HolidayRegistrationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Test-only, for the logged-in ADMIN: publishes a holiday programme whose days have two places,
 * then registers the four UAPE demo children for its first day at the same moment, from four
 * threads (each its own transaction), and prints how many got a place and how many wait: {@code
 * registered=2 waiting=2} when the capacity holds.
 */
@WebServlet("/it/holiday-race")
public class HolidayRaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient HolidayCare holidayCare;

    @PersistenceContext private transient EntityManager em;

    @Resource private transient ManagedExecutorService executor;

    @Resource private transient jakarta.transaction.UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            race(response);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Reads and writes in transactions of their own (the servlet's persistence context). */
    private void race(HttpServletResponse response) throws Exception {
        transaction.begin();
        long unitId =
                em.createQuery(
                                "select u.id from CareUnit u where u.name = 'Journée vacances'",
                                Long.class)
                        .getSingleResult();
        LocalDate today = LocalDate.now();
        HolidayProgramme programme =
                holidayCare.publish(
                        new HolidayCare.NewProgramme(
                                unitId,
                                "Course aux places " + System.nanoTime(),
                                null,
                                today,
                                LocalDate.of(2027, 3, 1),
                                LocalDate.of(2027, 4, 5),
                                LocalDate.of(2027, 4, 9),
                                2));
        long dayId =
                em.createQuery(
                                "select d.id from HolidayDay d where d.programme.id = :p"
                                        + " order by d.day",
                                Long.class)
                        .setParameter("p", programme.getId())
                        .setMaxResults(1)
                        .getSingleResult();
        List<Long> children =
                em.createQuery(
                                "select c.id from Child c where c.firstName in"
                                        + " ('Léa', 'Noé', 'Sofia', 'Emma') order by c.id",
                                Long.class)
                        .getResultList();
        transaction.commit();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Long childId : children) {
            results.add(
                    executor.submit(
                            () -> {
                                start.await();
                                return holidayCare.register(childId, dayId).name();
                            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                outcomes.add(f.get());
            } catch (Exception e) {
                outcomes.add("ERROR " + e.getCause());
            }
        }
        transaction.begin();
        Map<HolidayRegistrationStatus, Long> stored =
                em
                        .createQuery(
                                "select r from HolidayRegistration r where r.day.id = :d",
                                HolidayRegistration.class)
                        .setParameter("d", dayId)
                        .getResultList()
                        .stream()
                        .collect(
                                Collectors.groupingBy(
                                        HolidayRegistration::getStatus, Collectors.counting()));
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter()
                .println(
                        "registered="
                                + stored.getOrDefault(HolidayRegistrationStatus.REGISTERED, 0L)
                                + " waiting="
                                + stored.getOrDefault(HolidayRegistrationStatus.WAITING, 0L)
                                + " children="
                                + children.size()
                                + " outcomes="
                                + outcomes
                                + " capacity="
                                + em.find(HolidayDay.class, dayId).getCapacity());
        transaction.commit();
    }
}
