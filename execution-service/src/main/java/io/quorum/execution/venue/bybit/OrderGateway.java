package io.quorum.execution.venue.bybit;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.quorum.contracts.ids.Symbol;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places one order on one Bybit account at most once, whatever the venue does: every failure is
 * classified ({@link VenueErrorClassifier}); a failure that leaves the order's existence unknown
 * (timeout, 5xx, 10016) or says it exists (110072) makes every later attempt look the order up by
 * its orderLinkId before creating anything — and the orderLinkId, derived from the intent, makes
 * the venue refuse a second creation anyway. Retries back off exponentially with jitter, or wait
 * for the rate limit's reset; creations go through the account's rate limiter.
 */
public final class OrderGateway {

    private final BybitLinearClient venue;
    private final RateLimiter orderCreates;
    private final Clock clock;
    private final VenueErrorClassifier classifier = new VenueErrorClassifier();
    private final Retry retry;
    private final Retry settingRetry;
    /** The leverage this gateway set (or found set) per symbol on its account, so set-leverage is not called per order. */
    private final Map<Symbol, Integer> leverageSet = new ConcurrentHashMap<>();

    public OrderGateway(BybitLinearClient venue, RateLimiter orderCreates, BybitSettings settings, Clock clock) {
        this.venue = venue;
        this.orderCreates = orderCreates;
        this.clock = clock;
        this.retry = Retry.of("bybit-order-create", retryConfig(settings, clock));
        this.settingRetry = Retry.of("bybit-account-setting", retryConfig(settings, clock));
    }

