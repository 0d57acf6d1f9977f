package io.quorum.execution.venue.bybit;

import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.Callable;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.bybit.dto.BybitCategory;
import org.knowm.xchange.bybit.dto.account.walletbalance.BybitAccountBalance;
import org.knowm.xchange.bybit.dto.account.walletbalance.BybitAccountType;
import org.knowm.xchange.bybit.dto.marketdata.instruments.BybitInstrumentInfo;
import org.knowm.xchange.bybit.dto.trade.details.BybitOrderDetail;
import org.knowm.xchange.bybit.service.BybitAccountServiceRaw;
import org.knowm.xchange.bybit.service.BybitException;
import org.knowm.xchange.bybit.service.BybitMarketDataServiceRaw;
import org.knowm.xchange.bybit.service.BybitTradeServiceRaw;
import si.mazi.rescu.HttpStatusException;

/**
 * The part of Bybit V5 that xchange-bybit 5.2.1 covers and Quorum uses it for: linear instrument
 * info, the unified wallet balance and reading an order by orderId. Its failures become
 * {@link VenueFailure}s like the own adapter's. (It signs with the machine's clock and sends no recv
 * window, so Bybit's default of 5 s applies.)
 */
final class XChangeBybit {

    private final BybitMarketDataServiceRaw marketData;
    private final BybitAccountServiceRaw account;
    private final BybitTradeServiceRaw trade;

    XChangeBybit(BybitSettings settings, BybitCredentials credentials) {
        ExchangeSpecification spec = new BybitExchange().getDefaultExchangeSpecification();
        spec.setSslUri(settings.root());
        spec.setHost(settings.baseUrl().getHost());
        spec.setApiKey(credentials.apiKey());
        spec.setSecretKey(credentials.apiSecret());
        spec.setShouldLoadRemoteMetaData(false);
        spec.setHttpReadTimeout((int) settings.timeout().toMillis());
        spec.setHttpConnTimeout((int) settings.timeout().toMillis());
        Exchange exchange = ExchangeFactory.INSTANCE.createExchange(spec);
        this.marketData = (BybitMarketDataServiceRaw) exchange.getMarketDataService();
        this.account = (BybitAccountServiceRaw) exchange.getAccountService();
        this.trade = (BybitTradeServiceRaw) exchange.getTradeService();
    }

    List<BybitInstrumentInfo> linearInstruments() {
        return call(() -> marketData.getInstrumentsInfo(BybitCategory.LINEAR).getResult().getList());
    }

    BybitAccountBalance unifiedWallet() {
        return call(() -> account.getWalletBalances(BybitAccountType.UNIFIED).getResult().getList().getFirst());
    }

    List<BybitOrderDetail> orderById(String orderId) {
        return call(() -> trade.getBybitOrder(BybitCategory.LINEAR, orderId).getResult().getList());
    }

    private static <T> T call(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception failure) {
            throw translate(failure);
        }
    }

    /** rescu may wrap what went wrong; the innermost known cause decides. */
    private static VenueFailure translate(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BybitException refused) {
                return VenueFailure.refused(refused.getRetCode(), refused.getRetMsg(), null);
            }
            if (cause instanceof HttpStatusException status && status.getHttpStatusCode() > 0) {
                return VenueFailure.httpStatus(status.getHttpStatusCode(), cause);
            }
            if (cause instanceof SocketTimeoutException timeout) {
                return VenueFailure.timedOut(timeout);
            }
        }
        // whatever else failed (the connection, an unreadable answer), the call's effect is unknown
        return VenueFailure.unreachable(failure);
    }
}
