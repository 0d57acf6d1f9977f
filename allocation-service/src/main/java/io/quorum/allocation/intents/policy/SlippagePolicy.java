package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sizes an opening order by the order book: it walks the opposite side for the order's quantity ({@link BookWalk});
 * when the expected slippage against the best price is above {@code max}, the order is scaled down to the largest
 * quantity on the instrument's step, not below its minimum, whose slippage fits — or refused when not even the
 * minimum fits. A limit order that does not cross the book rests: slippage 0, never scaled. Without a book for the
 * symbol, or with one whose event time lies more than {@code staleAfter} from the intent's, nothing is estimated or
 * scaled (paper and replay have no book). Reducing orders are never scaled: a close must close.
 */
public final class SlippagePolicy {

    private static final MathContext SCALE_DIGITS = new MathContext(8, RoundingMode.DOWN);

    private final Percent max;
    private final Duration staleAfter;

    public SlippagePolicy(Percent max, Duration staleAfter) {
        this.max = max;
        this.staleAfter = staleAfter;
    }

    /** The policy's answer: the order to approve and how it was sized, or a refusal. */
    public sealed interface Sized {
        record Fits(OrderSpec order, Percent expectedSlippage, BigDecimal scale, SlippageBasis basis) implements Sized {
        }

        record Refused(String reason) implements Sized {
        }
    }

    public String name() {
        return "SlippagePolicy";
    }

    public Sized size(IntentContext context) {
        OrderSpec order = context.order();
        if (order.reduceOnly()) {
            return unscaled(order, SlippageBasis.REDUCE_ONLY);
        }
        if (context.book().isEmpty()) {
            return unscaled(order, SlippageBasis.NO_BOOK);
        }
        LatestBook latest = context.book().get();
        if (context.at() == null || Duration.between(latest.observedAt(), context.at()).abs().compareTo(staleAfter) > 0) {
            return unscaled(order, SlippageBasis.STALE_BOOK);
        }
        List<BookLevel> opposite = order.side() == Side.BUY ? latest.book().asks() : latest.book().bids();
        if (opposite.isEmpty()) {
            return unscaled(order, SlippageBasis.NO_BOOK);
        }
        BookWalk walk = new BookWalk(order.side(), opposite, order.limitPrice());
        if (walk.rests()) {
            return new Sized.Fits(order, Percent.of(BigDecimal.ZERO), BigDecimal.ONE, SlippageBasis.RESTING);
        }
        BigDecimal wanted = order.quantity().value();
        if (walk.fits(wanted, max)) {
            return new Sized.Fits(order, walk.slippage(wanted).orElseThrow(), BigDecimal.ONE, SlippageBasis.BOOK);
        }
        Optional<Instrument> found = Instruments.find(order.symbol());
        if (found.isEmpty()) {
            return new Sized.Refused(order.symbol() + " is not traded by Quorum");
        }
        BigDecimal step = found.get().qtyStep();
        long lowest = found.get().minQty().divide(step, 0, RoundingMode.CEILING).longValueExact();
        if (!walk.fits(step.multiply(BigDecimal.valueOf(lowest)), max)) {
            return new Sized.Refused(refusal(walk, step.multiply(BigDecimal.valueOf(lowest))));
        }
        // slippage never falls as the quantity grows: the largest fitting step count is found by bisection
        long fits = lowest;
        long tooMuch = wanted.divide(step, 0, RoundingMode.FLOOR).longValueExact();
        while (tooMuch - fits > 1) {
            long middle = fits + (tooMuch - fits) / 2;
            if (walk.fits(step.multiply(BigDecimal.valueOf(middle)), max)) {
                fits = middle;
            } else {
                tooMuch = middle;
            }
        }
        BigDecimal scaled = step.multiply(BigDecimal.valueOf(fits));
        OrderSpec smaller = new OrderSpec(order.symbol(), order.side(), order.type(), order.limitPrice(),
                io.quorum.contracts.money.Quantity.of(scaled), order.leverage(), order.reduceOnly(), order.stopLoss(),
                order.takeProfit(), order.twap());
        return new Sized.Fits(smaller, walk.slippage(scaled).orElseThrow(), scaled.divide(wanted, SCALE_DIGITS),
                SlippageBasis.BOOK);
    }

    private String refusal(BookWalk walk, BigDecimal minimum) {
        return walk.slippage(minimum)
                .map(slip -> "the book is too thin: even the minimum quantity " + minimum.stripTrailingZeros().toPlainString()
                        + " would slip " + slip + " % against the best price " + walk.best() + ", above the " + max
                        + " % allowed")
                .orElse("the book is too thin: its visible depth cannot fill even the minimum quantity "
                        + minimum.stripTrailingZeros().toPlainString());
    }

    private static Sized unscaled(OrderSpec order, SlippageBasis basis) {
        return new Sized.Fits(order, null, BigDecimal.ONE, basis);
    }
}
