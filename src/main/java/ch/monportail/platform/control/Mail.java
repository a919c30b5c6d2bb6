package ch.monportail.platform.control;

/** An e-mail ready for the outbox: kind (for the admin's view), recipient, subject, both bodies. */
public record Mail(String kind, String recipient, String subject, String text, String html) {}
