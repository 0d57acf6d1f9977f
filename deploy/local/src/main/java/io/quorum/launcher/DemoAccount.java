package io.quorum.launcher;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The demo user and its running grid bot, created once through the public API and remembered in
 * the data folder, so a second start finds the same user, token and bot.
 */
record DemoAccount(String userId, String token, String password, String botId) {

    static final String EMAIL = "demo@quorum.local";
    private static final Symbol SYMBOL = Symbol.of("BTCUSDT");

    static DemoAccount ensure(GatewayClient gateway, Path dataDir) throws IOException, InterruptedException {
        Path file = dataDir.resolve("demo-account.properties");
        if (Files.exists(file)) {
            Properties saved = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                saved.load(in);
            }
            return new DemoAccount(saved.getProperty("userId"), saved.getProperty("token"), saved.getProperty("password"),
                    saved.getProperty("botId"));
        }
        // a random password, kept beside the token in the data folder, for trying sign-in
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var user = gateway.post("/api/users", Map.of("name", "demo", "email", EMAIL, "password", password));
        require(user, 201, "sign up the demo user");
        String token = user.body().get("apiToken").asString();
        GatewayClient demo = gateway.as(token);

        BigDecimal price = awaitPrice(demo);
        Instrument btc = Instruments.of(SYMBOL);
        var bot = demo.post("/api/bots", Map.of(
                "name", "Demo BTC grid",
                "kind", "GRID",
                "symbol", SYMBOL.value(),
                "budget", "3000",
                "leverage", 2,
                "grid", Map.of(
                        "lower", btc.tickBelow(price.multiply(new BigDecimal("0.98"))).toString(),
                        "upper", btc.tickAbove(price.multiply(new BigDecimal("1.02"))).toString(),
                        "gridCount", 20,
                        "spacing", "ARITHMETIC")));
        require(bot, 201, "create the demo grid bot");
        String botId = bot.body().get("id").asString();
        require(demo.post("/api/bots/" + botId + "/start", Map.of()), 200, "start the demo grid bot");

        DemoAccount account = new DemoAccount(user.body().get("userId").asString(), token, password, botId);
        Properties saved = new Properties();
        saved.putAll(Map.of("userId", account.userId(), "token", token, "password", password, "botId", botId));
        try (var out = Files.newBufferedWriter(file)) {
            saved.store(out, "Quorum local demo account");
        }
        return account;
    }

    /** The grid is centred on the replayed market's price, so it waits for the first candles. */
    private static BigDecimal awaitPrice(GatewayClient demo) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var market = demo.get("/api/market/" + SYMBOL.value());
            if (market.status() == 200 && market.body().hasNonNull("lastPrice")) {
                return new BigDecimal(market.body().get("lastPrice").asString());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no market price for " + SYMBOL + " within 60 s: is the replay running?");
    }

    private static void require(GatewayClient.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException("could not " + what + ": HTTP " + response.status() + " " + response.body());
        }
    }
}
