package io.quorum.registry.templates;

import io.quorum.contracts.ids.TemplateId;

/** No template of that id. */
class TemplateNotFound extends RuntimeException {

    TemplateNotFound(TemplateId id) {
        super("no template " + id);
    }
}
