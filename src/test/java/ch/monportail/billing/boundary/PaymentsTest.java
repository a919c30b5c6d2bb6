package ch.monportail.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PaymentsTest {

    @Test
    void onlyAUniqueViolationMeansAlreadyBooked() {
        var unique =
                new PersistenceException(
                        new RuntimeException(new SQLException("duplicate key", "23505")));
        assertThat(Payments.isUniqueViolation(unique)).isTrue();
        var deadlock = new PersistenceException(new SQLException("deadlock detected", "40P01"));
        assertThat(Payments.isUniqueViolation(deadlock)).isFalse();
        var away = new PersistenceException(new SQLException("connection lost", "08006"));
        assertThat(Payments.isUniqueViolation(away)).isFalse();
        assertThat(Payments.isUniqueViolation(new PersistenceException("no cause"))).isFalse();
    }
}
