package ch.monportail.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An information item to post: to a structure, optionally narrowed to one of its care units or to
 * one child, for the days {@code from}–{@code to}.
 */
public record NewInformation(
        long structureId,
        Long careUnitId,
        Long childId,
        LocalDate from,
        LocalDate to,
        String title,
        String body)
        implements Serializable {}
