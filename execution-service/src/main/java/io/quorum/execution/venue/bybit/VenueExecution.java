package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One fill as Bybit's execution/list reports it; {@code execId} is unique, so a fill is applied once. {@code execType}
 * ({@code Trade}, {@code BustTrade}, {@code AdlTrade}, {@code Funding}, ...) and {@code stopOrderType} ({@code StopLoss},
 * {@code TakeProfit}, ..., or {@code UNKNOWN}/empty for a plain order) say what made Bybit execute it.
 */
public record VenueExecution(String execId, String orderId, String orderLinkId, Symbol symbol, Side side, Price price,
                             Quantity quantity, Money fee, boolean maker, Instant executedAt, String execType,
                             String stopOrderType) {

    /** The stopOrderTypes of the closing orders Bybit creates itself when a position's levels are reached. */
    private static final Set<String> POSITION_STOPS = Set.of("StopLoss", "TakeProfit", "PartialStopLoss",
            "PartialTakeProfit", "TrailingStop");

    /** What closed a position on Bybit's own initiative, when this execution is such a close. */
    public enum VenueClose {
        STOP_LOSS("stop-loss"), TAKE_PROFIT("take-profit"), TRAILING_STOP("trailing stop"),
        LIQUIDATION("liquidation"), AUTO_DELEVERAGING("auto-deleveraging");

        private final String label;

        VenueClose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Whether the execution is a trade that changed a position. Funding ({@code Funding}) and settlement ({@code Settle})
     * entries only move money between the wallet and the market: no order, Quorum's or anyone's, stands behind them.
     */
    public boolean isTrade() {
        return !"Funding".equals(execType) && !"Settle".equals(execType);
    }

    /**
     * A close Bybit made itself: an execution of the stop-loss, take-profit or trailing stop it holds on a position
     * ({@code stopOrderType}), or of a liquidation ({@code BustTrade}) or auto-deleveraging ({@code AdlTrade}). Empty
     * for a trade of an order someone placed — Quorum or anyone else — and for funding and the like.
     */
    public Optional<VenueClose> venueClose() {
        if ("BustTrade".equals(execType)) {
            return Optional.of(VenueClose.LIQUIDATION);
        }
        if ("AdlTrade".equals(execType)) {
            return Optional.of(VenueClose.AUTO_DELEVERAGING);
        }
        if (!"Trade".equals(execType) || !POSITION_STOPS.contains(stopOrderType)) {
            return Optional.empty();
        }
        return Optional.of(switch (stopOrderType) {
            case "StopLoss", "PartialStopLoss" -> VenueClose.STOP_LOSS;
            case "TakeProfit", "PartialTakeProfit" -> VenueClose.TAKE_PROFIT;
            default -> VenueClose.TRAILING_STOP;
        });
    }
}
