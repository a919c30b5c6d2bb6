package ch.monportail.structure.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalTime;

/** A care unit as the ADMIN defines it. */
public record CareUnitData(
        String name,
        LocalTime startsAt,
        LocalTime endsAt,
        BigDecimal fullPrice,
        BigDecimal mealPrice,
        int capacity,
        boolean onSchoolDays,
        boolean inHolidays,
        int sortOrder)
        implements Serializable {}
