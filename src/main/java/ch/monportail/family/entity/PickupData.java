package ch.monportail.family.entity;

import java.io.Serializable;

/** An authorised pickup person as entered, validated, phone in E.164. */
public record PickupData(
        String firstName, String lastName, String relationship, String phone, String note)
        implements Serializable {}
