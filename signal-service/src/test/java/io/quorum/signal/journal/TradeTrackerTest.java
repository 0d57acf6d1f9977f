package io.quorum.signal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.signal.journal.TradeTracker.Step;
import io.quorum.signal.journal.TradeTracker.Track;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradeTrackerTest {

    private static final BotId BOT = BotId.random();
    private static final UserId USER = UserId.random();
    private static final Instant T0 = Instant.parse("2025-06-20T10:00:00Z");

    @Test
    void aTradeFromOpenToFlatEarnsTheChangeOfRealizedPnlLessTheChangeOfFeesAtTheEntryThatWasOpen() {
        Track flatBefore = TradeTracker.next(null, change(PositionSide.FLAT, "0", null, "7", "1"), T0).state();
        Step opened = TradeTracker.next(flatBefore, change(PositionSide.LONG, "0.01", "100000", "7", "1.5"), T0.plusSeconds(60));
        Step added = TradeTracker.next(opened.state(), change(PositionSide.LONG, "0.02", "100500", "7", "2"), T0.plusSeconds(120));
        Step closed = TradeTracker.next(added.state(), change(PositionSide.FLAT, "0", null, "4", "2.5"), T0.plusSeconds(180));

        assertThat(opened.closed()).isEmpty();
        assertThat(added.closed()).isEmpty();
        ClosedTrade trade = closed.closed().orElseThrow();
        assertThat(trade.side()).isEqualTo(PositionSide.LONG);
        assertThat(trade.entry()).isEqualTo(Price.of("100500"));
        assertThat(trade.openedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(trade.closedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(trade.result()).isEqualTo(Money.of("-4.5"));
        assertThat(trade.lost()).isTrue();
    }

    @Test
    void aFirstEverPositionStartsFromZeroTotalsSoItsOpeningFeeCounts() {
        Step opened = TradeTracker.next(null, change(PositionSide.SHORT, "0.01", "100000", "0", "0.3"), T0);
        ClosedTrade trade = TradeTracker.next(opened.state(), change(PositionSide.FLAT, "0", null, "5", "0.6"),
                T0.plusSeconds(60)).closed().orElseThrow();
        assertThat(trade.result()).isEqualTo(Money.of("4.4"));
        assertThat(trade.lost()).isFalse();
    }

    @Test
    void aReversalInOneFillClosesTheTradeAndOpensTheNextFromTheTotalsItEndedWith() {
        Step opened = TradeTracker.next(null, change(PositionSide.LONG, "0.01", "100000", "0", "0.1"), T0);
        Step reversed = TradeTracker.next(opened.state(), change(PositionSide.SHORT, "0.01", "99000", "-10", "0.3"),
                T0.plusSeconds(60));
        assertThat(reversed.closed().orElseThrow().result()).isEqualTo(Money.of("-10.3"));
        ClosedTrade next = TradeTracker.next(reversed.state(), change(PositionSide.FLAT, "0", null, "-4", "0.4"),
                T0.plusSeconds(120)).closed().orElseThrow();
        assertThat(next.side()).isEqualTo(PositionSide.SHORT);
        assertThat(next.entry()).isEqualTo(Price.of("99000"));
        assertThat(next.result()).isEqualTo(Money.of("5.9"));
    }

    @Test
    void flatAfterFlatClosesNothing() {
        Track flat = TradeTracker.next(null, change(PositionSide.FLAT, "0", null, "0", "0"), T0).state();
        assertThat(TradeTracker.next(flat, change(PositionSide.FLAT, "0", null, "0", "0"), T0.plusSeconds(1)).closed()).isEmpty();
    }

    private static PositionChanged change(PositionSide side, String size, String entry, String pnl, String fees) {
        return new PositionChanged(USER, BOT, Symbol.of("BTCUSDT"), side, Quantity.of(size),
                entry == null ? null : Price.of(entry), 2, Money.of(pnl), Money.of(fees));
    }
}
