package io.quorum.notifier.commands;

import io.quorum.contracts.ids.UserId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers the commands a user writes to their Telegram bot from the chat they linked: {@code /status},
 * {@code /bots}, {@code /start <bot>}, {@code /stop <bot>}, {@code /balance} (and {@code /help}). A bot is named by
 * its name (case ignored), its id, or the first 8 or more characters of its id. Everything is done as that user,
 * through the services that own bots and balances; nothing here reads their data directly.
 */
public final class TelegramCommands {

    static final String HELP = """
            Commands: /status (your bots at a glance), /bots (each bot), /start <bot>, /stop <bot> (a bot by name or \
            id), /balance (your balance and what is allocated).""";

    private final Platform platform;

    public TelegramCommands(Platform platform) {
        this.platform = platform;
    }

    /** The reply to {@code text} written by {@code user}; text that is not a command gets the help. */
    public String answer(UserId user, String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] parts = trimmed.split("\\s+", 2);
        // "/stop@MyQuorumBot grid" in a group names the bot the command is for
        String command = parts[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = parts.length > 1 ? parts[1].strip() : "";
        try {
            return switch (command) {
                case "/status" -> status(user);
                case "/bots" -> bots(user);
                case "/start" -> startOrStop(user, argument, true);
                case "/stop" -> startOrStop(user, argument, false);
                case "/balance" -> balance(user);
                default -> HELP;
            };
        } catch (Platform.Refused refused) {
            return refused.getMessage();
        } catch (Platform.Unavailable unavailable) {
            return "Quorum cannot answer that right now (" + unavailable.getMessage() + "); try again in a moment.";
        }
    }

    private String status(UserId user) {
        List<Platform.Bot> bots = platform.bots(user);
        if (bots.isEmpty()) {
            return "You have no bots yet.";
        }
        String counts = bots.stream().collect(Collectors.groupingBy(b -> b.status().toLowerCase(Locale.ROOT),
                        java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return bots.size() + (bots.size() == 1 ? " bot: " : " bots: ") + counts + ".";
    }

    private String bots(UserId user) {
        List<Platform.Bot> bots = platform.bots(user);
        if (bots.isEmpty()) {
            return "You have no bots yet.";
        }
        return bots.stream().map(b -> "• " + b.name() + " (" + b.symbol() + ") " + b.status()
                        + " — " + b.id().toString().substring(0, 8))
                .collect(Collectors.joining("\n", "Your bots:\n", ""));
    }

    private String startOrStop(UserId user, String reference, boolean start) {
        String verb = start ? "start" : "stop";
        if (reference.isEmpty()) {
            return "Which bot? /" + verb + " <bot name or id>";
        }
        List<Platform.Bot> bots = platform.bots(user);
        List<Platform.Bot> matches = bots.stream().filter(b -> b.id().toString().equalsIgnoreCase(reference)).toList();
        if (matches.isEmpty()) {
            matches = bots.stream().filter(b -> b.name().equalsIgnoreCase(reference)).toList();
        }
        if (matches.isEmpty() && reference.length() >= 8) {
            matches = bots.stream().filter(b -> b.id().toString().startsWith(reference.toLowerCase(Locale.ROOT))).toList();
        }
        if (matches.isEmpty()) {
            return "You have no bot \"" + reference + "\". /bots lists them.";
        }
        if (matches.size() > 1) {
            return "\"" + reference + "\" names " + matches.size() + " bots; use its id: "
                    + matches.stream().map(b -> b.id().toString().substring(0, 8)).collect(Collectors.joining(", "));
        }
        Platform.Bot bot = matches.getFirst();
        Platform.Bot after = start ? platform.start(user, bot.id()) : platform.stop(user, bot.id());
        return start ? "Bot \"" + after.name() + "\" is " + after.status() + "."
                : "Bot \"" + after.name() + "\" is " + after.status() + ": its orders are being cancelled and its "
                        + "position closed.";
    }

    private String balance(UserId user) {
        Platform.Balance balance = platform.balance(user);
        return "Balance " + balance.balance() + " USDT: " + balance.allocated() + " allocated to bots, " + balance.free()
                + " free" + (balance.equity() == null ? "." : "; equity " + balance.equity() + " USDT.");
    }
}
