package io.quorum.contracts.event;

/**
 * A fact that happened, named in the past tense. The payload of an {@link Envelope}; its wire
 * name and topic are fixed in {@link EventCatalog}.
 */
public interface Event {
}
