package io.quorum.contracts.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

    @Test
    void isDerivedFromTheIntentSoTheSameIntentAlwaysGetsTheSameId() {
        BotId bot = BotId.random();
        IntentId intent = IntentId.derive("a", "b");

        assertThat(ClientOrderId.forIntent(bot, intent)).isEqualTo(ClientOrderId.forIntent(bot, IntentId.derive("a", "b")));
        assertThat(ClientOrderId.forIntent(bot, intent)).isNotEqualTo(ClientOrderId.forIntent(bot, IntentId.derive("a", "c")));
    }

    @Test
    void fitsBybitsOrderLinkIdAndCarriesTheBotPrefix() {
        BotId bot = BotId.random();
        ClientOrderId id = ClientOrderId.forIntent(bot, IntentId.random());

        assertThat(id.value()).hasSizeLessThanOrEqualTo(36).startsWith(ClientOrderId.botPrefix(bot));
        assertThat(id.belongsTo(bot)).isTrue();
        assertThat(id.belongsTo(BotId.random())).isFalse();
        assertThat(id.slice(35).value()).hasSizeLessThanOrEqualTo(36).startsWith(id.value());
    }

    @Test
    void refusesIdsThatAreNotQuorums() {
        assertThatThrownBy(() -> ClientOrderId.of("x".repeat(37))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOrderId.of("my-order")).isInstanceOf(IllegalArgumentException.class);
    }
}
