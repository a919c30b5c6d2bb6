package ch.monportail.billing.web;

import ch.monportail.billing.boundary.Transactions;
import ch.monportail.billing.control.Statement;
import ch.monportail.billing.control.StatementPdf;
import ch.monportail.family.boundary.ChildName;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.web.Downloads;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * *Transactions*: the holder's ledger lines of a month with the running balance (the guide: "vous
 * voyez chaque jour les montants … débités de votre compte"), a CSV export and a PDF statement for
 * a period. The other legal representative gets "not found".
 */
@Named
@ViewScoped
public class TransactionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MONTHS = 24;

    @Inject private Transactions transactions;

    @Inject private transient Clock clock;

    @Inject private ch.monportail.agenda.boundary.Agenda agenda;

    private List<ChildName> children;

    @Inject private ch.monportail.platform.web.MunicipalityBean municipality;

    private String month;
    private LocalDate from;
    private LocalDate to;
    private Statement statement;

    public void load() {
        if (month == null || !months().contains(month)) {
            month = YearMonth.now(clock).toString();
        }
        YearMonth m = YearMonth.parse(month);
        from = m.atDay(1);
        to = m.atEndOfMonth();
        statement = transactions.mine(from, to);
    }

    /** The month filter changed. */
    public void show() {
        load();
    }

    public List<String> months() {
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.now(clock);
        for (int i = 0; i < MONTHS; i++) {
            months.add(m.minusMonths(i).toString());
        }
        return months;
    }

    public List<String> getMonths() {
        return months();
    }

    /** "novembre 2026" in the page's language. */
    public String monthLabel(String value) {
        YearMonth m = YearMonth.parse(value);
        java.util.Locale locale =
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale)
                + " "
                + m.getYear();
    }

    /** The line in words, in the page's language. */
    public String describe(Statement.Line line) {
        return line.describe(Texts::get);
    }

    public void csv() {
        Statement s = period();
        if (s != null) {
            Downloads.send(
                    s.csv(Texts::get).getBytes(StandardCharsets.UTF_8),
                    "text/csv; charset=UTF-8",
                    "transactions-" + from + "-" + to + ".csv");
        }
    }

    public void pdf() {
        Statement s = period();
        if (s != null) {
            Downloads.send(
                    StatementPdf.render(s, municipality.getName(), Texts::get),
                    "application/pdf",
                    "releve-" + from + "-" + to + ".pdf");
        }
    }

    private Statement period() {
        try {
            return transactions.mine(from, to);
        } catch (BusinessException e) {
            Texts.error(e);
            return null;
        }
    }

    /** The caller's children, for the cost certificate. */
    public List<ChildName> getChildren() {
        if (children == null) {
            children = ChildName.of(agenda.myChildren());
        }
        return children;
    }

    /** The current year and the two before, newest first. */
    public List<Integer> getCertificateYears() {
        int year = LocalDate.now(clock).getYear();
        return List.of(year, year - 1, year - 2);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Statement getStatement() {
        return statement;
    }
}
