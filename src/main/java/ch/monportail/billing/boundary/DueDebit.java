package ch.monportail.billing.boundary;

import ch.monportail.billing.entity.EntryKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A service to debit: its source key, day, child, care unit, kind, amount and holder. */
record DueDebit(
        String key,
        LocalDate day,
        long childId,
        long careUnitId,
        EntryKind kind,
        BigDecimal amount,
        Long holderId)
        implements Serializable {}
