package ch.monportail.account.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The credential that opens a session: a {@code LOGIN} ticket from {@link SecondFactors}. */
public record LoginTicketCredential(String ticket) implements Credential {}
