package ch.monportail.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the portal's e-mails from the templates of the bundle {@code ch.monportail.i18n.mail} (fr,
 * de, en): {@code <template>.subject} and {@code <template>.body}, MessageFormat patterns whose
 * last two arguments are always the commune's name and the service's contact line. The HTML body is
 * the text, escaped, in paragraphs, with its links made clickable — one source, two renderings,
 * nothing to keep in sync.
 */
public final class MailComposer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final String communeName;
    private final String serviceContact;

    public MailComposer(String communeName, String serviceContact) {
        this.communeName = communeName;
        this.serviceContact = serviceContact;
    }

    public Mail compose(String template, String language, String recipient, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language == null ? "fr" : language);
        ResourceBundle bundle = ResourceBundle.getBundle("ch.monportail.i18n.mail", locale);
        Object[] all = new Object[arguments.length + 2];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = communeName;
        all[arguments.length + 1] = serviceContact;
        String subject =
                new MessageFormat(bundle.getString(template + ".subject"), locale).format(all);
        String text = new MessageFormat(bundle.getString(template + ".body"), locale).format(all);
        return new Mail(template, recipient, subject, text, html(subject, text));
    }

    static String html(String title, String text) {
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>")
                        .append(escape(title))
                        .append(
                                "</title></head><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(linkify(escape(paragraph.strip())).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linkify(String escaped) {
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            m.appendReplacement(
                    out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        return m.appendTail(out).toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
