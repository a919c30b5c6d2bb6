package ch.monportail.platform.web;

/** CDI event: the user of this session picked another language (fr, de, en). */
public record LanguageChanged(String language) {}
