package io.quorum.signal.journal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a reviewer's answer: a JSON object with a non-blank {@code lesson}, the whole text or its first fenced
 * block. Anything else is garbage, with the reason; a lesson too long is cut to {@link ReviewPrompt#MAX_LESSON}.
 */
public final class LessonReader {

    /** Either the lesson or why there is none. */
    public record Reading(String lesson, String failure) {

        public boolean read() {
            return lesson != null;
        }
    }

    private static final Pattern FENCED = Pattern.compile("```(?:json|JSON)?\\s*(\\{.*?})\\s*```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LessonReader() {
    }

    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(null, "empty answer");
        }
        JsonNode root = parse(text.strip());
        if (root == null) {
            Matcher fenced = FENCED.matcher(text);
            root = fenced.find() ? parse(fenced.group(1)) : null;
        }
        if (root == null || !root.isObject()) {
            return new Reading(null, "no JSON object in the answer: " + abbreviate(text));
        }
        String lesson = root.path("lesson").asString("").replaceAll("\\s+", " ").strip();
        if (lesson.isEmpty()) {
            return new Reading(null, "the answer has no lesson: " + abbreviate(text));
        }
        return new Reading(lesson.length() <= ReviewPrompt.MAX_LESSON ? lesson
                : lesson.substring(0, ReviewPrompt.MAX_LESSON) + "…", null);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
