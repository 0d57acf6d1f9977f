package io.quorum.execution.venue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live venue's account, polling, reconciliation and halts ({@code quorum.bybit.*}, beside {@code BybitSettings}):
 * {@code api-key} and {@code api-secret} of the one account every user trades on (unset: each user's stored key);
 * {@code fill-poll}, how often each account's executions are read; {@code reconcile-interval}, how often each account
 * is reconciled with Bybit (and at start); {@code reconcile-retry}, how soon a failed first reconciliation of an
 * account, which holds its bots' orders, is tried again; a halt not yet confirmed is tried again after
 * {@code halt-retry}, doubling up to {@code halt-retry-max}, and the user is alerted once after
 * {@code halt-stalled-after} tries; {@code wallet-poll}, how often each account's wallet is read and published
 * to the allocation.
 */
@ConfigurationProperties("quorum.bybit")
public record LiveVenueSettings(String apiKey, String apiSecret, @DefaultValue("PT2S") Duration fillPoll,
                                @DefaultValue("PT1M") Duration reconcileInterval, @DefaultValue("PT5S") Duration reconcileRetry,
                                @DefaultValue("PT30S") Duration walletPoll,
                                @DefaultValue("PT1S") Duration haltRetry, @DefaultValue("PT1M") Duration haltRetryMax,
                                @DefaultValue("5") int haltStalledAfter) {

    public LiveVenueSettings {
        if (fillPoll.isNegative() || fillPoll.isZero()) {
            throw new IllegalArgumentException("quorum.bybit.fill-poll must be positive");
        }
        if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
            throw new IllegalArgumentException("quorum.bybit.reconcile-interval must be positive");
        }
        if (reconcileRetry.isNegative() || reconcileRetry.isZero()) {
            throw new IllegalArgumentException("quorum.bybit.reconcile-retry must be positive");
        }
        if (walletPoll.isNegative() || walletPoll.isZero()) {
            throw new IllegalArgumentException("quorum.bybit.wallet-poll must be positive");
        }
        if (haltRetry.isNegative() || haltRetry.isZero() || haltRetryMax.compareTo(haltRetry) < 0 || haltStalledAfter < 1) {
            throw new IllegalArgumentException("quorum.bybit: halt-retry must be positive, halt-retry-max at least halt-retry, "
                    + "halt-stalled-after at least 1");
        }
    }

    @Override
    public String toString() {
        return "LiveVenueSettings[apiKey=" + apiKey + ", apiSecret=***, fillPoll=" + fillPoll
                + ", reconcileInterval=" + reconcileInterval + ", reconcileRetry=" + reconcileRetry
                + ", walletPoll=" + walletPoll + ", haltRetry=" + haltRetry
                + ", haltRetryMax=" + haltRetryMax + ", haltStalledAfter=" + haltStalledAfter + "]";
    }
}
