package ch.monportail.family.entity;

import java.io.Serializable;

/**
 * The personal and professional data a legal representative keeps up to date (« Données
 * personnelles et professionnelles »), already validated and normalised: postcode of four digits,
 * phones in E.164. Blank optional values are null.
 */
public record PersonalData(
        String street,
        String postcode,
        String city,
        String mobilePhone,
        String homePhone,
        String workPhone,
        String employer,
        String profession,
        Integer occupationRate)
        implements Serializable {}
