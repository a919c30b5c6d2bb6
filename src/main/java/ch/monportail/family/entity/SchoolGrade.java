package ch.monportail.family.entity;

/** The HarmoS school grades of primary school, 1H (first kindergarten year) to 8H. */
public enum SchoolGrade {
    H1("1H"),
    H2("2H"),
    H3("3H"),
    H4("4H"),
    H5("5H"),
    H6("6H"),
    H7("7H"),
    H8("8H");

    private final String label;

    SchoolGrade(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public static SchoolGrade ofLabel(String label) {
        for (SchoolGrade grade : values()) {
            if (grade.label.equalsIgnoreCase(label)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("unknown grade " + label);
    }
}
