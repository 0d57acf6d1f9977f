package io.quorum.contracts.event;

/** The stable, versioned wire name of an event record and the topic it is published on. */
public record EventType(String wireName, Class<? extends Event> javaType, Topic topic) {
}
