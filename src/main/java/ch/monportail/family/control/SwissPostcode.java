package ch.monportail.family.control;

/**
 * A Swiss postcode (NPA): four digits from 1000 to 9699 (Swiss Post's range; 9485–9499 are
 * Liechtenstein's, which Swiss Post also serves). Families living abroad are out of scope: the
 * municipal service only serves residents, whose address is in Switzerland.
 */
public final class SwissPostcode {

    private SwissPostcode() {}

    public static boolean isValid(String postcode) {
        if (postcode == null || !postcode.strip().matches("[0-9]{4}")) {
            return false;
        }
        int value = Integer.parseInt(postcode.strip());
        return value >= 1000 && value <= 9699;
    }
}
