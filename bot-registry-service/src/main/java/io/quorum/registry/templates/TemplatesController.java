package io.quorum.registry.templates;

import io.quorum.contracts.ids.TemplateId;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** A page of the templates in their seeded order; a cursor is the id of the last template shown. */
    @GetMapping
    Page<Template> list(@RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<Template> all = templates.all();
        int from = 0;
        if (page.after() != null) {
            List<String> ids = all.stream().map(template -> template.id().value()).toList();
            int last = ids.indexOf(page.after());
            if (last < 0) {
                throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
            }
            from = last + 1;
        }
        List<Template> rest = all.subList(from, Math.min(all.size(), from + page.limit() + 1));
        return Page.of(rest, page.limit(), template -> template.id().value());
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
