package ch.monportail.billing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.monportail.billing.control.Camt054.Credit;
import ch.monportail.billing.control.Camt054.Notification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Camt054Test {

    private static final String INVALID = "billing.camt.invalid";
    private static final String NO_AMOUNT = "billing.camt.noAmount";

    // --- the SIX-style samples -------------------------------------------------------------

    @Nested
    class Version08Sample {

        private final Notification notification = resource("camt054-v08-sample.xml");
        private final List<Credit> credits = notification.credits();

        @Test
        void readsTheGroupHeader() {
            assertThat(notification.messageId()).isEqualTo("CAMT054-20240315-0001");
            assertThat(notification.createdAt())
                    .isEqualTo(LocalDateTime.of(2024, 3, 15, 6, 12, 45, 374_000_000));
        }

        @Test
        void countsCreditsAndSkippedEntries() {
            assertThat(credits).hasSize(7);
            assertThat(notification.skippedDebits()).isEqualTo(1);
            assertThat(notification.skippedReversals()).isZero();
        }

        @Test
        void amountsAreExactToTheCentime() {
            assertThat(credits)
                    .extracting(Credit::amount)
                    .containsExactly(
                            new BigDecimal("250.00"),
                            new BigDecimal("1234.50"),
                            new BigDecimal("89.95"),
                            new BigDecimal("420.00"),
                            new BigDecimal("55.50"),
                            new BigDecimal("100.00"),
                            new BigDecimal("1234.50"));
            assertThat(credits).allSatisfy(c -> assertThat(c.amount().scale()).isEqualTo(2));
            assertThat(
                            credits.stream()
                                    .map(Credit::amount)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualTo(new BigDecimal("3384.45"));
            assertThat(credits).extracting(Credit::currency).containsOnly("CHF");
        }

        @Test
        void aBatchBookingYieldsOneCreditPerTransaction() {
            List<Credit> batch = credits.subList(3, 6);
            assertThat(batch)
                    .extracting(Credit::key)
                    .containsExactly(
                            "20240314003912000000011",
                            "20240314003912000000012",
                            "20240314003912000000013");
            assertThat(batch)
                    .extracting(Credit::debtorName)
                    .containsExactly(
                            "Sophie Favre", "Jonas Zimmermann", "Garderie Les Lutins Sàrl");
            // the three transactions add up to the entry's 575.50, not counted once more
            assertThat(batch.stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualTo(new BigDecimal("575.50"));
            assertThat(credits).extracting(Credit::amount).doesNotContain(new BigDecimal("575.50"));
        }

        @Test
        void keysAreUniqueExceptTheCreditTheBankSentAgain() {
            assertThat(credits.stream().map(Credit::key).distinct()).hasSize(6);
            assertThat(credits.get(6).key()).isEqualTo("20240314003912000000002");
            assertThat(credits.get(6)).isEqualTo(credits.get(1));
            assertThat(credits).allSatisfy(c -> assertThat(c.key()).hasSizeLessThanOrEqualTo(200));
        }

        @Test
        void readsQrAndCreditorReferences() {
            assertThat(credits)
                    .extracting(Credit::reference)
                    .containsExactly(
                            "000000000000000000001000015",
                            "000000000000000000001000020",
                            "000000000000000000001000031",
                            "000000000000000000001000046",
                            "000000000000000000009000012",
                            "RF18539007547034",
                            "000000000000000000001000020");
        }

        @Test
        void referencesAreStrippedOfWhitespace() {
            // written "00 00000 00000 00000 00010 00020" in the file
            assertThat(credits.get(1).reference()).isEqualTo("000000000000000000001000020");
        }

        @Test
        void readsDatesDebtorsAndRemittanceTexts() {
            Credit first = credits.get(0);
            assertThat(first.bookedOn()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(first.valueOn()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(first.debtorName()).isEqualTo("Léa Rochat-Meier");
            assertThat(first.remittanceText()).isEqualTo("Facture mars 2024");

            assertThat(credits.get(1).valueOn()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(credits.get(1).remittanceText()).isNull();
            assertThat(credits.get(2).debtorName()).isEqualTo("Famille Nguyen & Dubois");
            assertThat(credits.get(2).remittanceText()).isEqualTo("Repas février");
        }

        @Test
        void theCreditsCannotBeChanged() {
            assertThatThrownBy(() -> credits.remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void readsVersion04() {
        Notification notification = resource("camt054-v04-sample.xml");

        assertThat(notification.messageId()).isEqualTo("CAMT054-20200911-0007");
        assertThat(notification.createdAt()).isEqualTo(LocalDateTime.of(2020, 9, 11, 5, 40, 12));
        assertThat(notification.credits())
                .containsExactly(
                        new Credit(
                                "ZV20200910/000041/1",
                                LocalDate.of(2020, 9, 10),
                                LocalDate.of(2020, 9, 10),
                                new BigDecimal("480.00"),
                                "CHF",
                                "000000000000000000001000054",
                                "Anne-Catherine Perruchoud",
                                null),
                        new Credit(
                                "ZV20200910/000042/1",
                                LocalDate.of(2020, 9, 10),
                                LocalDate.of(2020, 9, 11),
                                new BigDecimal("36.50"),
                                "CHF",
                                "000000000000000000001000062",
                                "Pedro Alves",
                                "Goûters septembre 2020"));
        assertThat(notification.skippedDebits()).isZero();
        assertThat(notification.skippedReversals()).isZero();
    }

    @Test
    void aReversalIsCountedNotCredited() {
        Notification notification = resource("camt054-reversal.xml");

        assertThat(notification.credits())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.key()).isEqualTo("20240401004417000000001");
                            assertThat(c.amount()).isEqualTo(new BigDecimal("150.00"));
                            assertThat(c.reference()).isEqualTo("000000000000000000001000078");
                        });
        assertThat(notification.skippedReversals()).isEqualTo(1);
        assertThat(notification.skippedDebits()).isZero();
        // +02:00 in April is Swiss summer time: the time as written
        assertThat(notification.createdAt()).isEqualTo(LocalDateTime.of(2024, 4, 2, 6, 5));
    }

    @Test
    void theQrReferencesOfTheSamplesHaveValidCheckDigits() throws IOException {
        Pattern qr = Pattern.compile("<Ref>([0-9 ]+)</Ref>");
        for (String sample :
                List.of(
                        "camt054-v08-sample.xml",
                        "camt054-v04-sample.xml",
                        "camt054-reversal.xml")) {
            String xml = new String(bytes(sample), StandardCharsets.UTF_8);
            Matcher m = qr.matcher(xml);
            int found = 0;
            while (m.find()) {
                String reference = m.group(1).replace(" ", "");
                assertThat(reference).as(sample).hasSize(27);
                assertThat(mod10(reference.substring(0, 26)))
                        .as("%s in %s", reference, sample)
                        .isEqualTo(reference.charAt(26) - '0');
                found++;
            }
            assertThat(found).as(sample).isPositive();
        }
    }

    // --- the rules, on small hand-made messages -------------------------------------------

    @Test
    void debitEntriesAreCountedNotCredited() {
        Notification notification =
                xml(
                        camt(
                                entry("DBIT", "BOOK", "12.00", "<AcctSvcrRef>D-1</AcctSvcrRef>")
                                        + entry(
                                                "DBIT",
                                                "BOOK",
                                                "8.00",
                                                "<AcctSvcrRef>D-2</AcctSvcrRef>")));

        assertThat(notification.credits()).isEmpty();
        assertThat(notification.skippedDebits()).isEqualTo(2);
    }

    @Test
    void aReversedDebitIsAReversalToo() {
        Notification notification =
                xml(
                        camt(
                                entry("CRDT", "BOOK", "12.00", "")
                                        .replace(
                                                "</CdtDbtInd>",
                                                "</CdtDbtInd><RvslInd>true</RvslInd>")));

        assertThat(notification.credits()).isEmpty();
        assertThat(notification.skippedReversals()).isEqualTo(1);
        assertThat(notification.skippedDebits()).isZero();
    }

    @Test
    void entriesNotYetBookedAreIgnored() {
        Notification notification =
                xml(
                        camt(
                                entry("CRDT", "PDNG", "40.00", "<AcctSvcrRef>P-1</AcctSvcrRef>")
                                        + entry(
                                                "CRDT",
                                                "INFO",
                                                "40.00",
                                                "<AcctSvcrRef>P-2</AcctSvcrRef>")));

        assertThat(notification.credits()).isEmpty();
        assertThat(notification.skippedDebits()).isZero();
        assertThat(notification.skippedReversals()).isZero();
    }

    @Test
    void theKeyFallsBackToTheEntryReferenceAndTheRankOfTheTransaction() {
        Notification notification =
                xml(
                        camt(
                                credit(
                                        "30.00",
                                        "<AcctSvcrRef>E-1</AcctSvcrRef><NtryDtls>"
                                                + "<TxDtls><Amt Ccy=\"CHF\">10.00</Amt></TxDtls>"
                                                + "<TxDtls><Amt Ccy=\"CHF\">20.00</Amt></TxDtls>"
                                                + "</NtryDtls>")));

        assertThat(notification.credits())
                .extracting(Credit::key)
                .containsExactly("E-1/1", "E-1/2");
    }

    @Test
    void theLastResortKeyIsTheMessageIdTheEntryRankAndTheTransactionRank() {
        Notification notification =
                xml(
                        camt(
                                entry("DBIT", "BOOK", "5.00", "")
                                        + credit(
                                                "30.00",
                                                "<NtryDtls>"
                                                        + "<TxDtls><Amt Ccy=\"CHF\">10.00</Amt></TxDtls>"
                                                        + "<TxDtls><Amt Ccy=\"CHF\">20.00</Amt></TxDtls>"
                                                        + "</NtryDtls>")
                                        + credit("7.00", "")));

        assertThat(notification.credits())
                .extracting(Credit::key)
                .containsExactly("MSG-1/2/1", "MSG-1/2/2", "MSG-1/3/1");
    }

    @Test
    void anEntryWithoutDetailsIsOneCreditOfTheEntryAmount() {
        Credit credit =
                xml(camt(credit("12.5", "<AcctSvcrRef>E-9</AcctSvcrRef>"))).credits().get(0);

        assertThat(credit.key()).isEqualTo("E-9/1");
        assertThat(credit.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(credit.reference()).isNull();
        assertThat(credit.debtorName()).isNull();
        assertThat(credit.remittanceText()).isNull();
        assertThat(credit.valueOn()).isNull();
    }

    @Test
    void theTransactionAmountWinsOverTheAmountDetails() {
        Credit credit =
                xml(camt(
                                credit(
                                        "20.00",
                                        "<NtryDtls><TxDtls>"
                                                + "<Amt Ccy=\"CHF\">20.00</Amt>"
                                                + "<AmtDtls>"
                                                + "<InstdAmt><Amt Ccy=\"EUR\">21.30</Amt></InstdAmt>"
                                                + "<TxAmt><Amt Ccy=\"CHF\">19.90</Amt></TxAmt>"
                                                + "</AmtDtls></TxDtls></NtryDtls>")))
                        .credits()
                        .get(0);

        assertThat(credit.amount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(credit.currency()).isEqualTo("CHF");
    }

    @Test
    void theCurrencyIsThatOfTheAmountRead() {
        Credit credit =
                xml(camt(
                                credit(
                                        "95.00",
                                        "<NtryDtls><TxDtls><AmtDtls>"
                                                + "<InstdAmt><Amt Ccy=\"EUR\">100.00</Amt></InstdAmt>"
                                                + "<TxAmt><Amt Ccy=\"EUR\">100.00</Amt></TxAmt>"
                                                + "</AmtDtls></TxDtls></NtryDtls>")))
                        .credits()
                        .get(0);

        assertThat(credit.amount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(credit.currency()).isEqualTo("EUR");
    }

    @Test
    void aDebitTransactionInACreditEntryIsSkipped() {
        Notification notification =
                xml(
                        camt(
                                credit(
                                        "90.00",
                                        "<NtryDtls>"
                                                + "<TxDtls><Amt Ccy=\"CHF\">100.00</Amt>"
                                                + "<CdtDbtInd>CRDT</CdtDbtInd></TxDtls>"
                                                + "<TxDtls><Amt Ccy=\"CHF\">10.00</Amt>"
                                                + "<CdtDbtInd>DBIT</CdtDbtInd></TxDtls>"
                                                + "</NtryDtls>")));

        assertThat(notification.credits())
                .extracting(Credit::amount)
                .containsExactly(new BigDecimal("100.00"));
        assertThat(notification.skippedDebits()).isEqualTo(1);
    }

    @Test
    void theCreditorOfTheTransactionIsNotTakenForTheDebtor() {
        Credit credit =
                xml(camt(
                                credit(
                                        "10.00",
                                        "<NtryDtls><TxDtls><RltdPties>"
                                                + "<Dbtr><Pty><Nm> Eva Roth </Nm></Pty></Dbtr>"
                                                + "<UltmtDbtr><Pty><Nm>Tante Ruth</Nm></Pty></UltmtDbtr>"
                                                + "<Cdtr><Pty><Nm>Commune</Nm></Pty></Cdtr>"
                                                + "</RltdPties></TxDtls></NtryDtls>")))
                        .credits()
                        .get(0);

        assertThat(credit.debtorName()).isEqualTo("Eva Roth");
    }

    @Test
    void aBookingDateTimeWithAnOffsetIsAZurichDate() {
        String entry =
                "<Ntry><Amt Ccy=\"CHF\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                        + "<Sts><Cd>BOOK</Cd></Sts>"
                        + "<BookgDt><DtTm>2024-03-14T23:30:00Z</DtTm></BookgDt>"
                        + "<ValDt><DtTm>2024-03-14T10:00:00</DtTm></ValDt></Ntry>";

        Credit credit = xml(camt(entry)).credits().get(0);

        assertThat(credit.bookedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(credit.valueOn()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void theCreationTimeInUtcIsGivenInSwissTime() {
        String xml = camt("").replace("2024-03-15T06:00:00", "2024-07-01T04:00:00Z");

        assertThat(xml(xml).createdAt()).isEqualTo(LocalDateTime.of(2024, 7, 1, 6, 0));
    }

    @Test
    void theNamespaceDoesNotMatterOnlyTheLocalNames() {
        String prefixed =
                camt(credit("10.00", ""))
                        .replace("<Document xmlns=", "<c:Document xmlns:c=")
                        .replace("</Document>", "</c:Document>")
                        .replace("<BkToCstmrDbtCdtNtfctn>", "<c:BkToCstmrDbtCdtNtfctn>")
                        .replace("</BkToCstmrDbtCdtNtfctn>", "</c:BkToCstmrDbtCdtNtfctn>");
        String none =
                camt(credit("10.00", ""))
                        .replace(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"", "");

        assertThat(xml(prefixed).credits()).hasSize(1);
        assertThat(xml(none).credits()).hasSize(1);
    }

    @Test
    void allUnstructuredTextsAreJoined() {
        Credit credit =
                xml(camt(
                                credit(
                                        "10.00",
                                        "<NtryDtls><TxDtls><RmtInf>"
                                                + "<Ustrd>Accueil</Ustrd><Ustrd>  </Ustrd>"
                                                + "<Ustrd><![CDATA[avril & mai]]></Ustrd>"
                                                + "<Strd><AddtlRmtInf>Léo</AddtlRmtInf></Strd>"
                                                + "</RmtInf></TxDtls></NtryDtls>")))
                        .credits()
                        .get(0);

        assertThat(credit.remittanceText()).isEqualTo("Accueil avril & mai Léo");
    }

    @Test
    void moreThanTwoZeroDecimalsAreStillAnExactAmount() {
        assertThat(xml(camt(credit("12.3400", ""))).credits().get(0).amount())
                .isEqualTo(new BigDecimal("12.34"));
    }

    // --- what is refused -------------------------------------------------------------------

    @Test
    void anEmptyStreamIsInvalid() {
        assertRefused(() -> Camt054.read(new ByteArrayInputStream(new byte[0])), INVALID);
    }

    @Test
    void garbageIsInvalid() {
        Random random = new Random(54);
        for (int i = 0; i < 5; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2000)];
            random.nextBytes(garbage);
            assertRefused(() -> Camt054.read(new ByteArrayInputStream(garbage)), INVALID);
        }
        assertRefused(() -> xml("%PDF-1.7\n%âãÏÓ\n1 0 obj"), INVALID);
        assertRefused(() -> xml("MsgId;Amount\nX;10.00\n"), INVALID);
    }

    @Test
    void truncatedXmlIsInvalid() throws IOException {
        byte[] sample = bytes("camt054-v08-sample.xml");
        for (int length : new int[] {10, sample.length / 2, sample.length - 20}) {
            byte[] truncated = Arrays.copyOf(sample, length);
            assertRefused(() -> Camt054.read(new ByteArrayInputStream(truncated)), INVALID);
        }
    }

    @Test
    void anotherIsoMessageIsInvalid() {
        assertRefused(() -> resource("not-camt.xml"), INVALID);
        assertRefused(
                () ->
                        xml(
                                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">"
                                        + "<CstmrCdtTrfInitn><GrpHdr><MsgId>P</MsgId></GrpHdr>"
                                        + "</CstmrCdtTrfInitn></Document>"),
                INVALID);
        assertRefused(() -> xml("<Document/>"), INVALID);
        assertRefused(() -> xml("<BkToCstmrDbtCdtNtfctn/>"), INVALID);
    }

    @Test
    void aMessageWithoutIdOrCreationTimeIsInvalid() {
        assertRefused(() -> xml(camt("").replace("<MsgId>MSG-1</MsgId>", "")), INVALID);
        assertRefused(
                () -> xml(camt("").replace("<CreDtTm>2024-03-15T06:00:00</CreDtTm>", "")), INVALID);
        assertRefused(
                () -> xml(camt("").replace("2024-03-15T06:00:00", "15.03.2024 06:00")), INVALID);
    }

    @Test
    void anAmountWithThreeDecimalsIsInvalid() {
        assertRefused(() -> xml(camt(credit("12.345", ""))), INVALID);
        assertRefused(
                () ->
                        xml(
                                camt(
                                        credit(
                                                "12.35",
                                                "<NtryDtls><TxDtls><Amt Ccy=\"CHF\">12.345</Amt>"
                                                        + "</TxDtls></NtryDtls>"))),
                INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-10.00", "1E3", "12,50", "CHF 10", "+5.00", ".50"})
    void anAmountThatIsNotAPositiveDecimalIsInvalid(String amount) {
        assertRefused(() -> xml(camt(credit(amount, ""))), INVALID);
    }

    @Test
    void anAmountWithoutCurrencyIsInvalid() {
        assertRefused(() -> xml(camt(credit("10.00", "")).replace(" Ccy=\"CHF\"", "")), INVALID);
    }

    @Test
    void aCreditWithoutAmountIsRefused() {
        InvalidCamtException e =
                assertRefused(
                        () -> xml(camt(entry("DBIT", "BOOK", "1.00", "") + credit(null, ""))),
                        NO_AMOUNT);
        assertThat(e.getArguments()).containsExactly(2);
    }

    @Test
    void aBatchTransactionWithoutAmountIsRefused() {
        // the entry's amount is the batch total: it cannot stand for one of its transactions
        assertRefused(
                () ->
                        xml(
                                camt(
                                        credit(
                                                "30.00",
                                                "<NtryDtls>"
                                                        + "<TxDtls><Amt Ccy=\"CHF\">10.00</Amt></TxDtls>"
                                                        + "<TxDtls><Refs><AcctSvcrRef>T-2</AcctSvcrRef>"
                                                        + "</Refs></TxDtls>"
                                                        + "</NtryDtls>"))),
                NO_AMOUNT);
    }

    @Test
    void aBookedCreditWithoutBookingDateIsInvalid() {
        assertRefused(
                () ->
                        xml(
                                camt(
                                        credit("10.00", "")
                                                .replace(
                                                        "<BookgDt><Dt>2024-03-14</Dt></BookgDt>",
                                                        ""))),
                INVALID);
        assertRefused(
                () -> xml(camt(credit("10.00", "").replace("2024-03-14", "2024-02-30"))), INVALID);
    }

    @Test
    void anEntryNeitherCreditNorDebitIsInvalid() {
        assertRefused(
                () -> xml(camt(entry("CRDT", "BOOK", "1.00", "").replace("CRDT", "X"))), INVALID);
    }

    @Test
    void aKeyOfMoreThan200CharactersIsInvalid() {
        String reference = "R".repeat(201);
        assertRefused(
                () ->
                        xml(
                                camt(
                                        credit(
                                                "10.00",
                                                "<NtryDtls><TxDtls><Refs><AcctSvcrRef>"
                                                        + reference
                                                        + "</AcctSvcrRef></Refs></TxDtls></NtryDtls>"))),
                INVALID);
    }

    // --- XML attacks -----------------------------------------------------------------------

    @Test
    void anExternalEntityIsRefused() {
        InvalidCamtException e = assertRefused(() -> resource("xxe.xml"), INVALID);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void anExternalEntityDoesNotReadTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4711");
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n"
                        + camt(credit("1.00", "<AcctSvcrRef>&xxe;</AcctSvcrRef>"))
                                .replaceFirst("<\\?xml[^>]*>", "");

        InvalidCamtException e = assertRefused(() -> xml(xml), INVALID);

        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void anExternalDtdIsNotFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            AtomicBoolean fetched = new AtomicBoolean();
            Thread listener =
                    new Thread(
                            () -> {
                                // a parser that fetched would connect: note it and hang up
                                try (Socket socket = server.accept()) {
                                    fetched.set(true);
                                } catch (IOException closed) {
                                    // the server was closed: nobody came
                                }
                            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/camt.dtd";
            String xml =
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \""
                            + url
                            + "\">\n"
                            + camt(credit("1.00", "")).replaceFirst("<\\?xml[^>]*>", "");

            assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertRefused(() -> xml(xml), INVALID));

            server.close();
            listener.join(2000);
            assertThat(fetched).isFalse();
        }
    }

    @Test
    void anInternalEntityExpansionIsRefused() {
        String lol = "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">";
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Document ["
                        + lol
                        + "]>\n"
                        + camt(credit("1.00", "<AcctSvcrRef>&b;</AcctSvcrRef>"))
                                .replaceFirst("<\\?xml[^>]*>", "");

        assertRefused(() -> xml(xml), INVALID);
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A camt.054.001.08 message with these entries, in one notification. */
    private static String camt(String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-03-15T06:00:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>N-1</Id>
                      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>
                      %s
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """
                .formatted(entries);
    }

    /** A booked credit entry of 14.03.2024; no Amt element if amount is null. */
    private static String credit(String amount, String rest) {
        return entry("CRDT", "BOOK", amount, rest);
    }

    private static String entry(String indicator, String status, String amount, String rest) {
        return "<Ntry>"
                + (amount == null ? "" : "<Amt Ccy=\"CHF\">" + amount + "</Amt>")
                + "<CdtDbtInd>"
                + indicator
                + "</CdtDbtInd><Sts><Cd>"
                + status
                + "</Cd></Sts><BookgDt><Dt>2024-03-14</Dt></BookgDt>"
                + rest
                + "</Ntry>";
    }

    private static Notification xml(String xml) {
        return Camt054.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Notification resource(String name) {
        try (InputStream in = open(name)) {
            return Camt054.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String name) {
        InputStream in = Camt054Test.class.getResourceAsStream("/camt/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static InvalidCamtException assertRefused(ThrowingCallable read, String key) {
        InvalidCamtException[] caught = new InvalidCamtException[1];
        assertThatThrownBy(read)
                .isInstanceOfSatisfying(
                        InvalidCamtException.class,
                        e -> {
                            assertThat(e.getMessageKey()).isEqualTo(key);
                            caught[0] = e;
                        });
        return caught[0];
    }

    /** The check digit of a QR reference: mod 10, recursive (SIX QR-bill guidelines). */
    private static int mod10(String digits) {
        int[] table = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
        int carry = 0;
        for (char c : digits.toCharArray()) {
            carry = table[(carry + c - '0') % 10];
        }
        return (10 - carry) % 10;
    }
}
