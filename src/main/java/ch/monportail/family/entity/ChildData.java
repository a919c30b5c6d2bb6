package ch.monportail.family.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A child's identity and schooling as the service records them (names required). */
public record ChildData(
        String firstName,
        String lastName,
        LocalDate birthDate,
        SchoolGrade schoolGrade,
        String schoolClass)
        implements Serializable {}
