package io.quorum.registry;

import io.quorum.contracts.ids.BotId;
import java.util.List;

/**
 * The allocation service's reserve endpoint as the registry sees it: 200 by default, or the answer a
 * test chose for one bot. Keeps every request, so a test can check what the registry sent.
 */
public final class FakeAllocation extends FakeService {

    public FakeAllocation() {
        super("/internal/budgets/");
    }

    /** Answers this bot's reservations 409, as the allocation does when the free balance is too small. */
    public void refuse(BotId bot, String needed, String free) {
        answers.put(bot.toString(), new Answer(409, """
                {"type":"about:blank","title":"Insufficient balance","status":409,\
                "detail":"needs %s USDT, %s free","needed":"%s","free":"%s"}""".formatted(needed, free, needed, free)));
    }

    public void fail(BotId bot, int status) {
        answers.put(bot.toString(), new Answer(status, "{\"title\":\"boom\"}"));
    }

    public List<Request> requestsFor(BotId bot) {
        return requests().stream().filter(r -> r.path().contains(bot.toString())).toList();
    }

    @Override
    protected Answer answerFor(String path, String body) {
        String bot = path.replaceAll("^/internal/budgets/([^/]+)/reserve$", "$1");
        return answers.getOrDefault(bot, new Answer(200, "{\"botId\":\"" + bot + "\",\"amount\":\"1000\"}"));
    }
}
