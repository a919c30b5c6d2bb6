package ch.monportail.document.entity;

/** Where an upload stands in the staff's inbox. */
public enum UploadStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED
}
