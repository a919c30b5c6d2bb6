package ch.monportail.family.boundary;

import ch.monportail.account.boundary.AccountDemoData;
import ch.monportail.account.control.PasswordHasher;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.family.entity.Child;
import ch.monportail.family.entity.ChildData;
import ch.monportail.family.entity.Family;
import ch.monportail.family.entity.Household;
import ch.monportail.family.entity.LegalRepresentative;
import ch.monportail.family.entity.PersonalData;
import ch.monportail.family.entity.PickupData;
import ch.monportail.family.entity.PickupPerson;
import ch.monportail.family.entity.SchoolGrade;
import ch.monportail.platform.control.DemoSeed;
import ch.monportail.platform.control.Settings;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Ten demo families of the commune (issue "Families", demo data), after the demo accounts: two
 * parents in one household (Favre: Claire holds the account, two children, Léa with a peanut
 * allergy), separated parents in two households (Mayor / Dubuis), single parents (Rossi, Carron,
 * Udry), siblings, health notes, pickup persons. The parents not printed as demo logins have no
 * password yet, as after a registration by the service.
 */
@Stateless
public class FamilyDemoData {

    public static final String SEPARATED_HOLDER_EMAIL = "nathalie.mayor@demo.monportail.ch";
    public static final String SEPARATED_OTHER_EMAIL = "pierre.dubuis@demo.monportail.ch";

    @PersistenceContext private EntityManager em;

    @Inject private PasswordHasher hasher;

