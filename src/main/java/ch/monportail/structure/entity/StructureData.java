package ch.monportail.structure.entity;

import java.io.Serializable;

/** A structure's identity and contact, validated (phone in E.164). */
public record StructureData(
        String name,
        StructureKind kind,
        String street,
        String postcode,
        String city,
        String phone,
        String email)
        implements Serializable {}
