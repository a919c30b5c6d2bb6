package ch.monportail.it;

import ch.monportail.family.entity.Child;
import ch.monportail.platform.control.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test-only servlet (deployed by the ITs, never in the product): replays every public method of
 * every boundary service that takes an id, with ids of families other than the caller's, as the
 * logged-in caller, and prints one line per call: {@code Class.method(param=kind:id) -> OUTCOME}.
 * OUTCOME is NOT_FOUND (the data-level check), DENIED (the role check), LEAK (the call went
 * through) or ERROR. The id parameters are found by name (compiled with {@code -parameters}); an id
 * parameter of an unknown name is reported as UNMAPPED so that the matrix must grow with the code.
 */
@WebServlet("/it/idor-matrix")
public class IdorMatrixServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SAMPLES = 2;
    private static final long UNKNOWN_ID = 987_654_321L;

    /**
     * Methods whose id parameter is not a lookup: {@code AuditLog.record} writes the id of the
     * acting account into a new line and gives nothing out (it is open to all callers because a
     * failed login is recorded before anybody is authenticated). {@code Calendars.closures} and
     * {@code Calendars.tariff} give public information (the commune publishes its structures'
     * closure days and tariffs).
     */
    private static final Set<String> EXCLUDED =
            Set.of(
                    "AuditLog.record",
                    "Calendars.closures",
                    "Calendars.tariff",
                    // the debit run's worker: no page reaches it; its callers are the ADMIN's
                    // DebitRuns, the nightly timer and the billing's change listener
                    "DebitWorker.execute",
                    "DebitWorker.executeInBackground",
                    "DebitWorker.resettle",
                    "DebitWorker.dueOfChild",
                    "DebitWorker.settleDay",
                    "DebitWorker.settleChild",
                    "DebitWorker.close",
                    // its queue of days to settle again, same callers
                    "SettleAgainQueue.request",
                    "SettleAgainQueue.drainChild",
                    "SettleAgainQueue.settle",
                    "SettleAgainQueue.delete",
                    "SettleAgainQueue.failed",
                    // the agenda's observer of an accepted certificate (the documents fire it after
                    // their own check of the caller)
                    "Absences.certificateAccepted");

    /** A child in care of the caller (an educator): not foreign to them. */
    private static final String IN_CARE =
            " (select k from Contract k join k.structure t join t.educators e"
                    + " where k.child = CHILD and e.id = ";

    @PersistenceContext private transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        PrintWriter out = response.getWriter();
        long callerAccount = Long.parseLong(request.getUserPrincipal().getName());
        Long ownFamily =
                em
                        .createQuery(
                                "select r.family.id from LegalRepresentative r"
                                        + " where r.account.id = :a and r.removedAt is null",
                                Long.class)
                        .setParameter("a", callerAccount)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(-1L);
        Map<String, List<Long>> foreign = foreignIds(ownFamily, callerAccount);
        // an id that exists nowhere must answer exactly like a foreign one
        foreign.replaceAll(
                (kind, ids) -> {
                    List<Long> all = new ArrayList<>(ids);
                    all.add(UNKNOWN_ID);
                    return all;
                });
        if ("ids".equals(request.getParameter("mode"))) {
            for (Child c :
                    em.createQuery(
                                    "select c from Child c where c.family.id <> :f order by c.id",
                                    Child.class)
                            .setParameter("f", ownFamily)
                            .setMaxResults(3)
                            .getResultList()) {
                out.println("child:" + c.getId() + ":" + c.getDisplayName());
            }
            return;
        }
        for (Class<?> service : boundaryServices(request)) {
            Object bean = null;
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || method.isSynthetic()
                        || EXCLUDED.contains(service.getSimpleName() + "." + method.getName())) {
                    continue;
                }
                List<Integer> idParameters = new ArrayList<>();
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (isId(parameters[i])) {
                        idParameters.add(i);
                    }
                }
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isRecord()) {
                        if (bean == null) {
                            bean = bean(service);
                        }
                        recordCalls(out, service, method, i, bean, foreign);
                    }
                }
                if (!idParameters.isEmpty() && bean == null) {
                    bean = bean(service);
                }
                for (int index : idParameters) {
                    String kind = kind(parameters[index].getName());
                    String label =
                            service.getSimpleName()
                                    + "."
                                    + method.getName()
                                    + "("
                                    + parameters[index].getName();
                    if (kind == null) {
                        out.println(label + ") -> UNMAPPED");
                        continue;
                    }
                    for (Long id : foreign.get(kind)) {
                        Object[] arguments = defaults(parameters, foreign);
                        arguments[index] = id;
                        out.println(
                                label
                                        + "="
                                        + kind
                                        + ":"
                                        + id
                                        + ") -> "
                                        + call(bean, method, arguments));
                    }
                }
            }
        }
    }

    /**
     * A parameter that is a record (a request such as {@code AbsenceRequest}): one call per id
     * component and foreign id, the other components at harmless defaults.
     */
    private static void recordCalls(
            PrintWriter out,
            Class<?> service,
            Method method,
            int index,
            Object bean,
            Map<String, List<Long>> foreign) {
        Class<?> type = method.getParameters()[index].getType();
        var components = type.getRecordComponents();
        for (int c = 0; c < components.length; c++) {
            String name = components[c].getName();
            Class<?> ctype = components[c].getType();
            if (!name.endsWith("Id") || (ctype != long.class && ctype != Long.class)) {
                continue;
            }
            String label =
                    service.getSimpleName()
                            + "."
                            + method.getName()
                            + "("
                            + type.getSimpleName()
                            + "."
                            + name;
            String kind = kind(name);
            if (kind == null) {
                out.println(label + ") -> UNMAPPED");
                continue;
            }
            for (Long id : foreign.get(kind)) {
                Object[] values = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int k = 0; k < components.length; k++) {
                    types[k] = components[k].getType();
                    values[k] = componentDefault(components[k], foreign);
                }
                values[c] = id;
                Object request;
                try {
                    request = type.getDeclaredConstructor(types).newInstance(values);
                } catch (ReflectiveOperationException e) {
                    out.println(label + ") -> ERROR " + e);
                    continue;
                }
                Object[] arguments = defaults(method.getParameters(), foreign);
                arguments[index] = request;
                out.println(
                        label + "=" + kind + ":" + id + ") -> " + call(bean, method, arguments));
            }
        }
    }

    private static Object componentDefault(
            java.lang.reflect.RecordComponent component, Map<String, List<Long>> foreign) {
        Class<?> type = component.getType();
        if (type == long.class || type == Long.class) {
            String kind = kind(component.getName());
            return kind == null ? 0L : foreign.get(kind).get(0);
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == java.time.LocalDate.class) {
            return java.time.LocalDate.now().plusDays(30);
        }
        if (type == String.class) {
            return "x";
        }
        if (type == java.util.Set.class) {
            return java.util.Set.of();
        }
        if (type == java.util.List.class) {
            return java.util.List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** The service's bean: its no-interface view, else its local business interface. */
    private static Object bean(Class<?> service) {
        var instance = CDI.current().select(service);
        if (instance.isResolvable()) {
            return instance.get();
        }
        return CDI.current().select(service.getInterfaces()[0]).get();
    }

    private static String call(Object bean, Method method, Object[] arguments) {
        try {
            method.invoke(bean, arguments);
            return "LEAK";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof NotFoundException) {
                return "NOT_FOUND";
            }
            if (cause instanceof EJBAccessException
                    || cause instanceof jakarta.ejb.AccessLocalException) {
                return "DENIED";
            }
            return "ERROR " + cause;
        } catch (IllegalAccessException e) {
            return "ERROR " + e;
        }
    }

    /** The {@code @Stateless} classes of every {@code boundary} package in the WAR. */
    private List<Class<?>> boundaryServices(HttpServletRequest request) {
        Set<String> names = new TreeSet<>();
        collect(request, "/WEB-INF/classes/ch/monportail/", names);
        List<Class<?>> services = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(jakarta.ejb.Stateless.class)) {
                    services.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return services;
    }

    private void collect(HttpServletRequest request, String path, Set<String> names) {
        Set<String> entries = request.getServletContext().getResourcePaths(path);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                collect(request, entry, names);
            } else if (entry.contains("/boundary/")
                    && entry.endsWith(".class")
                    && !entry.contains("$")) {
                names.add(
                        entry.substring("/WEB-INF/classes/".length(), entry.length() - 6)
                                .replace('/', '.'));
            }
        }
    }

    private static boolean isId(Parameter parameter) {
        return (parameter.getType() == long.class || parameter.getType() == Long.class)
                && parameter.getName().endsWith("Id");
    }

    /** The kind of object an id parameter names. */
    static String kind(String name) {
        return switch (name) {
            case "familyId" -> "family";
            case "childId", "siblingId" -> "child";
            case "representativeId", "newHolderId", "holderId" -> "representative";
            case "householdId" -> "household";
            case "pickupPersonId" -> "pickupPerson";
            case "accountId", "actorId" -> "account";
            case "structureId" -> "structure";
            case "careUnitId" -> "careUnit";
            case "contractId" -> "contract";
            case "schoolYearId" -> "schoolYear";
            case "calendarEntryId" -> "calendarEntry";
            case "absenceId" -> "absence";
            case "informationItemId" -> "informationItem";
            case "extraCareId" -> "extraCare";
            case "holidayDayId" -> "holidayDay";
            case "holidayRegistrationId" -> "holidayRegistration";
            case "billingAccountId" -> "billingAccount";
            case "ledgerEntryId" -> "ledgerEntry";
            case "debitRunId" -> "debitRun";
            case "unmatchedCreditId" -> "unmatchedCredit";
            case "parentUploadId" -> "parentUpload";
            case "publishedDocumentId" -> "publishedDocument";
            default -> null;
        };
    }

    private static Object[] defaults(Parameter[] parameters, Map<String, List<Long>> foreign) {
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            if (type == long.class || type == Long.class) {
                String kind = kind(parameters[i].getName());
                arguments[i] =
                        kind == null || foreign.get(kind).isEmpty() ? 0L : foreign.get(kind).get(0);
            } else if (type == int.class) {
                arguments[i] = 1;
            } else if (type == boolean.class) {
                arguments[i] = false;
            }
        }
        return arguments;
    }

    private Map<String, List<Long>> foreignIds(long ownFamily, long callerAccount) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put(
                "family",
                ids("select f.id from Family f where f.id <> :f order by f.id", ownFamily));
        ids.put(
                "child",
                ids(
                        "select c.id from Child c where c.family.id <> :f and not exists"
                                + IN_CARE.replace("CHILD", "c")
                                + callerAccount
                                + ") order by c.id",
                        ownFamily));
        ids.put(
                "representative",
                ids(
                        "select r.id from LegalRepresentative r where r.family.id <> :f"
                                + " order by r.id",
                        ownFamily));
        ids.put(
                "household",
                ids(
                        "select h.id from Household h where h.family.id <> :f order by h.id",
                        ownFamily));
        ids.put(
                "pickupPerson",
                ids(
                        "select p.id from PickupPerson p where p.child.family.id <> :f"
                                + " and not exists"
                                + IN_CARE.replace("CHILD", "p.child")
                                + callerAccount
                                + ") order by p.id",
                        ownFamily));
        ids.put(
                "account",
                ids(
                        "select r.account.id from LegalRepresentative r where r.family.id <> :f"
                                + " order by r.id",
                        ownFamily));
        // structures: those the caller does not work in (all of them for a parent)
        ids.put(
                "structure",
                em.createQuery(
                                "select s.id from Structure s where not exists (select e from"
                                        + " Structure t join t.educators e where t = s and e.id = :a)"
                                        + " order by s.id",
                                Long.class)
                        .setParameter("a", callerAccount)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "careUnit",
                em.createQuery(
                                "select u.id from CareUnit u where not exists (select e from"
                                        + " Structure t join t.educators e where t = u.structure"
                                        + " and e.id = :a) order by u.id",
                                Long.class)
                        .setParameter("a", callerAccount)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "schoolYear",
                em.createQuery("select y.id from SchoolYear y order by y.id", Long.class)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "calendarEntry",
                em.createQuery("select e.id from CalendarEntry e order by e.id", Long.class)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "contract",
                ids(
                        "select c.id from Contract c where c.child.family.id <> :f"
                                + " and not exists (select e from Structure t join t.educators e"
                                + " where t = c.structure and e.id = "
                                + callerAccount
                                + ") order by c.id",
                        ownFamily));
        ids.put(
                "parentUpload",
                ids(
                        "select u.id from ParentUpload u where u.child.family.id <> :f"
                                + " and not exists"
                                + IN_CARE.replace("CHILD", "u.child")
                                + callerAccount
                                + ") order by u.id",
                        ownFamily));
        // documents published for a structure that is not the caller's (one for all is not foreign)
        ids.put(
                "publishedDocument",
                ids(
                        "select d.id from PublishedDocument d where d.structure is not null"
                                + " and d.structure.id not in (select c.structure.id from Contract c"
                                + " where c.child.family.id = :f) and not exists (select e from"
                                + " Structure t join t.educators e where t = d.structure and e.id = "
                                + callerAccount
                                + ") order by d.id",
                        ownFamily));
        ids.put(
                "absence",
                ids(
                        "select a.id from Absence a where a.child.family.id <> :f"
                                + " and not exists"
                                + IN_CARE.replace("CHILD", "a.child")
                                + callerAccount
                                + ") order by a.id",
                        ownFamily));
        ids.put(
                "informationItem",
                em.createQuery(
                                "select i.id from InformationItem i where not exists (select e"
                                        + " from Structure t join t.educators e where"
                                        + " t = i.structure and e.id = :a) order by i.id",
                                Long.class)
                        .setParameter("a", callerAccount)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "extraCare",
                ids(
                        "select x.id from ExtraCare x where x.child.family.id <> :f"
                                + " and not exists (select e from Structure t join t.educators e"
                                + " where t = x.careUnit.structure and e.id = "
                                + callerAccount
                                + ") order by x.id",
                        ownFamily));
        // holiday days are published to all families: any of them, with a foreign child
        ids.put(
                "holidayDay",
                em.createQuery("select d.id from HolidayDay d order by d.id", Long.class)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "holidayRegistration",
                ids(
                        "select r.id from HolidayRegistration r where r.child.family.id <> :f"
                                + " and not exists"
                                + IN_CARE.replace("CHILD", "r.child")
                                + callerAccount
                                + ") order by r.id",
                        ownFamily));
        ids.put(
                "billingAccount",
                ids(
                        "select a.id from BillingAccount a where a.holder.family.id <> :f"
                                + " order by a.id",
                        ownFamily));
        ids.put(
                "ledgerEntry",
                ids(
                        "select e.id from LedgerEntry e where e.account.holder.family.id <> :f"
                                + " order by e.id",
                        ownFamily));
        ids.put(
                "debitRun",
                em.createQuery("select r.id from DebitRun r order by r.id", Long.class)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        ids.put(
                "unmatchedCredit",
                em.createQuery("select u.id from UnmatchedCredit u order by u.id", Long.class)
                        .setMaxResults(SAMPLES)
                        .getResultList());
        return ids;
    }

    private List<Long> ids(String jpql, long ownFamily) {
        return em.createQuery(jpql, Long.class)
                .setParameter("f", ownFamily)
                .setMaxResults(SAMPLES)
                .getResultList();
    }
}
