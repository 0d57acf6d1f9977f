package io.quorum.registry.audit;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's audit trail: of all their bots, or of one; nobody reads another user's. */
@RestController
public class AuditController {

    record AuditView(long id, BotId botId, String actor, AuditAction action, Map<String, AuditEntry.Change> changes,
                     String detail, Instant at) {
        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.id(), entry.botId(), entry.actor(), entry.action(), entry.changes(),
                    entry.detail(), entry.at());
        }
    }

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    Page<AuditView> ofCaller(@RequestHeader(GatewayHeaders.USER_ID) UserId caller,
                             @RequestParam(required = false) String limit,
                             @RequestParam(required = false) String cursor) {
        return trail.ofOwner(caller, PageRequest.of(limit, cursor)).map(AuditView::of);
    }

    @GetMapping("/api/bots/{id}/audit")
    Page<AuditView> ofBot(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id,
                          @RequestParam(required = false) String limit,
                          @RequestParam(required = false) String cursor) {
        return trail.ofBot(id, caller, PageRequest.of(limit, cursor)).map(AuditView::of);
    }

    @ExceptionHandler(AuditNotFound.class)
    ProblemDetail notFound(AuditNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Bot not found");
        return problem;
    }
}
