package io.quorum.contracts.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.EventCatalog;
import io.quorum.contracts.event.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas under docs/schemas are the wire form of every event type for consumers in other languages. They are
 * derived from the records ({@link EventSchemas}); this test fails when a committed schema differs from what the records
 * give, so the two cannot drift apart. After changing an event record, write the schemas again and commit them:
 *
 * <pre>./mvnw -q -pl contracts verify -Dtest=EventSchemaTest -Dquorum.schemas.write=true</pre>
 *
 * It also checks every sample event's serialized form against its schema, so a schema describes what is really written.
 */
class EventSchemaTest {

    static final Path SCHEMAS = Path.of("..", "docs", "schemas");
    static final Path EVENTS_DOC = Path.of("..", "docs", "events.md");
    static final List<EventType> types = EventCatalog.all();
    static final List<Event> samples = SampleEvents.all();
    private static final EventSchemas GENERATOR = new EventSchemas(samples);

    static Path fileOf(EventType type) {
        return SCHEMAS.resolve(type.wireName() + ".schema.json");
    }

    static String render(EventType type) {
        return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(GENERATOR.schemaOf(type)) + "\n";
    }

    @ParameterizedTest
    @FieldSource("types")
    void theCommittedSchemaIsTheOneTheRecordsGive(EventType type) throws IOException {
        String generated = render(type);
        Path file = fileOf(type);
        if (Boolean.getBoolean("quorum.schemas.write")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("docs/schemas lacks %s: run this test with -Dquorum.schemas.write=true and commit it", file.getFileName())
                .exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s differs from %s as the records give it: run this test with -Dquorum.schemas.write=true and commit",
                        file, type.javaType().getSimpleName())
                .isEqualTo(generated);
    }

    @Test
    void noSchemaIsLeftForAnEventTypeThatIsGone() throws IOException {
        Set<String> expected = types.stream().map(type -> fileOf(type).getFileName().toString()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".schema.json")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void eventsDocLinksEverySchema() throws IOException {
        String doc = Files.readString(EVENTS_DOC, StandardCharsets.UTF_8);
        assertThat(types).allSatisfy(type -> assertThat(doc).contains("(schemas/" + type.wireName() + ".schema.json)"));
    }

    @ParameterizedTest
    @FieldSource("samples")
    void everySampleAsWrittenMatchesItsSchema(Event event) {
        EventType type = EventCatalog.typeOf(event);
        ObjectNode schema = GENERATOR.schemaOf(type);
        for (Envelope<Event> envelope : List.of(Envelope.originating(event, Instant.parse("2025-05-30T16:45:00Z")),
                Envelope.originating(event, Instant.parse("2025-05-30T16:45:00Z")).cause(event, Instant.parse("2025-05-30T16:46:00Z")))) {
            JsonNode written = EventJson.mapper().readTree(EventJson.write(envelope));
            List<String> problems = new ArrayList<>();
            new Validator(schema, problems).check(schema, written, "$");
            assertThat(problems).as("%s as written against its schema", type.wireName()).isEmpty();
        }
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        EventType fill = EventCatalog.byWireName("order.filled.v1").orElseThrow();
        ObjectNode schema = GENERATOR.schemaOf(fill);
        Event sample = samples.stream().filter(e -> EventCatalog.typeOf(e) == fill).findFirst().orElseThrow();
        ObjectNode written = (ObjectNode) EventJson.mapper().readTree(EventJson.write(Envelope.originating(sample, Instant.EPOCH)));
        ObjectNode payload = (ObjectNode) written.get("payload");
        payload.put("price", 104210.3);
        payload.remove("fee");
        payload.put("invented", "x");
        written.put("type", "order.placed.v1");

        List<String> problems = new ArrayList<>();
        new Validator(schema, problems).check(schema, written, "$");

        assertThat(problems).anyMatch(p -> p.startsWith("$.payload.price"))
                .anyMatch(p -> p.contains("$.payload") && p.contains("fee"))
                .anyMatch(p -> p.contains("invented"))
                .anyMatch(p -> p.startsWith("$.type"));
    }

    /**
     * Enough of JSON Schema 2020-12 for what {@link EventSchemas} writes: $ref, type, const, enum, pattern, format
     * (uuid, date-time, date), properties, required, items, propertyNames, additionalProperties, anyOf. Stricter than
     * the schemas themselves in one point: an object property the schema does not declare is a problem, so a field
     * the records write but the schema misses is caught.
     */
    private record Validator(ObjectNode root, List<String> problems) {

        private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        void check(JsonNode schema, JsonNode value, String path) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asString().substring("#/$defs/".length());
                check(root.get("$defs").get(name), value, path);
                return;
            }
            if (schema.has("anyOf")) {
                for (JsonNode option : schema.get("anyOf")) {
                    List<String> own = new ArrayList<>();
                    new Validator(root, own).check(option, value, path);
                    if (own.isEmpty()) {
                        return;
                    }
                }
                problems.add(path + ": matches none of anyOf: " + value);
                return;
            }
            if (schema.has("const") && !schema.get("const").equals(value)) {
                problems.add(path + ": must be " + schema.get("const") + ", was " + value);
            }
            if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
                problems.add(path + ": must be of type " + schema.get("type") + ", was " + value);
                return;
            }
            if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                problems.add(path + ": not one of " + schema.get("enum") + ": " + value);
            }
            if (value.isString()) {
                String text = value.asString();
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
                    problems.add(path + ": '" + text + "' does not match " + schema.get("pattern").asString());
                }
                if (schema.has("format")) {
                    Pattern format = switch (schema.get("format").asString()) {
                        case "uuid" -> UUID;
                        case "date-time" -> DATE_TIME;
                        case "date" -> DATE;
                        default -> throw new IllegalStateException("format " + schema.get("format"));
                    };
                    if (!format.matcher(text).matches()) {
                        problems.add(path + ": '" + text + "' is not a " + schema.get("format").asString());
                    }
                }
            }
            if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]");
                }
            }
            if (value.isObject()) {
                JsonNode properties = schema.get("properties");
                if (schema.has("required")) {
                    for (JsonNode name : schema.get("required")) {
                        if (!value.has(name.asString())) {
                            problems.add(path + ": required property '" + name.asString() + "' is missing");
                        }
                    }
                }
                for (Map.Entry<String, JsonNode> property : value.properties()) {
                    String at = path + "." + property.getKey();
                    if (schema.has("propertyNames")) {
                        check(schema.get("propertyNames"), EventJson.mapper().getNodeFactory().stringNode(property.getKey()), at + " (name)");
                    }
                    if (properties != null && properties.has(property.getKey())) {
                        check(properties.get(property.getKey()), property.getValue(), at);
                    } else if (schema.has("additionalProperties")) {
                        check(schema.get("additionalProperties"), property.getValue(), at);
                    } else {
                        problems.add(at + ": written, but the schema does not declare it");
                    }
                }
            }
        }

        private static boolean typeMatches(JsonNode type, JsonNode value) {
            if (type.isArray()) {
                for (JsonNode one : type) {
                    if (typeMatches(one, value)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.asString()) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isString();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> throw new IllegalStateException("type " + type);
            };
        }

        private static boolean contains(JsonNode values, JsonNode value) {
            for (JsonNode one : values) {
                if (one.equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
