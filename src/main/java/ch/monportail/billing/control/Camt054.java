package ch.monportail.billing.control;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the incoming payments of a camt.054 file ("Bank to Customer Debit Credit Notification", ISO
 * 20022) as Swiss banks deliver it under the SIX Swiss Payment Standards, in the versions
 * camt.054.001.04 (SPS 1.x) and camt.054.001.08 (SPS 2.x): one {@link Credit} per booked credit
 * transaction, with its QR or RF creditor reference, so that the payments of the QR-bills can be
 * matched to the invoices.
 *
 * <p>What it reads, by ISO path:
 *
 * <ul>
 *   <li>{@code GrpHdr/MsgId} and {@code GrpHdr/CreDtTm};
 *   <li>of each {@code Ntfctn/Ntry}: {@code CdtDbtInd}, {@code RvslInd}, {@code Sts} (a code in
 *       .04, {@code Sts/Cd} in .08), {@code BookgDt}, {@code ValDt}, {@code AcctSvcrRef}, {@code
 *       Amt};
 *   <li>of each {@code Ntry/NtryDtls/TxDtls}: {@code Refs/AcctSvcrRef}, {@code Amt} (.08), {@code
 *       AmtDtls/TxAmt/Amt} (.04 has no {@code TxDtls/Amt}), {@code CdtDbtInd}, the debtor's name
 *       ({@code RltdPties/Dbtr/Nm} in .04, {@code RltdPties/Dbtr/Pty/Nm} in .08), {@code
 *       RmtInf/Strd/CdtrRefInf/Ref}, {@code RmtInf/Ustrd} and {@code RmtInf/Strd/AddtlRmtInf}
 *       (where the SIX guidelines put the QR-bill's "additional information" when the payment
 *       carries a reference).
 * </ul>
 *
 * Everything else (balances, charges, agents, addresses, bank transaction codes) is skipped. The
 * reader matches local names only, so the namespace of either version (or of a later one with the
 * same paths) is accepted; the element under the root must be {@code BkToCstmrDbtCdtNtfctn}.
 *
 * <p>Only booked credits ({@code CdtDbtInd} CRDT, status BOOK) become {@link Credit}s. Debit
 * entries and reversals ({@code RvslInd} true, whatever their direction) are counted, not returned;
 * entries not yet booked (PDNG, INFO) are ignored, the bank notifies them again once booked. A
 * batch booking (one entry, several {@code TxDtls}) yields one credit per transaction.
 *
 * <p>Why a hand-written StAX reader: a camt library such as Prowide ISO 20022 brings tens of
 * megabytes of generated model classes for the dozen fields needed here, and binds to one schema
 * version at a time; the JDK's StAX parser is well kept, streams (a year of notifications is read
 * in constant memory) and needs no dependency. The factory refuses DTDs and external entities
 * (XXE), and a file that declares a DOCTYPE at all is rejected: no bank file has one.
 *
 * <p>Time stamps with an offset ({@code 2024-03-15T06:12:45+01:00}, {@code ...Z}) are converted to
 * Swiss local time; those without are taken as written.
 */
public final class Camt054 {

    /** The credits of one camt.054 message, and how many entries it skipped. */
    public record Notification(
            String messageId,
            LocalDateTime createdAt,
            List<Credit> credits,
            int skippedDebits,
            int skippedReversals) {

        public Notification {
            credits = List.copyOf(credits);
        }
    }

    /**
     * One booked incoming payment.
     *
     * @param key the bank's stable identity of the transaction, to recognise it when a file is
     *     imported twice or the bank sends it again: {@code TxDtls/Refs/AcctSvcrRef}; else {@code
     *     Ntry/AcctSvcrRef + "/" + n}, n the transaction's rank in the entry from 1; else, as a
     *     last resort that a resent file does not share, {@code MsgId + "/" + entry rank + "/" +
     *     n}, the entry's rank counted from 1 over the whole message. At most 200 characters.
     * @param bookedOn the booking date
     * @param valueOn the value date, or null
     * @param amount the transaction's amount, positive, scale 2
     * @param currency the ISO 4217 code of the amount
     * @param reference the QR reference (27 digits) or RF creditor reference, whitespace removed,
     *     or null
     * @param debtorName the debtor's name, or null
     * @param remittanceText the unstructured remittance information and the additional remittance
     *     information, joined with a space, or null
     */
    public record Credit(
            String key,
            LocalDate bookedOn,
            LocalDate valueOn,
            BigDecimal amount,
            String currency,
            String reference,
            String debtorName,
            String remittanceText) {}

