package io.quorum.allocation.intents.policy;

/**
 * An opening order is refused while the user's bot budgets claim more than the equity less the reserved pool —
 * the equity fell after the budgets were granted (a loss elsewhere, a withdrawal). Nothing is taken from the
 * running bots: their reducing orders still pass, and opening orders pass again once the equity recovers or a bot
 * is stopped and its budget released.
 */
public final class ReservedPoolPolicy implements OrderPolicy {

    @Override
    public Verdict check(IntentContext context) {
        IntentContext.Funds funds = context.funds();
        if (context.order().reduceOnly() || funds == null || !funds.allocated().exceeds(funds.allocatable())) {
            return Verdict.ALLOW;
        }
        return Verdict.reject(this, "the bots' budgets (" + funds.allocated() + " USDT) exceed the equity less the "
                + "reserved pool (" + funds.allocatable() + " of " + funds.equity() + " USDT): no new positions until "
                + "the equity recovers or a bot is stopped");
    }
}
