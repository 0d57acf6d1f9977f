package io.quorum.execution.venue;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.venue.bybit.BybitCredentials;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.execution.venue.bybit.OrderGateway;
import io.quorum.execution.venue.bybit.OrderRateLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
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

        /** The account's name in Quorum's tables and logs: never the API key itself. */
        public String id() {
            return idOf(credentials.apiKey());
        }
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

    /** The first 16 hex digits of the SHA-256 of the API key: names an account without showing its key. */
    public static String idOf(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private Account open(BybitCredentials key) {
        BybitLinearClient client = new BybitLinearClient(settings, key, clock);
        return new Account(key, client, new OrderGateway(client, limits.forAccount(key), settings, clock));
    }
}
