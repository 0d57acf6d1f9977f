package io.quorum.registry.bots;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.registry.audit.AuditEntry;
import io.quorum.registry.bots.domain.BotSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Which of a bot's settings a change touched, each with its old and new value, as the audit trail keeps them. */
final class SettingsChanges {

    private SettingsChanges() {
    }

    static Map<String, AuditEntry.Change> between(BotSettings before, BotSettings after) {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        note(changes, "name", before.name(), after.name());
        note(changes, "budget", before.budget(), after.budget());
        note(changes, "leverage", before.leverage(), after.leverage());
        GridSpec from = before.grid();
        GridSpec to = after.grid();
        if (from != null && to != null) {
            note(changes, "grid.lower", from.lower(), to.lower());
            note(changes, "grid.upper", from.upper(), to.upper());
            note(changes, "grid.gridCount", from.gridCount(), to.gridCount());
            note(changes, "grid.spacing", from.spacing(), to.spacing());
            note(changes, "grid.investment", from.investment(), to.investment());
            note(changes, "grid.triggerPrice", from.triggerPrice(), to.triggerPrice());
            note(changes, "grid.stopLossPrice", from.stopLossPrice(), to.stopLossPrice());
            note(changes, "grid.takeProfitPrice", from.takeProfitPrice(), to.takeProfitPrice());
        }
        return changes;
    }

    /** Values compare as the API shows them, so 100 and 100.0 are no change. */
    private static void note(Map<String, AuditEntry.Change> changes, String field, Object before, Object after) {
        String from = shown(before);
        String to = shown(after);
        if (!Objects.equals(from, to)) {
            changes.put(field, new AuditEntry.Change(from, to));
        }
    }

    private static String shown(Object value) {
        return switch (value) {
            case null -> null;
            case Money money -> money.value().stripTrailingZeros().toPlainString();
            case Price price -> price.value().stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }
}
