package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import java.math.BigDecimal;

/**
 * Reconciliation found that the venue's position on one symbol differs from the sum of the user's bots' positions
 * there. Sizes are signed net quantities (long positive, short negative, flat zero). Quorum does not "fix" it —
 * neither by trading nor by rewriting a bot's position — it tells the user, once per account, symbol and pair of
 * sizes, until the two agree again. Live venues only; event time = when the reconciliation read the positions. The
 * sizes are written as decimal strings, like every quantity on the wire.
 */
public record PositionMismatchDetected(UserId userId, String venue, Symbol symbol,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal venueSize,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quorumSize) implements UserScoped {

    public PositionMismatchDetected {
        requireNonNull(userId, "userId");
        requireNonNull(venue, "venue");
        requireNonNull(symbol, "symbol");
        requireNonNull(venueSize, "venueSize");
        requireNonNull(quorumSize, "quorumSize");
        if (venue.isBlank()) {
            throw new IllegalArgumentException("venue must name the venue, was blank");
        }
        if (venueSize.compareTo(quorumSize) == 0) {
            throw new IllegalArgumentException("a mismatch needs two different sizes, both were " + venueSize.toPlainString());
        }
    }
}
