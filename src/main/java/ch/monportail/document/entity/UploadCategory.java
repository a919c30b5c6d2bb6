package ch.monportail.document.entity;

/** What a parent sends (the user guide's drop-down). */
public enum UploadCategory {
    MEDICAL_CERTIFICATE,
    INCOME_PROOF,
    EMPLOYER_CERTIFICATE,
    OTHER
}