    private static final String MESSAGE = "BkToCstmrDbtCdtNtfctn";
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    /** An xs:decimal without sign or exponent, within the ISO amount's 18 digits. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_KEY_LENGTH = 200;

    private Camt054() {}

    /**
     * Reads one camt.054 message. The stream is read to its end but not closed: the caller owns it.
     *
     * @throws InvalidCamtException {@code billing.camt.invalid} if the stream is not well-formed
     *     XML, has a DOCTYPE, is not a camt.054 or has a field it cannot read (a date, an amount
     *     with more than two decimals, a missing message id); {@code billing.camt.noAmount}, with
     *     the entry's rank from 1, if a credit has no amount
     */
    public static Notification read(InputStream in) {
        Objects.requireNonNull(in, "in");
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return new Reader(xml).read();
        } catch (XMLStreamException e) {
            throw invalid(e);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation, whatever else the server puts on the class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing to release: the underlying stream is the caller's
            }
        }
    }

    private static InvalidCamtException invalid(Throwable cause) {
        InvalidCamtException e = new InvalidCamtException("billing.camt.invalid");
        e.initCause(cause);
        return e;
    }

    /** One pass over the stream; the state of the entry and transaction being read. */
    private static final class Reader {

        private final XMLStreamReader xml;

        /** Local names from the root to the current element. */
        private final List<String> path = new ArrayList<>();

        private final StringBuilder text = new StringBuilder();
        private final List<Credit> credits = new ArrayList<>();
        private String currency;
        private boolean message;
        private String messageId;
        private LocalDateTime createdAt;
        private int entries;
        private int skippedDebits;
        private int skippedReversals;
        private Entry entry;
        private int entryDepth;
        private Transaction transaction;
        private int transactionDepth;

        Reader(XMLStreamReader xml) {
            this.xml = xml;
        }

        Notification read() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw error("a DOCTYPE is refused");
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS,
                            XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE ->
                            text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions, document start and end
                    }
                }
            }
            if (!message) {
                throw error("the root element has no " + MESSAGE);
            }
            if (messageId == null || createdAt == null) {
                throw error("GrpHdr/MsgId or GrpHdr/CreDtTm is missing");
            }
            return new Notification(messageId, createdAt, credits, skippedDebits, skippedReversals);
        }

        private void start() throws XMLStreamException {
            String name = xml.getLocalName();
            String parent = path.isEmpty() ? null : path.get(path.size() - 1);
            path.add(name);
            int depth = path.size();
            text.setLength(0);
            currency = xml.getAttributeValue(null, "Ccy");
            if (depth == 2) {
                if (!MESSAGE.equals(name)) {
                    throw error("not a camt.054: " + name);
                }
                message = true;
            } else if (entry == null) {
                if ("Ntry".equals(name) && "Ntfctn".equals(parent) && depth == 4) {
                    entry = new Entry(++entries);
                    entryDepth = depth;
                }
            } else if (transaction == null
                    && "TxDtls".equals(name)
                    && "NtryDtls".equals(parent)
                    && depth == entryDepth + 2) {
                transaction = new Transaction();
                transactionDepth = depth;
                entry.transactions.add(transaction);
            }
        }

        private void end() throws XMLStreamException {
            int depth = path.size();
            String value = text.toString().strip();
            if (transaction != null) {
                if (depth == transactionDepth) {
                    transaction = null;
                } else {
                    transactionField(below(transactionDepth), value);
                }
            } else if (entry != null) {
                if (depth == entryDepth) {
                    finish(entry);
                    entry = null;
                } else {
                    entryField(below(entryDepth), value);
                }
            } else if (depth == 4 && "GrpHdr".equals(path.get(2))) {
                switch (path.get(3)) {
                    case "MsgId" -> messageId = value.isEmpty() ? null : value;
                    case "CreDtTm" -> createdAt = dateTime(value);
                    default -> {
                        // pagination, additional information
                    }
                }
            }
            path.remove(depth - 1);
            text.setLength(0);
        }

        /** The path of the current element below the element at that depth, e.g. "BookgDt/Dt". */
        private String below(int depth) {
            return String.join("/", path.subList(depth, path.size()));
        }

        private void entryField(String field, String value) throws XMLStreamException {
            if (value.isEmpty()) {
                return; // an element with children, or an empty one: nothing to read
            }
            switch (field) {
                case "Amt" -> {
                    entry.amount = value;
                    entry.currency = currency;
                }
                case "CdtDbtInd" -> entry.indicator = value;
                case "RvslInd" -> entry.reversal = "true".equals(value) || "1".equals(value);
                case "Sts", "Sts/Cd" -> entry.status = value;
                case "BookgDt/Dt" -> entry.bookedOn = date(value);
                case "BookgDt/DtTm" -> entry.bookedOn = dateTime(value).toLocalDate();
                case "ValDt/Dt" -> entry.valueOn = date(value);
                case "ValDt/DtTm" -> entry.valueOn = dateTime(value).toLocalDate();
                case "AcctSvcrRef" -> entry.servicerReference = value;
                default -> {
                    // bank transaction code, charges, batch totals, additional information
                }
            }
        }

        private void transactionField(String field, String value) {
            if (value.isEmpty()) {
                return;
            }
            Transaction tx = transaction;
            switch (field) {
                case "Refs/AcctSvcrRef" -> tx.servicerReference = value;
                case "Amt" -> {
                    tx.amount = value;
                    tx.currency = currency;
                }
                case "AmtDtls/TxAmt/Amt" -> {
                    tx.transactionAmount = value;
                    tx.transactionCurrency = currency;
                }
                case "CdtDbtInd" -> tx.indicator = value;
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> tx.debtorName = value;
                case "RmtInf/Strd/CdtrRefInf/Ref" -> {
                    if (tx.reference == null) {
                        tx.reference = value;
                    }
                }
                case "RmtInf/Ustrd" -> tx.unstructured.add(value);
                case "RmtInf/Strd/AddtlRmtInf" -> tx.additional.add(value);
                default -> {
                    // end-to-end id, agents, addresses, related dates
                }
            }
        }

        private void finish(Entry e) throws XMLStreamException {
            if (e.reversal) {
                skippedReversals++;
                return;
            }
            if ("DBIT".equals(e.indicator)) {
                skippedDebits++;
                return;
            }
            if (!"CRDT".equals(e.indicator)) {
                throw error("entry " + e.rank + ": CdtDbtInd is neither CRDT nor DBIT");
            }
            if (!"BOOK".equals(e.status)) {
                return; // pending or for information: the bank notifies it again once booked
            }
            if (e.bookedOn == null) {
                throw error("entry " + e.rank + ": booked without a booking date");
            }
            List<Transaction> transactions =
                    e.transactions.isEmpty() ? List.of(new Transaction()) : e.transactions;
            for (int i = 0; i < transactions.size(); i++) {
                Transaction tx = transactions.get(i);
                int rank = i + 1;
                if ("DBIT".equals(tx.indicator)) {
                    skippedDebits++;
                    continue;
                }
                String amount;
                String ccy;
                if (tx.amount != null) {
                    amount = tx.amount;
                    ccy = tx.currency;
                } else if (tx.transactionAmount != null) {
                    amount = tx.transactionAmount;
                    ccy = tx.transactionCurrency;
                } else if (transactions.size() == 1 && e.amount != null) {
                    amount = e.amount;
                    ccy = e.currency;
                } else {
                    throw new InvalidCamtException("billing.camt.noAmount", e.rank);
                }
                credits.add(
                        new Credit(
                                key(e, tx, rank),
                                e.bookedOn,
                                e.valueOn,
                                amount(amount),
                                currency(ccy),
                                reference(tx.reference),
                                tx.debtorName,
                                remittanceText(tx)));
            }
        }

        private String key(Entry e, Transaction tx, int rank) throws XMLStreamException {
            String key;
            if (tx.servicerReference != null) {
                key = tx.servicerReference;
            } else if (e.servicerReference != null) {
                key = e.servicerReference + "/" + rank;
            } else {
                // GrpHdr precedes the entries; read() refuses a message without MsgId anyway
                key = messageId + "/" + e.rank + "/" + rank;
            }
            if (key.length() > MAX_KEY_LENGTH) {
                throw error("entry " + e.rank + ": reference longer than " + MAX_KEY_LENGTH);
            }
            return key;
        }

        private BigDecimal amount(String value) throws XMLStreamException {
            if (!AMOUNT.matcher(value).matches()) {
                throw error("not an amount: " + value);
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(value).setScale(2, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw error("more than two decimals: " + value);
            }
            if (amount.signum() <= 0) {
                throw error("not a positive amount: " + value);
            }
            return amount;
        }

        private String currency(String value) throws XMLStreamException {
            if (value == null || !CURRENCY.matcher(value).matches()) {
                throw error("not a currency: " + value);
            }
            return value;
        }

        private static String reference(String value) {
            if (value == null) {
                return null;
            }
            String reference = WHITESPACE.matcher(value).replaceAll("");
            return reference.isEmpty() ? null : reference;
        }

        private static String remittanceText(Transaction tx) {
            List<String> parts = new ArrayList<>(tx.unstructured);
            parts.addAll(tx.additional);
            return parts.isEmpty() ? null : String.join(" ", parts);
        }

        private LocalDate date(String value) throws XMLStreamException {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error("not a date: " + value);
            }
        }

        private LocalDateTime dateTime(String value) throws XMLStreamException {
            try {
                TemporalAccessor parsed =
                        DateTimeFormatter.ISO_DATE_TIME.parseBest(
                                value, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset
                        ? offset.atZoneSameInstant(SWISS_TIME).toLocalDateTime()
                        : (LocalDateTime) parsed;
            } catch (DateTimeParseException e) {
                throw error("not a date and time: " + value);
            }
        }

        /** What was wrong and where, as the cause of the {@code billing.camt.invalid}. */
        private XMLStreamException error(String message) {
            return new XMLStreamException(message, xml.getLocation());
        }
    }

    private static final class Entry {
        final int rank;
        final List<Transaction> transactions = new ArrayList<>();
        String amount;
        String currency;
        String indicator;
        boolean reversal;
        String status;
        LocalDate bookedOn;
        LocalDate valueOn;
        String servicerReference;

        Entry(int rank) {
            this.rank = rank;
        }
    }

    private static final class Transaction {
        final List<String> unstructured = new ArrayList<>();
        final List<String> additional = new ArrayList<>();
        String servicerReference;
        String amount;
        String currency;
        String transactionAmount;
        String transactionCurrency;
        String indicator;
        String debtorName;
        String reference;
    }
}
