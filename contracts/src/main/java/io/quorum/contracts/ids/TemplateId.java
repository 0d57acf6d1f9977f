package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AI trend bot template, named by a readable slug ({@code conservative-trend}): templates are seed
 * data shared by every user, and a slug reads well in a URL, a bot's settings and an event.
 */
public record TemplateId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 40;

    public TemplateId {
        Objects.requireNonNull(value, "templateId must not be null");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("templateId must be 1-" + MAX_LENGTH
                    + " lower-case letters, digits and single hyphens, starting with a letter, was '" + value + "'");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TemplateId of(String text) {
        return new TemplateId(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
