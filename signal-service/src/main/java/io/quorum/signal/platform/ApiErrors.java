package io.quorum.signal.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.DatabindException;

/**
 * Turns a user's mistake into RFC 9457 problem+json naming the field and the reason. Ordered first:
 * Spring Boot's own problem-details handler (order 0) also handles unreadable bodies, without the field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var first = e.getBindingResult().getFieldErrors().getFirst();
        ProblemDetail problem = badRequest(first.getField(), first.getDefaultMessage());
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "reason", String.valueOf(error.getDefaultMessage())))
                .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            Throwable root = databind;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String reason = root instanceof IllegalArgumentException ? root.getMessage() : "has the wrong type or format";
            return badRequest(field, reason);
        }
        return badRequest("body", "the request body is not valid JSON");
    }

    public static ProblemDetail badRequest(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + reason);
        problem.setTitle("Invalid request");
        problem.setType(URI.create("https://quorum.local/problems/invalid-request"));
        problem.setProperty("field", field);
        problem.setProperty("reason", reason);
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return problem;
    }
}
