package ch.monportail.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * The creditor on the payment slips (the commune's service: name, structured address, IBAN or
 * QR-IBAN) and the reminder rule. One row, id 1, entered by the ADMIN on the billing page.
 */
@Entity
@Table(name = "billing_settings")
public class BillingSettings implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final long ID = 1L;

    @Id private Long id = ID;

    @Column(name = "creditor_name", nullable = false)
    private String creditorName;

    @Column(nullable = false)
    private String street;

    @Column(name = "house_number")
    private String houseNumber;

    @Column(nullable = false)
    private String postcode;

    @Column(nullable = false)
    private String town;

    @Column(nullable = false)
    private String country = "CH";

    @Column(nullable = false)
    private String iban;

    @Column(name = "reminder_threshold", nullable = false, precision = 10, scale = 2)
    private BigDecimal reminderThreshold = new BigDecimal("200.00");

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 30;

    @Version private long version;

    public BillingSettings() {}

    public String getCreditorName() {
        return creditorName;
    }

    public void setCreditorName(String creditorName) {
        this.creditorName = creditorName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** The IBAN as entered, without spaces. */
    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban == null ? null : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** A reminder goes when the balance stays below minus this amount. */
    public BigDecimal getReminderThreshold() {
        return reminderThreshold;
    }

    public void setReminderThreshold(BigDecimal reminderThreshold) {
        this.reminderThreshold = reminderThreshold;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(int reminderDays) {
        this.reminderDays = reminderDays;
    }

    public long getVersion() {
        return version;
    }
}
