package ch.monportail.contract.entity;

/** The life of a contract (DESIGN §5): draft until activated, active, ended. */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    ENDED
}
