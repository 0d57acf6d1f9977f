package io.quorum.contracts.event;

/** What a topic's record key is; it decides which events share a partition and so stay in order. */
public enum KeyedBy {
    USER {
        @Override
        String keyOf(Event event) {
            return ((UserScoped) event).userId().toString();
        }
    },
    BOT {
        @Override
        String keyOf(Event event) {
            return ((BotScoped) event).botId().toString();
        }
    },
    SYMBOL {
        @Override
        String keyOf(Event event) {
            return ((SymbolScoped) event).symbol().toString();
        }
    };

    abstract String keyOf(Event event);
}
