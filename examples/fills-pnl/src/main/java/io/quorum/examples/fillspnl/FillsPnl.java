package io.quorum.examples.fillspnl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every fill on {@code quorum.executions.v1} and appends, per fill, the bot's running PnL to a CSV file:
 *
 * <pre>java -jar quorum-example-fills-pnl-…-exec.jar --bootstrap-servers=localhost:9092 --output=pnl.csv</pre>
 *
 * It keeps its state in memory and commits no offset: every start reads the topic from its beginning (its retention,
 * 30 days) and rebuilds the PnL, so it needs no database. Options: {@code --bootstrap-servers} (default
 * {@code localhost:9092}), {@code --topic} (default {@code quorum.executions.v1}), {@code --output} (default
 * {@code fills-pnl.csv}), {@code --group-id} (default a fresh one per start), and any {@code --kafka.<name>=<value>}
 * for the consumer (e.g. security settings).
 */
public final class FillsPnl implements Runnable, AutoCloseable {

    static final String HEADER = "occurredAt,eventId,userId,botId,symbol,side,price,quantity,fee,position,entryPrice,realizedPnl,fees,netPnl";

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final Path output;
    private final FillReader reader = new FillReader();
    private final PnlLedger ledger = new PnlLedger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile long unreadable;

    FillsPnl(Map<String, String> options) {
        Properties kafka = new Properties();
        kafka.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.getOrDefault("bootstrap-servers", "localhost:9092"));
        kafka.put(ConsumerConfig.GROUP_ID_CONFIG, options.getOrDefault("group-id", "fills-pnl-" + UUID.randomUUID()));
        kafka.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        kafka.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        kafka.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        kafka.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        options.forEach((name, value) -> {
            if (name.startsWith("kafka.")) {
                kafka.put(name.substring("kafka.".length()), value);
            }
        });
        this.consumer = new KafkaConsumer<>(kafka);
        this.topic = options.getOrDefault("topic", "quorum.executions.v1");
        this.output = Path.of(options.getOrDefault("output", "fills-pnl.csv"));
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("usage: FillsPnl [--bootstrap-servers=host:port] [--topic=…] [--output=file.csv] [--group-id=…] [--kafka.<name>=<value>]");
                System.exit(2);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        FillsPnl app = new FillsPnl(options);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                main.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fills-pnl-stop"));
        app.run();
    }

    @Override
    public void run() {
        try (Writer csv = Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            csv.write(HEADER + "\n");
            csv.flush();
            consumer.subscribe(List.of(topic));
            while (!stopping.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Optional<Fill> fill = read(record);
                    if (fill.isPresent()) {
                        Optional<BotPnl> after = ledger.record(fill.get());
                        if (after.isPresent()) {
                            csv.write(line(fill.get(), after.get()) + "\n");
                        }
                    }
                }
                csv.flush();
            }
        } catch (WakeupException e) {
            // stop() during a poll
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        } finally {
            consumer.close();
        }
    }

    /** Ends {@link #run()} after the poll in hand. */
    void stop() {
        stopping.set(true);
        consumer.wakeup();
    }

    @Override
    public void close() {
        stop();
    }

    Map<String, BotPnl> bots() {
        return ledger.bots();
    }

    long unreadable() {
        return unreadable;
    }

    private Optional<Fill> read(ConsumerRecord<String, byte[]> record) {
        try {
            return reader.read(record.value());
        } catch (FillReader.UnreadableRecord e) {
            // not a fill this consumer can count: said once, with where it is, and not counted
            unreadable++;
            System.err.printf("skipped %s-%d@%d: %s%n", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String line(Fill fill, BotPnl pnl) {
        return String.join(",", fill.occurredAt().toString(), fill.eventId(), fill.userId(), fill.botId(), fill.symbol(),
                fill.side(), plain(fill.price()), plain(fill.quantity()), plain(fill.fee()), plain(pnl.position()),
                pnl.entryPrice() == null ? "" : plain(pnl.entryPrice()), plain(pnl.realizedPnl()), plain(pnl.fees()),
                plain(pnl.net()));
    }

    /** A decimal as Quorum writes one: no exponent, no trailing zeros. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
