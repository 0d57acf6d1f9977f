package io.quorum.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void fillsInEveryPlaceholderLiterally() {
        var template = new MessageTemplate("t", "Bot {botName} paid {fee} USDT\n");

        assertThat(template.render(Map.of("botName", "$1 \\ {fee}", "fee", "0.5")))
                .isEqualTo("Bot $1 \\ {fee} paid 0.5 USDT");
    }

    @Test
    void aPlaceholderWithoutValueIsABug() {
        var template = new MessageTemplate("t", "Bot {botName} stopped");

        assertThatThrownBy(() -> template.render(Map.of())).hasMessageContaining("{botName}");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderStopsTheStart() {
        Map<NotificationKind, MessageTemplate> templates = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            templates.put(kind, new MessageTemplate(kind.template(), "Bot {botName}"));
        }
        templates.put(NotificationKind.BOT_STOPPED, new MessageTemplate("bot-stopped", "Bot {botNmae} stopped"));

        assertThatThrownBy(() -> new MessageTemplates(templates)).hasMessageContaining("botNmae");
    }

    @Test
    void everyKindHasAShippedTemplateUsingOnlyKnownPlaceholders() {
        MessageTemplates.fromClasspath(getClass().getClassLoader());
    }
}
