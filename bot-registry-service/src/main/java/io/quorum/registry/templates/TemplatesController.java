package io.quorum.registry.templates;

import io.quorum.contracts.ids.TemplateId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AI trend bot templates. They belong to no user, so any caller the gateway lets through may read
 * them (the gateway secret is still checked, like every {@code /api} path). A handful of seed rows: a
 * plain list, like a user's bots.
 */
@RestController
@RequestMapping("/api/templates")
public class TemplatesController {

    private final Templates templates;

    TemplatesController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    List<Template> list() {
        return templates.all();
    }

    @GetMapping("/{id}")
    Template get(@PathVariable TemplateId id) {
        return templates.find(id).orElseThrow(() -> new TemplateNotFound(id));
    }

    @ExceptionHandler(TemplateNotFound.class)
    ProblemDetail notFound(TemplateNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Template not found");
        return problem;
    }
}
