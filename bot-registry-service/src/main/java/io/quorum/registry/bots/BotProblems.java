package io.quorum.registry.bots;

import io.quorum.registry.bots.domain.BotTransitionRefused;
import io.quorum.registry.bots.domain.SettingsLocked;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the bots feature's refusals read as problem+json, wherever they arise (the stats read bots too). */
@RestControllerAdvice
class BotProblems {

    @ExceptionHandler(BotNotFound.class)
    ProblemDetail notFound(BotNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Bot not found", e.getMessage());
    }

    @ExceptionHandler(BotTransitionRefused.class)
    ProblemDetail refused(BotTransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the bot's status", e.getMessage());
    }

    @ExceptionHandler(SettingsLocked.class)
    ProblemDetail locked(SettingsLocked e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not possible in the bot's status", e.advice());
        problem.setProperty("botStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(GridEngineUnavailable.class)
    ProblemDetail gridEngineUnavailable(GridEngineUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Grid engine unavailable",
                e.getMessage() + "; the grid could not be checked and nothing was stored, try again shortly");
    }

    @ExceptionHandler(AllocationRefused.class)
    ProblemDetail insufficient(AllocationRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Insufficient balance", e.getMessage());
        if (e.refusal().needed() != null) {
            problem.setProperty("needed", e.refusal().needed().toPlainString());
        }
        if (e.refusal().free() != null) {
            problem.setProperty("free", e.refusal().free().toPlainString());
        }
        return problem;
    }

    @ExceptionHandler(AllocationUnavailable.class)
    ProblemDetail unavailable(AllocationUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Allocation unavailable",
                e.getMessage() + "; the bot was not started, try again shortly");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
