package io.quorum.allocation.balance;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.platform.RequestFields;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.money.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own balance and bot budgets; nobody sees another user's. */
@RestController
public class BalanceController {

    private final Accounts accounts;

    public BalanceController(Accounts accounts) {
        this.accounts = accounts;
    }

    public record CheckRequest(String amount) {
    }

    @GetMapping("/api/balance")
    public BalanceView balance(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user) {
        return BalanceView.of(accountOf(user));
    }

    @PostMapping("/api/balance/check")
    public BalanceView.Check check(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                   @RequestBody CheckRequest request) {
        Account account = accountOf(user);
        Money needed = RequestFields.positiveAmount("amount", request.amount());
        return new BalanceView.Check(account.fits(needed), account.free(), needed);
    }

    private Account accountOf(String user) {
        return accounts.find(RequestFields.userId(GatewayHeaders.USER_ID, user));
    }
}