    private static <T> RetryConfig retryConfig(BybitSettings settings, Clock clock) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(), 2.0, 0.5);
        return RetryConfig.<T>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(failure -> failure instanceof RetryLater || failure instanceof RequestNotPermitted)
                .intervalBiFunction((IntervalBiFunction<T>) (attempt, outcome) ->
                        outcome.isLeft() && outcome.getLeft() instanceof RetryLater later && later.resetAt != null
                                ? Math.max(1, later.resetAt.toEpochMilli() - clock.millis() + 1)
                                : backoff.apply(attempt))
                .build();
    }

    /**
     * Makes sure the account holds {@code leverage} (buy and sell) for the order's symbol before the order is created:
     * set-leverage is called the first time a symbol is traded through this gateway and whenever another leverage is
     * asked for; Bybit's 110043 "not modified" counts as set. Empty when the leverage is in place; otherwise what ends
     * the placement, classified like a creation's failure: an unusable key stops the bot, a refusal rejects the order,
     * a rate limit, clock error or unanswered call is retried, and retries that run out leave it unresolved.
     */
    public Optional<PlacementOutcome> ensureLeverage(NewOrder order, int leverage) {
        if (Integer.valueOf(leverage).equals(leverageSet.get(order.symbol()))) {
            return Optional.empty();
        }
        String what = "leverage " + leverage + "x on " + order.symbol();
        return switch (set(what, () -> venue.setLeverage(order.symbol(), leverage))) {
            case Setting.Done done -> {
                leverageSet.put(order.symbol(), leverage);
                yield Optional.empty();
            }
            case Setting.Refused refused -> Optional.of(new PlacementOutcome.Rejected(order.clientOrderId(),
                    "Bybit refused " + what + ": " + refused.reason(), refused.alert()));
            case Setting.KeyUnusable unusable -> Optional.of(new PlacementOutcome.BotMustStop(order.clientOrderId(), unusable.reason()));
            case Setting.Unanswered unanswered -> Optional.of(new PlacementOutcome.Unresolved(order.clientOrderId(),
                    "setting " + what + ": " + unanswered.reason()));
        };
    }

    /** How a call that sets something on the account (leverage, a position's stops) ended. */
    public sealed interface Setting {
        record Done() implements Setting {
        }

        /** The venue refused it as sent; {@code alert} when it was for lack of money. */
        record Refused(String reason, boolean alert) implements Setting {
        }

        /** The account's key is unusable (10003, 10004, 10005, 10010): the bot must stop. */
        record KeyUnusable(String reason) implements Setting {
        }

        /** The attempts ran out without an answer (timeouts, server errors, a rate limit that did not lift). */
        record Unanswered(String reason) implements Setting {
        }
    }

    /**
     * Makes an idempotent call that sets something on the account (setting the same value twice does no harm), with
     * the placement's retries: a rate limit waits for its reset, a 10002 measures the clock again, an unanswered call
     * or a server error is simply made again; an unusable key or a refusal ends it at once.
     */
    public Setting set(String what, Runnable call) {
        try {
            return settingRetry.executeCallable(() -> {
                try {
                    call.run();
                    return (Setting) new Setting.Done();
                } catch (VenueFailure failure) {
                    return switch (classifier.classify(failure)) {
                        case STOP_BOT -> new Setting.KeyUnusable(failure.getMessage());
                        case REJECT_WITH_ALERT -> new Setting.Refused(failure.getMessage(), true);
                        case REJECT -> new Setting.Refused(failure.getMessage(), false);
                        case RESYNC_CLOCK_AND_RETRY -> throw resynchronisedAfter(failure);
                        case WAIT_FOR_RESET, LOOK_UP_BEFORE_RETRY, LOOK_UP_NEVER_REPLACE ->
                                throw new RetryLater(failure, failure.limitResetAt().orElse(null));
                    };
                }
            });
        } catch (RetryLater exhausted) {
            return new Setting.Unanswered(exhausted.getMessage());
        } catch (Exception unexpected) {
            throw new IllegalStateException("setting " + what + " failed unexpectedly", unexpected);
        }
    }

    public PlacementOutcome place(NewOrder order) {
        return place(order, new Attempts());
    }

    /**
     * Places an order that an earlier, interrupted placement may already have created (a crash between the call and
     * recording its answer): the order is looked up by its orderLinkId first, and created only when the venue has none.
     */
    public PlacementOutcome resume(NewOrder order) {
        Attempts attempts = new Attempts();
        attempts.mayExist = true;
        return place(order, attempts);
    }

    private PlacementOutcome place(NewOrder order, Attempts attempts) {
        try {
            return retry.executeCallable(() -> attempt(order, attempts));
        } catch (RetryLater | RequestNotPermitted exhausted) {
            return new PlacementOutcome.Unresolved(order.clientOrderId(), exhausted.getMessage());
        } catch (Exception unexpected) {
            throw new IllegalStateException("placing " + order.clientOrderId() + " failed unexpectedly", unexpected);
        }
    }

    private PlacementOutcome attempt(NewOrder order, Attempts attempts) {
        if (attempts.mayExist) {
            Optional<PlacementOutcome> found = lookUp(order);
            if (found.isPresent()) {
                return found.get();
            }
        }
        RateLimiter.waitForPermission(orderCreates);
        try {
            return new PlacementOutcome.Placed(order.clientOrderId(), venue.create(order), false);
        } catch (VenueFailure failure) {
            return react(order, failure, attempts);
        }
    }

    private PlacementOutcome react(NewOrder order, VenueFailure failure, Attempts attempts) {
        return switch (classifier.classify(failure)) {
            case STOP_BOT -> new PlacementOutcome.BotMustStop(order.clientOrderId(), failure.getMessage());
            case REJECT_WITH_ALERT -> new PlacementOutcome.Rejected(order.clientOrderId(), failure.getMessage(), true);
            case REJECT -> new PlacementOutcome.Rejected(order.clientOrderId(), failure.getMessage(), false);
            case RESYNC_CLOCK_AND_RETRY -> throw resynchronisedAfter(failure);
            case WAIT_FOR_RESET -> throw new RetryLater(failure, failure.limitResetAt().orElse(null));
            case LOOK_UP_BEFORE_RETRY -> {
                attempts.mayExist = true;
                throw new RetryLater(failure, null);
            }
            case LOOK_UP_NEVER_REPLACE -> {
                attempts.mayExist = true;
                // the venue holds an order under this orderLinkId: find it; if it does not show yet, look again later
                yield lookUp(order).orElseThrow(() -> new RetryLater(failure, null));
            }
        };
    }

    /** The order under its orderLinkId, as the outcome of this placement; empty when the venue has none. */
    private Optional<PlacementOutcome> lookUp(NewOrder order) {
        try {
            return venue.orderByLinkId(order.clientOrderId())
                    .map(found -> new PlacementOutcome.Placed(order.clientOrderId(), found.orderId(), true));
        } catch (VenueFailure failure) {
            return switch (classifier.classify(failure)) {
                case STOP_BOT -> Optional.of(new PlacementOutcome.BotMustStop(order.clientOrderId(), failure.getMessage()));
                case RESYNC_CLOCK_AND_RETRY -> throw resynchronisedAfter(failure);
                default -> throw new RetryLater(failure, failure.limitResetAt().orElse(null));
            };
        }
    }

    private RetryLater resynchronisedAfter(VenueFailure failure) {
        try {
            venue.synchroniseClock();
        } catch (VenueFailure unreachable) {
            // the next attempt meets the same 10002 and measures again
        }
        return new RetryLater(failure, null);
    }

    /** What earlier attempts of one placement learned: once the order may exist, every attempt looks first. */
    private static final class Attempts {
        boolean mayExist;
    }

    /** An attempt that failed in a way a later attempt may overcome; {@code resetAt} when the venue said when. */
    static final class RetryLater extends RuntimeException {

        final Instant resetAt;

        RetryLater(VenueFailure cause, Instant resetAt) {
            super(cause.getMessage(), cause);
            this.resetAt = resetAt;
        }
    }
}
