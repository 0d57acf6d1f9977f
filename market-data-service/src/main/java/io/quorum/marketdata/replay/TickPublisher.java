package io.quorum.marketdata.replay;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.market.TickObserved;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.metrics.MarketDataMetrics;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.marketdata.replay.model.MarketEvents;
import io.quorum.marketdata.replay.model.PricePoint;
import java.time.Instant;
import io.quorum.marketdata.replay.model.TickPath;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a candle's ticks straight to Kafka, not through the outbox, one after another; after each
 * the {@link PipelineBarrier} may hold the replay until the pipeline has dealt with it. Ticks are observations of the
 * market, not state this service changes: nothing in our database has to agree with them, so
 * there is no dual write to protect. Going through the outbox would only add a table write and a
 * relay hop to the highest-volume stream. What matters is that they are on Kafka before the
 * candle is recorded: we wait for the broker's acknowledgement, so a crash before the recording
 * re-sends them on restart (at least once, same event ids) and never loses them.
 */
public class TickPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final PipelineBarrier barrier;
    private final MarketDataMetrics metrics;

    public TickPublisher(KafkaTemplate<String, Object> kafka, PipelineBarrier barrier, MarketDataMetrics metrics) {
        this.kafka = kafka;
        this.barrier = barrier;
        this.metrics = metrics;
    }

    public void publish(Candle candle) {
        for (var point : TickPath.of(candle)) {
            send(MarketEvents.tick(candle.symbol(), point)).join();
            barrier.awaitSettled();
        }
    }

    /**
     * One live trade as a tick at its exchange time, sent without waiting for the broker: a live
     * trade cannot be re-read after a crash anyway, and waiting on every print would throttle the
     * stream. The event id includes the exchange's trade id, as several trades share a millisecond.
     */
    public void publishTrade(Symbol symbol, Instant time, Price price, String tradeId) {
        send(MarketEvents.trade(symbol, new PricePoint(time, price), tradeId));
    }

    private CompletableFuture<?> send(Envelope<TickObserved> tick) {
        return kafka.send(tick.topic().name(), tick.key(), tick).whenComplete((sent, failure) -> {
            if (failure == null) {
                metrics.tickPublished(tick.payload().symbol());
            }
        });
    }
}
