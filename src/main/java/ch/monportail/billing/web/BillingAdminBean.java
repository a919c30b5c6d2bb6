package ch.monportail.billing.web;

import ch.monportail.billing.boundary.Balances;
import ch.monportail.billing.boundary.BillingAccounts;
import ch.monportail.billing.boundary.DebitRuns;
import ch.monportail.billing.boundary.Payments;
import ch.monportail.billing.boundary.Transactions;
import ch.monportail.billing.control.BalanceRow;
import ch.monportail.billing.control.Statement;
import ch.monportail.billing.entity.BillingSettings;
import ch.monportail.billing.entity.DebitRun;
import ch.monportail.billing.entity.PaymentImport;
import ch.monportail.billing.entity.UnmatchedCredit;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.web.Downloads;
import ch.monportail.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ADMIN's billing page: the accounts (balances, one account's lines, payments by hand,
 * corrections, reversals), the daily debit runs (a range in the background with a progress bar and
 * the run reports), the camt.054 imports with the credits waiting for an account, and the creditor
 * settings.
 */
@Named
@ViewScoped
public class BillingAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_ROWS = 500;
    static final long MAX_FILE = 10L * 1024 * 1024;

    @Inject private Balances balances;
    @Inject private BillingAccounts accounts;
    @Inject private DebitRuns runs;
    @Inject private Payments payments;
    @Inject private Transactions transactions;
    @Inject private transient Clock clock;

    // accounts
    private String search;
    private boolean owingOnly;
    private List<BalanceRow> rows;
    private Long accountId;
    private BillingAccounts.Summary account;
    private LocalDate from;
    private LocalDate to;
    private Statement statement;
    private LocalDate paidOn;
    private BigDecimal paidAmount;
    private String paidNote;
    private BigDecimal correction;
    private String correctionReason;
    private Long reverseLine;
    private String reverseReason;

    // runs

    /** The run's anomalies in the page's language, one per line. */
    public String anomalies(DebitRun r) {
        return r.getAnomalyLines().stream()
                .map(
                        l -> {
                            String text =
                                    Texts.get(
                                            "billing.anomaly." + l.get(0),
                                            l.subList(1, l.size()).toArray());
                            // a line of an older report, written as plain text
                            return text.startsWith("???") ? String.join(" ", l) : text;
                        })
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private LocalDate runFrom;
    private LocalDate runTo;
    private Long runId;
    private DebitRun run;

    // imports
    private transient Part file;
    private Map<Long, String> assignTo = new HashMap<>();

    private BillingSettings settings;
    private List<DebitRun> latestRuns;
    private LocalDate lastSettledDay;
    private String formKey = UUID.randomUUID().toString();
    private long waitingToSettleAgain;
    private List<PaymentImport> imports;
    private List<UnmatchedCredit> unmatched;

    public void load() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        runFrom = yesterday.withDayOfMonth(1);
        runTo = yesterday;
        settings = balances.settings();
        find();
        loadRuns();
        loadPayments();
    }

    /** Read once per change (not in getters): the tables keep their rows between requests. */
    private void loadRuns() {
        latestRuns = runs.latest(10);
        lastSettledDay = runs.lastSettledDay().orElse(null);
        waitingToSettleAgain = runs.waitingToSettleAgain();
    }

    public long getWaitingToSettleAgain() {
        return waitingToSettleAgain;
    }

    private void loadPayments() {
        imports = payments.imports(10);
        unmatched = payments.unmatched();
    }

    public void find() {
        rows = balances.overview(search, owingOnly, MAX_ROWS);
    }

    public void exportBalances() {
        Downloads.send(
                BalanceRow.csv(balances.overview(search, owingOnly, 100_000), Texts::get)
                        .getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8",
                "soldes-" + LocalDate.now(clock) + ".csv");
    }

    public void open(long id) {
        accountId = id;
        YearMonth month = YearMonth.now(clock);
        from = month.minusMonths(1).atDay(1);
        to = month.atEndOfMonth();
        paidOn = LocalDate.now(clock);
        showAccount();
    }

    public void showAccount() {
        if (accountId == null) {
            return;
        }
        try {
            account = accounts.of(accountId);
            statement = transactions.ofAccount(accountId, from, to);
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void recordPayment() {
        act(
                () -> payments.record(accountId, paidOn, paidAmount, paidNote, formKey),
                "billing.payment.recorded");
        paidAmount = null;
        paidNote = null;
    }

    public void correct() {
        act(
                () -> payments.correct(accountId, correction, correctionReason, formKey),
                "billing.correction.booked");
        correction = null;
        correctionReason = null;
    }

    public void reverse() {
        if (reverseLine == null
                || statement == null
                || statement.lines().stream().noneMatch(l -> l.id() == reverseLine)) {
            Texts.error("billing.reverse.invalid.line");
            return;
        }
        act(() -> payments.reverse(reverseLine, reverseReason), "billing.reverse.booked");
        reverseLine = null;
        reverseReason = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Texts.info(done);
            showAccount();
            find();
        } catch (BusinessException e) {
            Texts.error(e);
        } finally {
            // the next form gets its own key, whatever this one gave: the same form sent twice
            // books once, and a refused duplicate does not lock the form
            formKey = UUID.randomUUID().toString();
        }
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }

    public String describe(Statement.Line line) {
        return line.describe(Texts::get);
    }

    // runs

    public void startRun() {
        try {
            runId = runs.start(runFrom, runTo);
            run = runs.run(runId);
            loadRuns();
            Texts.info("billing.run.started");
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    /** Polled while the run goes on. */
    public void refreshRun() {
        if (runId != null) {
            run = runs.run(runId);
            if (run.getStatus() != DebitRun.Status.RUNNING) {
                find();
                loadRuns();
            }
        }
    }

    public boolean isRunning() {
        return run != null && run.getStatus() == DebitRun.Status.RUNNING;
    }

    public List<DebitRun> getLatestRuns() {
        return latestRuns;
    }

    public LocalDate getLastSettledDay() {
        return lastSettledDay;
    }

    // imports

    public void importCamt() {
        if (file == null || file.getSize() == 0) {
            Texts.error("billing.camt.empty");
            return;
        }
        if (file.getSize() > MAX_FILE) {
            Texts.error("billing.camt.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            PaymentImport report =
                    payments.importCamt(file.getSubmittedFileName(), in.readAllBytes());
            Texts.info(
                    "billing.camt.imported",
                    report.getBooked(),
                    SwissFormat.money(report.getAmount()),
                    report.getDuplicates(),
                    report.getUnmatched());
            find();
            loadPayments();
        } catch (BusinessException e) {
            Texts.error(e);
        } catch (IOException e) {
            Texts.error("billing.camt.invalid");
        }
    }

    public List<PaymentImport> getImports() {
        return imports;
    }

    public List<UnmatchedCredit> getUnmatched() {
        return unmatched;
    }

    public void assign(long creditId) {
        String reference = assignTo.get(creditId);
        try {
            var target =
                    reference == null
                            ? java.util.Optional
                                    .<ch.monportail.billing.entity.BillingAccount>empty()
                            : accounts.byReference(reference);
            if (target.isEmpty()) {
                Texts.error("billing.unmatched.invalid.reference");
                return;
            }
            payments.assign(creditId, target.get().getId());
            Texts.info("billing.unmatched.assigned");
            assignTo.remove(creditId);
            find();
            loadPayments();
        } catch (BusinessException e) {
            Texts.error(e);
        }
    }

    public void saveSettings() {
        try {
            balances.save(settings);
            settings = balances.settings();
            Texts.info("billing.settings.saved");
        } catch (BusinessException e) {
            Texts.error(e);
            settings = balances.settings();
        }
    }

    // getters and setters

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isOwingOnly() {
        return owingOnly;
    }

    public void setOwingOnly(boolean owingOnly) {
        this.owingOnly = owingOnly;
    }

    public List<BalanceRow> getRows() {
        return rows;
    }

    public Long getAccountId() {
        return accountId;
    }

    public BillingAccounts.Summary getAccount() {
        return account;
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

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getPaidNote() {
        return paidNote;
    }

    public void setPaidNote(String paidNote) {
        this.paidNote = paidNote;
    }

    public BigDecimal getCorrection() {
        return correction;
    }

    public void setCorrection(BigDecimal correction) {
        this.correction = correction;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public Long getReverseLine() {
        return reverseLine;
    }

    public void setReverseLine(Long reverseLine) {
        this.reverseLine = reverseLine;
    }

    public String getReverseReason() {
        return reverseReason;
    }

    public void setReverseReason(String reverseReason) {
        this.reverseReason = reverseReason;
    }

    public LocalDate getRunFrom() {
        return runFrom;
    }

    public void setRunFrom(LocalDate runFrom) {
        this.runFrom = runFrom;
    }

    public LocalDate getRunTo() {
        return runTo;
    }

    public void setRunTo(LocalDate runTo) {
        this.runTo = runTo;
    }

    public DebitRun getRun() {
        return run;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Map<Long, String> getAssignTo() {
        return assignTo;
    }

    public BillingSettings getSettings() {
        return settings;
    }
}
