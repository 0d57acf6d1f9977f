package io.quorum.allocation.balance;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.BotOwners;
import io.quorum.allocation.platform.InvalidRequestException;
import io.quorum.allocation.platform.Page;
import io.quorum.allocation.platform.PageRequest;
import io.quorum.allocation.platform.RequestFields;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own balance and bot budgets; nobody sees another user's. */
@RestController
public class BalanceController {

    private final Accounts accounts;
    private final BotOwners owners;

    public BalanceController(Accounts accounts, BotOwners owners) {
        this.accounts = accounts;
        this.owners = owners;
    }

    /** {@code botId} (optional): the budget would be this bot's, so what it holds now counts as free for it. */
    public record CheckRequest(String amount, String botId) {
    }

    @GetMapping("/api/balance")
    public BalanceView balance(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user) {
        return BalanceView.of(accountOf(user));
    }

    /** A page of the caller's budgets, every status, by bot id: {@code ?limit=} 1–100 (50), {@code ?cursor=}. */
    @GetMapping("/api/balance/bots")
    public Page<BalanceView.BotView> budgets(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                             @RequestParam(required = false) String limit,
                                             @RequestParam(required = false) String cursor) {
        UserId caller = RequestFields.userId(GatewayHeaders.USER_ID, user);
        PageRequest page = PageRequest.of(limit, cursor);
        BotId after = null;
        if (page.after() != null) {
            try {
                after = BotId.of(page.after());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
            }
        }
        List<BotBudget> rows = accounts.budgetsAfter(caller, after, page.limit() + 1);
        return Page.of(rows, page.limit(), budget -> budget.botId().toString()).map(BalanceView.BotView::of);
    }

    @PostMapping("/api/balance/check")
    public BalanceView.Check check(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                   @RequestBody CheckRequest request) {
        UserId caller = RequestFields.userId(GatewayHeaders.USER_ID, user);
        Money needed = RequestFields.positiveAmount("amount", request.amount());
        BotId bot = request.botId() == null ? null : RequestFields.botId("botId", request.botId());
        // a bot known as another user's is not found, as every service answers a stranger's id; one not known here
        // at all may be the caller's own, created a moment ago (BotCreated on its way): it holds no budget of the
        // caller's, so it is answered as such, which is also the right answer for the caller's own new bot
        if (bot != null && owners.belongsToAnotherThan(bot, caller)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no bot " + bot + " of yours");
        }
        return BalanceView.Check.of(accounts.find(caller), needed, bot);
    }

    private Account accountOf(String user) {
        return accounts.find(RequestFields.userId(GatewayHeaders.USER_ID, user));
    }
}
