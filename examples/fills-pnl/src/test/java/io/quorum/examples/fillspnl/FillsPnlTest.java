package io.quorum.examples.fillspnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionMismatchDetected;
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
import io.quorum.contracts.serde.EventJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The example consumer on a real broker, fed events exactly as Quorum's execution service writes them (contracts'
 * {@link EventJson}, keyed by user), among them other event types, an unreadable record and a redelivered fill.
 */
class FillsPnlTest {

    static EmbeddedKafkaKraftBroker kafka;

    static final UserId ALICE = UserId.random();
    static final UserId BOB = UserId.random();
    static final BotId GRID = BotId.random();
    static final BotId TREND = BotId.random();
    static final Symbol BTC = Symbol.of("BTCUSDT");
    static final Symbol ETH = Symbol.of("ETHUSDT");
    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    @BeforeAll
    static void broker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.EXECUTIONS_NAME);
        kafka.brokerProperties(Map.of("offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        kafka.destroy();
    }

    @Test
    void keepsARunningPnlPerBotFromTheFillsAlone(@TempDir Path folder) throws Exception {
        Envelope<Event> firstBuy = fill(ALICE, GRID, BTC, Side.BUY, "100000", "0.010", "0.55", 1);
        List<Envelope<Event>> events = List.of(
                placed(ALICE, GRID, BTC, Side.BUY, "100000", "0.010", 0),
                firstBuy,
                fill(ALICE, GRID, BTC, Side.BUY, "102000", "0.010", "0.56", 2),
                fill(BOB, TREND, ETH, Side.SELL, "2500", "1", "1.375", 3),
                new Envelope<>(io.quorum.contracts.ids.EventId.random(), T0.plusSeconds(4), null,
                        io.quorum.contracts.ids.CorrelationId.random(),
                        new PositionMismatchDetected(ALICE, "bybit", BTC, new BigDecimal("0.02"), new BigDecimal("0.015"))),
                fill(ALICE, GRID, BTC, Side.SELL, "103000", "0.015", "0.85", 5),
                fill(BOB, TREND, ETH, Side.BUY, "2400", "1", "1.32", 6),
                fill(ALICE, GRID, BTC, Side.SELL, "99000", "0.010", "0.54", 7));

        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Envelope<Event> event : events) {
                producer.send(new ProducerRecord<>(event.topic().name(), event.key(), EventJson.write(event))).get();
            }
            // what a reader must survive: a type it does not know, a value that is not an event, a redelivery
            producer.send(new ProducerRecord<>(Topics.EXECUTIONS_NAME, ALICE.toString(), ("{\"type\":\"order.amended.v1\","
                    + "\"eventId\":\"00000000-0000-0000-0000-000000000001\",\"payload\":{}}").getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.EXECUTIONS_NAME, ALICE.toString(), "not json".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.EXECUTIONS_NAME, firstBuy.key(), EventJson.write(firstBuy))).get();
        }

        Path csv = folder.resolve("pnl.csv");
        FillsPnl app = new FillsPnl(Map.of("bootstrap-servers", kafka.getBrokersAsString(), "output", csv.toString()));
        Thread running = Thread.ofPlatform().name("fills-pnl").start(app);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> app.unreadable() == 1 && lines(csv).size() == 1 + 6);
        } finally {
            app.stop();
            running.join(Duration.ofMinutes(1).toMillis());
        }

        // Alice's grid: 0.010 @ 100000 + 0.010 @ 102000 -> long 0.020 @ 101000; sell 0.015 @ 103000 -> +30;
        // sell 0.010 @ 99000 closes the last 0.005 (-10) and opens a 0.005 short at 99000
        BotPnl grid = app.bots().get(GRID.toString());
        assertThat(grid.position()).isEqualByComparingTo("-0.005");
        assertThat(grid.entryPrice()).isEqualByComparingTo("99000");
        assertThat(grid.realizedPnl()).isEqualByComparingTo("20");
        assertThat(grid.fees()).isEqualByComparingTo("2.50");
        assertThat(grid.net()).isEqualByComparingTo("17.50");
        assertThat(grid.fills()).isEqualTo(4);
        // Bob's trend bot: short 1 ETH at 2500, bought back at 2400: +100, flat
        BotPnl trend = app.bots().get(TREND.toString());
        assertThat(trend.position()).isEqualByComparingTo("0");
        assertThat(trend.entryPrice()).isNull();
        assertThat(trend.realizedPnl()).isEqualByComparingTo("100");
        assertThat(trend.net()).isEqualByComparingTo("97.305");
        assertThat(app.bots()).hasSize(2);

        List<String> rows = lines(csv);
        assertThat(rows.getFirst()).isEqualTo(FillsPnl.HEADER);
        assertThat(rows).filteredOn(row -> row.contains(GRID.toString())).last().asString()
                .endsWith(",BTCUSDT,SELL,99000,0.01,0.54,-0.005,99000,20,2.5,17.5");
    }

    private static List<String> lines(Path csv) throws IOException {
        return Files.exists(csv) ? Files.readAllLines(csv, StandardCharsets.UTF_8) : List.of();
    }

    private static Envelope<Event> fill(UserId user, BotId bot, Symbol symbol, Side side, String price, String quantity, String fee,
                                        int second) {
        IntentId intent = IntentId.derive(bot.toString(), String.valueOf(second));
        OrderSpec order = OrderSpec.limit(symbol, side, Price.of(price), Quantity.of(quantity), 1, false);
        return Envelope.originating(new OrderFilled(intent, user, bot, ClientOrderId.forIntent(bot, intent), order, Price.of(price),
                Quantity.of(quantity), Quantity.ZERO, Money.of(fee), Liquidity.MAKER), T0.plusSeconds(second));
    }

    private static Envelope<Event> placed(UserId user, BotId bot, Symbol symbol, Side side, String price, String quantity, int second) {
        IntentId intent = IntentId.derive(bot.toString(), "placed", String.valueOf(second));
        OrderSpec order = OrderSpec.limit(symbol, side, Price.of(price), Quantity.of(quantity), 1, false);
        return Envelope.originating(new OrderPlaced(intent, user, bot, ClientOrderId.forIntent(bot, intent), order, "paper"),
                T0.plusSeconds(second));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties);
    }
}
