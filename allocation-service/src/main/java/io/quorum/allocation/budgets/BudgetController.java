package io.quorum.allocation.budgets;

import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.allocation.platform.RequestFields;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Money;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Internal: the registry reserves a bot's budget before it starts the bot (agreement 1). */
@RestController
public class BudgetController {

    private final BudgetReservations reservations;

    public BudgetController(BudgetReservations reservations) {
        this.reservations = reservations;
    }

    public record ReserveRequest(String userId, String amount) {
    }

    public record ReservedBudget(BotId botId, Money amount) {
    }

    @PostMapping("/internal/budgets/{botId}/reserve")
    public ResponseEntity<?> reserve(@PathVariable("botId") String botId, @RequestBody ReserveRequest request) {
        BotId bot = RequestFields.botId("botId", botId);
        var outcome = reservations.reserve(RequestFields.userId("userId", request.userId()), bot,
                RequestFields.positiveAmount("amount", request.amount()));
        return switch (outcome) {
            case ReserveOutcome.Reserved r -> ResponseEntity.ok(new ReservedBudget(bot, r.budget().amount()));
            case ReserveOutcome.AlreadyReserved r -> ResponseEntity.ok(new ReservedBudget(bot, r.budget().amount()));
            case ReserveOutcome.InsufficientBalance r -> conflict("Insufficient balance",
                    "needs " + r.needed() + " USDT, " + r.free() + " free",
                    Map.of("needed", r.needed().toString(), "free", r.free().toString()));
            case ReserveOutcome.StillStopping r -> conflict("Bot is still stopping",
                    "bot is still stopping; its budget is released once its orders are gone", Map.of());
            case ReserveOutcome.RunningWithOtherAmount r -> conflict("Bot is already running",
                    "bot already runs on a budget of " + r.current() + " USDT; stop it to change the budget",
                    Map.of("current", r.current().toString()));
            case ReserveOutcome.BelongsToAnotherUser r -> conflict("Bot belongs to another user",
                    "bot " + bot + " has a budget under another user", Map.of());
        };
    }

    private static ResponseEntity<ProblemDetail> conflict(String title, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://quorum.local/problems/" + title.toLowerCase().replace(' ', '-')));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