    @Inject private Clock clock;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoSeed seed) {
        if (!Settings.flag("monportail.demo")) {
            return;
        }
        // Favre: two parents in one household, siblings, an allergy, a grandfather
        Family favre = family();
        Household favreHome = household(favre, "98000", 2);
        LegalRepresentative claire =
                representative(
                        favre,
                        favreHome,
                        existing(AccountDemoData.PARENT_EMAIL),
                        "Rue du Stade 4",
                        "1964",
                        "Conthey",
                        "079 412 33 21",
                        "Hôpital du Valais",
                        "Infirmière",
                        60);
        representative(
                favre,
                favreHome,
                existing(AccountDemoData.SECOND_PARENT_EMAIL),
                "Rue du Stade 4",
                "1964",
                "Conthey",
                "078 655 10 42",
                "Lonza AG",
                "Chemiker",
                100);
        holder(favre, claire);
        Child lea = child(favre, "Léa", "Favre", LocalDate.of(2018, 3, 14), SchoolGrade.H4, "4H-B");
        lea.updateHealth(
                "Allergie aux arachides (EpiPen dans le sac)", null, false, clock.instant());
        child(favre, "Noé", "Favre", LocalDate.of(2021, 9, 2), SchoolGrade.H1, "1H-A");
        pickup(lea, "Jean", "Favre", "Grand-père", "079 344 12 09");

        // Rossi: a single parent of the "other family" checks
        Family rossi = family();
        Household rossiHome = household(rossi, null, 1);
        holder(
                rossi,
                representative(
                        rossi,
                        rossiHome,
                        existing(AccountDemoData.OTHER_FAMILY_EMAIL),
                        "Chemin des Vignes 9",
                        "1975",
                        "Saint-Séverin",
                        "076 201 88 45",
                        "Migros Valais",
                        "Vendeur",
                        80));
        Child sofia =
                child(rossi, "Sofia", "Rossi", LocalDate.of(2019, 5, 20), SchoolGrade.H3, "3H-A");
        pickup(sofia, "Anna", "Rossi", "Tante", "079 555 01 02");

        // Mayor / Dubuis: separated parents, each with their own household and login
        Family separated = family();
        Household mayorHome = household(separated, "62000", 1);
        Household dubuisHome = household(separated, "75000", 2);
        holder(
                separated,
                representative(
                        separated,
                        mayorHome,
                        demoParent(seed, SEPARATED_HOLDER_EMAIL, "Nathalie", "Mayor", "fr"),
                        "Route de Aven 21",
                        "1976",
                        "Erde",
                        "079 620 45 11",
                        "Commune de Conthey",
                        "Secrétaire",
                        70));
        representative(
                separated,
                dubuisHome,
                demoParent(seed, SEPARATED_OTHER_EMAIL, "Pierre", "Dubuis", "fr"),
                "Avenue de la Gare 3",
                "1950",
                "Sion",
                "078 712 98 30",
                "Garage du Rhône",
                "Mécanicien",
                100);
        Child emma =
                child(
                        separated,
                        "Emma",
                        "Dubuis",
                        LocalDate.of(2017, 11, 30),
                        SchoolGrade.H5,
                        "5H");
        pickup(emma, "Monique", "Mayor", "Grand-mère", "027 346 12 80");

        simpleFamily(
                "sarah.bonvin",
                "Sarah",
                "Bonvin",
                "david.bonvin",
                "David",
                "105000",
                new ChildData("Jules", "Bonvin", LocalDate.of(2020, 1, 10), SchoolGrade.H2, "2H"),
                new ChildData("Lina", "Bonvin", LocalDate.of(2023, 6, 15), null, null));
        simpleFamily(
                "marie.carron",
                "Marie",
                "Carron",
                null,
                null,
                "54000",
                new ChildData("Tom", "Carron", LocalDate.of(2016, 4, 2), SchoolGrade.H6, "6H"));
        Family roh =
                simpleFamily(
                        "julien.roh",
                        "Julien",
                        "Roh",
                        "aline.roh",
                        "Aline",
                        null,
                        new ChildData(
                                "Zoé", "Roh", LocalDate.of(2019, 10, 10), SchoolGrade.H3, "3H-B"));
        roh.getChildren().get(0).updateHealth("Végétarienne", null, false, clock.instant());
        simpleFamily(
                "isabelle.fontannaz",
                "Isabelle",
                "Fontannaz",
                null,
                null,
                "71000",
                new ChildData("Hugo", "Fontannaz", LocalDate.of(2017, 2, 22), SchoolGrade.H5, "5H"),
                new ChildData(
                        "Chloé", "Fontannaz", LocalDate.of(2020, 12, 1), SchoolGrade.H2, "2H"));
        Family germanier =
                simpleFamily(
                        "pascal.germanier",
                        "Pascal",
                        "Germanier",
                        "sandra.germanier",
                        "Sandra",
                        "88000",
                        new ChildData(
                                "Maxime",
                                "Germanier",
                                LocalDate.of(2018, 7, 7),
                                SchoolGrade.H4,
                                "4H-A"));
        germanier
                .getChildren()
                .get(0)
                .updateHealth(null, "Asthme : Ventolin en cas de crise", false, clock.instant());
        simpleFamily(
                "celine.udry",
                "Céline",
                "Udry",
                null,
                null,
                "47000",
                new ChildData("Nina", "Udry", LocalDate.of(2021, 3, 3), SchoolGrade.H1, "1H-B"));
        simpleFamily(
                "thomas.schmid",
                "Thomas",
                "Schmid",
                "petra.schmid",
                "Petra",
                "120000",
                new ChildData(
                        "Jonas", "Schmid", LocalDate.of(2018, 1, 19), SchoolGrade.H4, "4H-B"));
    }

    private Family simpleFamily(
            String holderMail,
            String holderFirst,
            String lastName,
            String otherMail,
            String otherFirst,
            String income,
            ChildData... children) {
        Family family = family();
        Household home = household(family, income, children.length);
        String language = "Schmid".equals(lastName) ? "de" : "fr";
        holder(
                family,
                representative(
                        family,
                        home,
                        account(holderMail, holderFirst, lastName, language),
                        "Route de la Morge " + (10 + children.length),
                        "1964",
                        "Conthey",
                        "079 300 " + (10 + holderFirst.length()) + " 4" + children.length,
                        null,
                        null,
                        null));
        if (otherMail != null) {
            representative(
                    family,
                    home,
                    account(otherMail, otherFirst, lastName, language),
                    "Route de la Morge " + (10 + children.length),
                    "1964",
                    "Conthey",
                    "078 301 " + (10 + otherFirst.length()) + " 5" + children.length,
                    null,
                    null,
                    null);
        }
        for (ChildData data : children) {
            em.persist(new Child(family, data));
        }
        return family;
    }

    /**
     * The holder is set after the rows exist: family → holder → household → family is a cycle that
     * EclipseLink would otherwise break at the household's mandatory family reference.
     */
    private void holder(Family family, LegalRepresentative representative) {
        em.flush();
        family.holderIs(representative);
    }

    private Family family() {
        Family family = new Family(clock.instant());
        em.persist(family);
        return family;
    }

    private Household household(Family family, String income, int children) {
        Household household = new Household(family);
        household.declare(
                income == null ? null : new BigDecimal(income), children, clock.instant());
        household.tariffReviewed();
        em.persist(household);
        return household;
    }

    private LegalRepresentative representative(
            Family family,
            Household household,
            Account account,
            String street,
            String postcode,
            String city,
            String mobile,
            String employer,
            String profession,
            Integer rate) {
        LegalRepresentative representative = new LegalRepresentative(family, household, account);
        representative.update(
                new PersonalData(
                        street,
                        postcode,
                        city,
                        ch.monportail.family.control.PhoneNumbers.normalize(mobile).orElseThrow(),
                        null,
                        null,
                        employer,
                        profession,
                        rate));
        em.persist(representative);
        return representative;
    }

    private Child child(
            Family family,
            String first,
            String last,
            LocalDate birth,
            SchoolGrade grade,
            String schoolClass) {
        Child child = new Child(family, new ChildData(first, last, birth, grade, schoolClass));
        em.persist(child);
        return child;
    }

    private void pickup(Child child, String first, String last, String relationship, String phone) {
        em.persist(
                new PickupPerson(
                        child,
                        new PickupData(
                                first,
                                last,
                                relationship,
                                ch.monportail.family.control.PhoneNumbers.normalize(phone)
                                        .orElseThrow(),
                                null),
                        clock.instant()));
    }

    private Account existing(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }

    private Account account(String localPart, String first, String last, String language) {
        Account account =
                new Account(
                        localPart + "@demo.monportail.ch",
                        first,
                        last,
                        Role.PARENT,
                        language,
                        clock.instant());
        em.persist(account);
        return account;
    }

    private Account demoParent(
            DemoSeed seed, String email, String first, String last, String language) {
        Account account = new Account(email, first, last, Role.PARENT, language, clock.instant());
        account.setPasswordHash(hasher.hash(AccountDemoData.PARENT_PASSWORD.toCharArray()));
        em.persist(account);
        seed.addLogin("PARENT (separated, " + last + ")", email, AccountDemoData.PARENT_PASSWORD);
        return account;
    }
}
