package io.quorum.registry.audit;

/** What happened to a bot. */
public enum AuditAction {
    CREATED,
    /** Its settings changed: the entry names each field with its old and new value. */
    CHANGED,
    STARTED,
    STOP_REQUESTED,
    STOPPED,
    DELETED
}
