package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.contracts.market.Instruments;
import io.quorum.execution.positions.Position;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementPoliciesTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();
    private final Position flat = Position.flat(user, bot, BTC);

    private PlacementRequest request(OrderSpec spec, Optional<Price> last, Position position) {
        IntentId intent = IntentId.random();
        return new PlacementRequest(new OrderApproved(intent, user, bot, ClientOrderId.forIntent(bot, intent), spec,
                Money.of("1")), last, position);
    }

    private Verdict check(OrderSpec spec, Optional<Price> last, Position position) {
        return PlacementPolicy.firstRejection(PlacementPolicy.paperVenue(), request(spec, last, position));
    }

    @Test
    void bothVenuesAcceptAnOrderMarkedTwapAsAWholeBeforeItIsSliced() {
        var spec = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.5"), 2, false).asTwap(new TwapSpec(600, 5));
        var live = PlacementPolicy.liveVenue(symbol -> Instruments.find(symbol));

        assertThat(PlacementPolicy.firstRejection(live, request(spec, Optional.empty(), flat)).allowed()).isTrue();
        assertThat(check(spec, Optional.of(Price.of("60000")), flat).allowed()).isTrue();
        // the whole order is still judged by the instrument's rules on the live venue
        var offStep = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.0005"), 2, false).asTwap(new TwapSpec(600, 5));
        assertThat(PlacementPolicy.firstRejection(live, request(offStep, Optional.empty(), flat)).allowed()).isFalse();
    }

    @Test
    void aWellFormedLimitOrderIsAllowedEvenBeforeAnyTick() {
        var spec = OrderSpec.limit(BTC, Side.BUY, Price.of("59000.5"), Quantity.of("0.012"), 2, false);

        assertThat(check(spec, Optional.empty(), flat).allowed()).isTrue();
    }

    @Test
    void aMarketOrderWithoutAPriceIsRejectedNamingTheSymbol() {
        var spec = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false);

        Verdict verdict = check(spec, Optional.empty(), flat);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.policy()).isEqualTo("MarketPricePolicy");
        assertThat(verdict.reason()).isEqualTo("no market price yet for BTCUSDT");
        assertThat(check(spec, Optional.of(Price.of("60000")), flat).allowed()).isTrue();
    }

    @Test
    void anUnlistedSymbolIsRejected() {
        var spec = OrderSpec.limit(Symbol.of("DOGEUSDT"), Side.BUY, Price.of("0.1"), Quantity.of("10"), 1, false);

        assertThat(check(spec, Optional.empty(), Position.flat(user, bot, Symbol.of("DOGEUSDT"))).reason())
                .isEqualTo("symbol DOGEUSDT is not traded on the venue");
    }

    @Test
    void anOffTickPriceOrOffStepQuantityIsRejected() {
        var offTick = OrderSpec.limit(BTC, Side.BUY, Price.of("59000.05"), Quantity.of("0.01"), 1, false);
        var offStep = OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.0105"), 1, false);

        assertThat(check(offTick, Optional.empty(), flat).reason()).contains("not on the 0.10 tick");
        assertThat(check(offStep, Optional.empty(), flat).reason()).contains("is not a multiple of 0.001");
    }

    @Test
    void aClientOrderIdOfAnotherBotIsRejected() {
        IntentId intent = IntentId.random();
        var spec = OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.01"), 1, false);
        var request = new PlacementRequest(new OrderApproved(intent, user, bot,
                ClientOrderId.forIntent(BotId.random(), intent), spec, Money.ZERO), Optional.empty(), flat);

        assertThat(PlacementPolicy.firstRejection(PlacementPolicy.paperVenue(), request).policy()).isEqualTo("OrderLinkIdPolicy");
    }

    @Test
    void aReduceOnlyOrderMustFaceAnOppositePositionAtLeastAsLarge() {
        Position longTwo = flat.afterFill(Side.BUY, Price.of("60000"), Quantity.of("0.002"), Money.ZERO, 1);
        var sellOne = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.001"), 1, true);
        var sellThree = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.003"), 1, true);
        var buyOne = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.001"), 1, true);
        Optional<Price> last = Optional.of(Price.of("60000"));

        assertThat(check(sellOne, last, longTwo).allowed()).isTrue();
        assertThat(check(sellThree, last, longTwo).reason()).contains("exceeds the bot's position");
        assertThat(check(buyOne, last, longTwo).policy()).isEqualTo("ReduceOnlyPolicy");
        assertThat(check(sellOne, last, flat).reason()).contains("would not reduce");
    }
}
