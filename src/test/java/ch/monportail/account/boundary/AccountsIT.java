package ch.monportail.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.monportail.account.control.PasswordHasher;
import ch.monportail.account.control.ResetToken;
import ch.monportail.account.entity.Account;
import ch.monportail.account.entity.Role;
import ch.monportail.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, migrations and the audit log inside Payara Server, with real transactions on the
 * configured database (H2, or PostgreSQL in CI), on the demo data seeded at start-up.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWithTests(AccountsIT.class);
    }

    @Inject private Accounts accounts;

    @Inject private PasswordHasher hasher;

    @Inject private PasswordResets passwordResets;

    @Resource(lookup = "jdbc/monportail")
    private DataSource dataSource;

    @Test
    void flywayHasMigratedTheSchema() throws SQLException {
        List<String> versions =
                strings(
                        "select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                                + " order by \"installed_rank\"");
        assertThat(versions).contains("1");
        assertThat(strings("select name from municipality"))
                .containsExactly("Commune de Conthey (démo)");
    }

    @Test
    void demoParentLogsInWithTheEmailInAnyCaseAndTheLoginIsAudited() throws SQLException {
        var account =
                accounts.authenticate(
                        "  Claire.FAVRE@demo.monportail.ch ",
                        AccountDemoData.PARENT_PASSWORD.toCharArray(),
                        "192.0.2.1");

        assertThat(account).isPresent();
        assertThat(account.get().getRole()).isEqualTo(Role.PARENT);
        assertThat(account.get().getLastLoginAt()).isNotNull();
        assertThat(latestAuditActions(account.get().getId())).first().isEqualTo("LOGIN|192.0.2.1");
    }

    @Test
    void wrongPasswordAndUnknownEmailFailTheSameWayAndAreAudited() throws SQLException {
        assertThat(
                        accounts.authenticate(
                                AccountDemoData.PARENT_EMAIL,
                                "wrong-password-9".toCharArray(),
                                "192.0.2.2"))
                .isEmpty();
        assertThat(
                        accounts.authenticate(
                                "ghost@demo.monportail.ch",
                                "wrong-password-9".toCharArray(),
                                "192.0.2.3"))
                .isEmpty();
        assertThat(accounts.authenticate("not an e-mail", "x".toCharArray(), "192.0.2.4"))
                .isEmpty();

        assertThat(
                        strings(
                                "select action || '|' || coalesce(actor_label, '') || '|' || client_address"
                                        + " from audit_log where client_address in ('192.0.2.2', '192.0.2.3')"
                                        + " order by id"))
                .containsExactly(
                        "LOGIN_FAILED|" + AccountDemoData.PARENT_EMAIL + "|192.0.2.2",
                        "LOGIN_FAILED|ghost@demo.monportail.ch|192.0.2.3");
        assertThat(
                        strings(
                                "select failed_logins from account where email = '"
                                        + AccountDemoData.PARENT_EMAIL
                                        + "'"))
                .first()
                .isNotEqualTo("0");
    }

    @Test
    void aHashOfAWeakerPolicyIsUpgradedAtTheNextLogin() throws SQLException {
        String weak =
                new PasswordHasher(new PasswordHasher.Policy(1024, 1, 1))
                        .hash(AccountDemoData.PARENT_PASSWORD.toCharArray());
        update(
                "update account set password_hash = ? where email = ?",
                weak,
                AccountDemoData.OTHER_FAMILY_EMAIL);

        assertThat(
                        accounts.authenticate(
                                AccountDemoData.OTHER_FAMILY_EMAIL,
                                AccountDemoData.PARENT_PASSWORD.toCharArray(),
                                "192.0.2.5"))
                .isPresent();

        assertThat(
                        strings(
                                "select password_hash from account where email = '"
                                        + AccountDemoData.OTHER_FAMILY_EMAIL
                                        + "'"))
                .first()
                .asString()
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void anAccountWithoutPasswordCannotLogIn() throws SQLException {
        update(
                "insert into account (id, email, first_name, last_name, role, language, created_at, version)"
                        + " values (?, ?, 'Nina', 'Sans-Mot-de-passe', 'PARENT', 'fr', ?, 0)",
                990_001L,
                "nina@demo.monportail.ch",
                java.sql.Timestamp.from(Instant.now()));

        assertThat(accounts.authenticate("nina@demo.monportail.ch", "".toCharArray(), "192.0.2.6"))
                .isEmpty();
        assertThat(
                        strings(
                                "select action || '|' || detail from audit_log"
                                        + " where client_address = '192.0.2.6'"))
                .containsExactly("LOGIN_FAILED|disabled");
    }

    @Test
    void aFloodOfWrongPasswordsIsCutOffBeforeTheHasher() throws SQLException {
        String victim = AccountDemoData.EDUCATOR_EMAIL;
        long hashesBefore = hasher.hashesComputed();
        int refusedWithoutHash = 0;
        for (int i = 0; i < 200; i++) {
            long before = hasher.hashesComputed();
            assertThat(accounts.authenticate(victim, ("wrong-" + i).toCharArray(), "198.51.100.7"))
                    .isEmpty();
            if (hasher.hashesComputed() == before) {
                refusedWithoutHash++;
            }
        }
        long hashes = hasher.hashesComputed() - hashesBefore;
        System.out.printf(
                "throttling: 200 wrong passwords -> %d hashed, %d refused before hashing%n",
                hashes, refusedWithoutHash);
        assertThat(hashes)
                .as(
                        "at most the attempts before the block (10) reach the hasher; delays refuse the rest")
                .isLessThanOrEqualTo(10);
        assertThat(refusedWithoutHash).isGreaterThanOrEqualTo(190);
        assertThat(
                        strings(
                                "select count(*) from audit_log where client_address = '198.51.100.7' and action = 'LOGIN_REFUSED'"))
                .first()
                .satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThanOrEqualTo(190));

        assertThat(
                        accounts.authenticate(
                                AccountDemoData.ADMIN_EMAIL,
                                AccountDemoData.ADMIN_PASSWORD.toCharArray(),
                                "198.51.100.8"))
                .as("other accounts keep working from other addresses")
                .isPresent();
        assertThat(
                        strings(
                                "select count(*) from audit_log where client_address = '198.51.100.7'"
                                        + " and action = 'LOGIN_REFUSED' and detail = 'client'"))
                .first()
                .as("the flooding address itself is throttled, whatever account it tries")
                .satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThanOrEqualTo(100));

        update(
                "update account set failed_logins = 0, last_failed_at = null, blocked_until = null where email = ?",
                victim);
        assertThat(
                        accounts.authenticate(
                                victim,
                                AccountDemoData.EDUCATOR_PASSWORD.toCharArray(),
                                "198.51.100.9"))
                .as("after the block is lifted the owner logs in")
                .isPresent();
    }

    @Test
    void aResetTokenIsRefusedOnceExpiredAndWorksOnlyOnce() throws SQLException {
        update(
                "insert into account (id, email, first_name, last_name, role, language, created_at, version)"
                        + " values (?, ?, 'Tina', 'Jeton', 'PARENT', 'fr', ?, 0)",
                990_003L,
                "tina@demo.monportail.ch",
                java.sql.Timestamp.from(Instant.now()));
        ResetToken expired = ResetToken.generate();
        ResetToken fresh = ResetToken.generate();
        Instant now = Instant.now();
        String insert =
                "insert into password_reset_token (id, account_id, token_hash, created_at, expires_at, version)"
                        + " values (?, 990003, ?, ?, ?, 0)";
        update(
                insert,
                990_101L,
                expired.hash(),
                java.sql.Timestamp.from(now.minusSeconds(31 * 60)),
                java.sql.Timestamp.from(now.minusSeconds(60)));
        update(
                insert,
                990_102L,
                fresh.hash(),
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now.plusSeconds(30 * 60)));

        assertThat(passwordResets.firstNameFor(expired.token()))
                .as("expired after 30 minutes")
                .isEmpty();
        assertThatThrownBy(
                        () ->
                                passwordResets.complete(
                                        expired.token(),
                                        "Tina-Jeton-Expire-2026".toCharArray(),
                                        "192.0.2.10"))
                .isInstanceOf(InvalidResetTokenException.class);
        assertThat(passwordResets.firstNameFor("x".repeat(43))).as("unknown token").isEmpty();

        assertThat(passwordResets.firstNameFor(fresh.token())).contains("Tina");
        assertThatThrownBy(
                        () ->
                                passwordResets.complete(
                                        fresh.token(), "1234567890".toCharArray(), "192.0.2.10"))
                .as("the policy applies")
                .isInstanceOf(PasswordRejectedException.class);
        assertThat(
                        passwordResets.complete(
                                fresh.token(),
                                "Tina-Jeton-Valide-2026".toCharArray(),
                                "192.0.2.10"))
                .isEqualTo("tina@demo.monportail.ch");
        assertThatThrownBy(
                        () ->
                                passwordResets.complete(
                                        fresh.token(),
                                        "Tina-Jeton-Encore-2026".toCharArray(),
                                        "192.0.2.10"))
                .as("single use")
                .isInstanceOf(InvalidResetTokenException.class);
        assertThat(strings("select security_stamp from account where id = 990003"))
                .containsExactly("1");
        assertThat(
                        accounts.authenticate(
                                "tina@demo.monportail.ch",
                                "Tina-Jeton-Valide-2026".toCharArray(),
                                "192.0.2.10"))
                .isPresent();
    }

    @Test
    void servicesRefuseCallersWithoutTheRole() {
        assertThatThrownBy(() -> accounts.current()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.changeLanguage("de"))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(
                        () ->
                                accounts.create(
                                        new Account(
                                                "x@y.ch",
                                                "X",
                                                "Y",
                                                Role.ADMIN,
                                                "fr",
                                                Instant.now()),
                                        "whatever-password".toCharArray()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theEmailIsUniqueInTheDatabase() {
        assertThatThrownBy(
                        () ->
                                update(
                                        "insert into account (id, email, first_name, last_name, role, language, created_at, version)"
                                                + " values (?, ?, 'Dup', 'Licate', 'PARENT', 'fr', ?, 0)",
                                        990_002L,
                                        AccountDemoData.PARENT_EMAIL,
                                        java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(SQLException.class);
    }

    private List<String> latestAuditActions(long accountId) throws SQLException {
        return strings(
                "select action || '|' || client_address from audit_log where actor_id = "
                        + accountId
                        + " order by id desc");
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
