package io.quorum.notifier.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One template per kind of notification, checked when the service starts rather than when a user is told. */
public final class MessageTemplates {

    public static final String LOCATION = "notifier-templates/";

    private final Map<NotificationKind, MessageTemplate> byKind;

    public MessageTemplates(Map<NotificationKind, MessageTemplate> byKind) {
        for (NotificationKind kind : NotificationKind.values()) {
            MessageTemplate template = byKind.get(kind);
            if (template == null) {
                throw new IllegalArgumentException("no template for " + kind);
            }
            Set<String> unknown = new HashSet<>(template.placeholders());
            unknown.removeAll(kind.placeholders());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("template " + template.name() + " uses unknown placeholders "
                        + unknown + "; known: " + kind.placeholders());
            }
        }
        this.byKind = Map.copyOf(byKind);
    }

    /** Reads {@code notifier-templates/<kind>.txt} from the classpath for every kind. */
    public static MessageTemplates fromClasspath(ClassLoader classLoader) {
        Map<NotificationKind, MessageTemplate> templates = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            String path = LOCATION + kind.template() + ".txt";
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing message template " + path);
                }
                templates.put(kind, new MessageTemplate(kind.template(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read message template " + path, e);
            }
        }
        return new MessageTemplates(templates);
    }

    public String render(NotificationKind kind, Map<String, String> values) {
        return byKind.get(kind).render(values);
    }
}
