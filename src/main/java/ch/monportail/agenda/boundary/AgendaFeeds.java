package ch.monportail.agenda.boundary;

import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.agenda.control.AgendaIcs;
import ch.monportail.agenda.control.AgendaIcs.ChildAgenda;
import ch.monportail.agenda.entity.AgendaFeed;
import ch.monportail.family.boundary.FamilyAccess;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.platform.boundary.AuditLog;
import ch.monportail.structure.boundary.Calendars;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parent's private calendar feed (issue 6, item 6): a secret address that a phone calendar
 * subscribes to, with the agenda of all the children of the parent's family. A parent switches it
 * on, asks for a new address (the old one stops working at once) or revokes it; each change is
 * audited.
 *
 * <p>The address is the only credential: a 256-bit token from {@link SecureRandom} (URL-safe
 * Base64, 43 characters), shown once; the table keeps its SHA-256 only (the same reasoning as the
 * password-reset token, rebuilt here because {@code account.control} is not a boundary). A calendar
 * app cannot log in, so {@link #feed} is open to all callers and checks the token instead: a
 * malformed token is refused before any query; an unknown one, a disabled account or a removed
 * representative all answer empty, alike.
 *
 * <p>The feed covers 30 days back and 200 ahead (capped to {@link Agenda#MAX_DAYS}), read with
 * {@link AgendaReader} like the page, and labelled as the page labels entries, in the language of
 * the account. Reading it records {@code last_read_at} with a bulk update: it does not bump the
 * version, so two phones polling at once, or a poll during a renewal, never fail on an optimistic
 * lock.
 */
@Stateless
@RolesAllowed(Role.PARENT_NAME)
public class AgendaFeeds {

    public static final String AGENDA_FEED_ENABLED = "AGENDA_FEED_ENABLED";
    public static final String AGENDA_FEED_REVOKED = "AGENDA_FEED_REVOKED";

    static final int DAYS_BEFORE = 30;
    static final int DAYS_AFTER = 200;

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BUNDLE = "ch.monportail.i18n.messages";

    @PersistenceContext private EntityManager em;

    @Inject private FamilyAccess access;

    @Inject private AuditLog auditLog;

    @Inject private Calendars calendars;

    @Inject private Clock clock;

    /** Whether the caller has a feed address (it may have been created on another device). */
    public boolean isEnabled() {
        return find(access.callerId()).isPresent();
    }

    /**
     * Switches the feed on, or gives it a new address: returns the token, which is shown once and
     * never stored. Only an active parent of a family may do it.
     */
    public String enable() {
        Account account = access.ownRepresentative().getAccount();
        String token = newToken();
        Instant now = clock.instant();
        Optional<AgendaFeed> existing = find(account.getId());
        if (existing.isPresent()) {
            existing.get().renew(hash(token), now);
        } else {
            em.persist(new AgendaFeed(account, hash(token), now));
        }
        auditLog.record(
                account.getId(),
                account.getEmail(),
                AGENDA_FEED_ENABLED,
                existing.isPresent() ? "new address, the previous one revoked" : "address created",
                null);
        return token;
    }

    /** Switches the feed off: the address stops answering. Nothing happens without a feed. */
    public void revoke() {
        long caller = access.callerId();
        find(caller)
                .ifPresent(
                        feed -> {
                            Account account = feed.getAccount();
                            em.remove(feed);
                            auditLog.record(
                                    caller,
                                    account.getEmail(),
                                    AGENDA_FEED_REVOKED,
                                    "address revoked",
                                    null);
                        });
    }

    /**
     * The calendar of the feed whose address carries {@code token}, or empty when there is none
     * (unknown or revoked token, disabled account, parent no longer a representative).
     *
     * @param fallback the language when the account's is not a bundle language (never, today)
     */
    @PermitAll
    public Optional<byte[]> feed(String token, Locale fallback) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<AgendaFeed> found =
                em
                        .createQuery(
                                "select f from AgendaFeed f where f.tokenHash = :h",
                                AgendaFeed.class)
                        .setParameter("h", hash(token))
                        .getResultList()
                        .stream()
                        .findFirst();
        if (found.isEmpty() || !found.get().getAccount().isEnabled()) {
            return Optional.empty();
        }
        Account account = found.get().getAccount();
        Optional<LegalRepresentative> representative =
                em
                        .createQuery(
                                "select r from LegalRepresentative r where r.account.id = :a"
                                        + " and r.removedAt is null",
                                LegalRepresentative.class)
                        .setParameter("a", account.getId())
                        .getResultList()
                        .stream()
                        .findFirst();
        if (representative.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createQuery("update AgendaFeed f set f.lastReadAt = :now where f.id = :id")
                .setParameter("now", now)
                .setParameter("id", found.get().getId())
                .executeUpdate();

        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS_BEFORE);
        LocalDate to = from.plusDays(Math.min(DAYS_BEFORE + DAYS_AFTER, Agenda.MAX_DAYS));
        AgendaReader reader = new AgendaReader(em, calendars);
        List<ChildAgenda> agendas = new ArrayList<>();
        for (Child child : children(representative.get(), from)) {
            agendas.add(
                    new ChildAgenda(
                            child.getId(), child.getFirstName(), reader.entries(child, from, to)));
        }
        Locale locale =
                Account.LANGUAGES.contains(account.getLanguage())
                        ? Locale.forLanguageTag(account.getLanguage())
                        : fallback;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return Optional.of(
                AgendaIcs.write(
                        calendarName(agendas, bundle, locale),
                        agendas,
                        entry -> label(entry, bundle, locale),
                        now));
    }

    /** The family's children, eldest first, without those who left before the feed's range. */
    private List<Child> children(LegalRepresentative representative, LocalDate from) {
        return em
                .createQuery(
                        "select c from Child c where c.family = :f order by c.birthDate, c.id",
                        Child.class)
                .setParameter("f", representative.getFamily())
                .getResultList()
                .stream()
                .filter(c -> !c.hasLeft(from))
                .toList();
    }

    private Optional<AgendaFeed> find(long accountId) {
        return em
                .createQuery("select f from AgendaFeed f where f.account.id = :a", AgendaFeed.class)
                .setParameter("a", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static String calendarName(
            List<ChildAgenda> agendas, ResourceBundle bundle, Locale locale) {
        if (agendas.isEmpty()) {
            return text(bundle, locale, "app.name");
        }
        return text(
                bundle,
                locale,
                "agendaFeed.calendarName",
                agendas.stream().map(ChildAgenda::firstName).collect(Collectors.joining(", ")));
    }

    /** The label of an entry, worded as on the agenda page ({@link AgendaEntry#label}). */
    static String label(AgendaEntry e, ResourceBundle bundle, Locale locale) {
        return e.label((key, arguments) -> text(bundle, locale, key, arguments));
    }

    /** As {@code Texts.get}: a text without arguments is shown as written, else MessageFormat. */
    private static String text(
            ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
