package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import org.junit.jupiter.api.Test;

class FillPostingTest {

    final UserId user = UserId.random();
    final BotId bot = BotId.random();
    final Symbol eth = Symbol.of("ETHUSDT");
    final Account account = Account.opened(user, Money.of("10000"));
    final BotBudget budget;
    final Position position = Position.flat(bot, eth, 2);

    FillPostingTest() {
        account.reserve(bot, Money.of("1000"));
        budget = account.budget(bot).orElseThrow();
    }

    @Test
    void aBuyFillFreesItsReservationAndTiesUpMarginAndPaysItsFee() {
        var order = OrderSpec.limit(eth, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 2, false);
        Reservation reservation = approve(order, Money.of("500.55"));

        FillPosting.post(fill(order, "2000", "0.5", "0", "0.2"), account, budget, position, reservation);

        assertThat(budget.reserved()).isEqualTo(Money.ZERO);
        assertThat(budget.marginInUse()).isEqualTo(Money.of("500"));
        assertThat(budget.fees()).isEqualTo(Money.of("0.2"));
        assertThat(account.balance()).isEqualTo(Money.of("9999.8"));
        assertThat(reservation.isOpen()).isFalse();
    }

    @Test
    void aReduceOnlySellRealizesProfitFreesMarginAndCreditsTheBalance() {
        var buy = OrderSpec.limit(eth, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 2, false);
        FillPosting.post(fill(buy, "2000", "0.5", "0", "0.2"), account, budget, position, approve(buy, Money.of("500.55")));
        var sell = OrderSpec.limit(eth, Side.SELL, Price.of("2100"), Quantity.of("0.5"), 2, true);

        FillPosting.post(fill(sell, "2100", "0.5", "0", "0.21"), account, budget, position, approve(sell, Money.of("0.5775")));

        assertThat(budget.realizedPnl()).isEqualTo(Money.of("50"));
        assertThat(budget.marginInUse()).isEqualTo(Money.ZERO);
        assertThat(budget.reserved()).isEqualTo(Money.ZERO);
        assertThat(budget.fees()).isEqualTo(Money.of("0.41"));
        assertThat(account.balance()).isEqualTo(Money.of("10049.59"));
    }

    @Test
    void aPartialFillKeepsTheUnfilledShareReserved() {
        var order = OrderSpec.limit(eth, Side.BUY, Price.of("2000"), Quantity.of("1"), 4, false);
        Reservation reservation = approve(order, Money.of("501.1"));

        FillPosting.post(fill(order, "2000", "0.25", "0.75", "0.1"), account, budget, position, reservation);

        assertThat(budget.reserved()).isEqualTo(Money.of("375.825"));
        assertThat(budget.marginInUse()).isEqualTo(Money.of("125"));
        assertThat(reservation.isOpen()).isTrue();
    }

    @Test
    void theStopCloseMarketFillHasNoReservationAndOnlyMovesPositionProfitAndFees() {
        var buy = OrderSpec.limit(eth, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 2, false);
        FillPosting.post(fill(buy, "2000", "0.5", "0", "0"), account, budget, position, approve(buy, Money.of("500.55")));
        var close = OrderSpec.market(eth, Side.SELL, Quantity.of("0.5"), 2, true);

        FillPosting.post(fill(close, "1900", "0.5", "0", "0.5"), account, budget, position, null);

        assertThat(budget.realizedPnl()).isEqualTo(Money.of("-50"));
        assertThat(budget.marginInUse()).isEqualTo(Money.ZERO);
        assertThat(account.balance()).isEqualTo(Money.of("9949.5"));
    }

    private Reservation approve(OrderSpec order, Money commitment) {
        budget.commit(commitment);
        return Reservation.open(IntentId.random(), bot, commitment);
    }

    private OrderFilled fill(OrderSpec order, String price, String qty, String remaining, String fee) {
        IntentId intent = IntentId.random();
        return new OrderFilled(intent, user, bot, ClientOrderId.forIntent(bot, intent), order, Price.of(price),
                Quantity.of(qty), Quantity.of(remaining), Money.of(fee), Liquidity.MAKER);
    }
}
