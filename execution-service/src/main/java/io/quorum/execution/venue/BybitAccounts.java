package io.quorum.execution.venue;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.venue.bybit.BybitCredentials;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.execution.venue.bybit.OrderGateway;
import io.quorum.execution.venue.bybit.OrderRateLimits;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client and one order gateway per Bybit account (API key), opened on first use and shared by every bot trading
 * on it, so the account's creation budget ({@link OrderRateLimits}) and its clock offset are shared too.
 */
public final class BybitAccounts {

    /** A user's account at Bybit. */
    public record Account(BybitCredentials credentials, BybitLinearClient client, OrderGateway gateway) {
    }

    private final VenueCredentials credentials;
    private final BybitSettings settings;
    private final OrderRateLimits limits;
    private final Clock clock;
    private final Map<String, Account> byKey = new ConcurrentHashMap<>();

    public BybitAccounts(VenueCredentials credentials, BybitSettings settings, OrderRateLimits limits, Clock clock) {
        this.credentials = credentials;
        this.settings = settings;
        this.limits = limits;
        this.clock = clock;
    }

    /** The user's account; empty when the user has no key. */
    public Optional<Account> of(UserId user) {
        return credentials.lookup(user).map(key -> byKey.computeIfAbsent(key.apiKey(), ignored -> open(key)));
    }

    private Account open(BybitCredentials key) {
        BybitLinearClient client = new BybitLinearClient(settings, key, clock);
        return new Account(key, client, new OrderGateway(client, limits.forAccount(key), settings, clock));
    }
}
