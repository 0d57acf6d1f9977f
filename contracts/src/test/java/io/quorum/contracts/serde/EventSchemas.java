package io.quorum.contracts.serde;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.EventType;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.Threshold;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema (draft 2020-12) of one event type's wire form — the envelope {@link EventJson} writes and
 * the payload record as Jackson writes it — from the records themselves:
 * <ul>
 *   <li>a record is an object whose properties are its components, all present on the wire (Jackson writes nulls),
 *       except a component marked {@code @JsonInclude(NON_NULL)}, which is absent when null;</li>
 *   <li>a component may be null when the record's canonical constructor accepts null for it in at least one of
 *       the sample instances (the constructors are where the contracts enforce their invariants);</li>
 *   <li>a value type with a {@code @JsonValue} is a string: a decimal for money, prices, quantities, percentages
 *       and confidences; a UUID for ids that wrap one;</li>
 *   <li>enums are strings from a closed list, lists are arrays, maps are objects.</li>
 * </ul>
 */
final class EventSchemas {

    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    static final String SIGNED_DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String UNSIGNED_DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
    private static final Set<Class<?>> SIGNED_DECIMALS = Set.of(Money.class, Percent.class, FeeRate.class);
    private static final Set<Class<?>> UNSIGNED_DECIMALS = Set.of(Price.class, Quantity.class, Confidence.class);

    /** Every record instance reachable from the samples, by class: the constructors' null checks are probed on them. */
    private final Map<Class<?>, List<Record>> instances = new HashMap<>();

    EventSchemas(Collection<? extends Event> samples) {
        samples.forEach(this::collect);
    }

    ObjectNode schemaOf(EventType type) {
        ObjectNode schema = EventJson.mapper().createObjectNode();
        schema.put("$schema", DRAFT);
        schema.put("$id", type.wireName() + ".schema.json");
        schema.put("title", type.wireName());
        schema.put("description", "The record value of every " + type.wireName() + " event, on Kafka topic " + type.topic().name()
                + " (record key: the " + type.topic().keyedBy().name().toLowerCase() + " id"
                + (type.topic().keyedBy().name().equals("SYMBOL") ? ", i.e. the symbol" : "")
                + "). Generated from " + type.javaType().getName()
                + " by EventSchemaTest; do not edit.");
        schema.put("x-quorum-topic", type.topic().name());
        schema.put("x-quorum-key", type.topic().keyedBy().name().toLowerCase());
        schema.put("type", "object");
        ArrayNode required = schema.putArray("required");
        List.of("type", "eventId", "occurredAt", "causationId", "correlationId", "payload").forEach(required::add);
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("const", type.wireName())
                .put("description", "the event type's stable, versioned wire name");
        properties.putObject("eventId").put("type", "string").put("format", "uuid")
                .put("description", "unique per event: the key to deduplicate redeliveries by");
        properties.putObject("occurredAt").put("type", "string").put("format", "date-time")
                .put("description", "event time (UTC, ISO-8601): when the fact became true in market time, not when it was written");
        ObjectNode causation = properties.putObject("causationId");
        causation.putArray("type").add("string").add("null");
        causation.put("format", "uuid").put("description", "the eventId of the event that caused this one; null for an originating event");
        properties.putObject("correlationId").put("type", "string").put("format", "uuid")
                .put("description", "shared by every event caused, directly or not, by the same originating event");
        TreeMap<String, ObjectNode> definitions = new TreeMap<>();
        properties.set("payload", reference(type.javaType(), definitions));
        ObjectNode defs = schema.putObject("$defs");
        definitions.forEach(defs::set);
        return schema;
    }

    private ObjectNode reference(Class<?> recordType, Map<String, ObjectNode> definitions) {
        String name = definitionName(recordType);
        if (!definitions.containsKey(name)) {
            definitions.put(name, null);
            definitions.put(name, recordSchema(recordType, definitions));
        }
        return EventJson.mapper().createObjectNode().put("$ref", "#/$defs/" + name);
    }

    private ObjectNode recordSchema(Class<?> recordType, Map<String, ObjectNode> definitions) {
        ObjectNode schema = EventJson.mapper().createObjectNode();
        schema.put("type", "object");
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        RecordComponent[] components = recordType.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
            boolean omittedWhenNull = include != null && include.value() == JsonInclude.Include.NON_NULL;
            if (!omittedWhenNull) {
                required.add(component.getName());
            }
            ObjectNode property = valueSchema(component.getGenericType(), component.getAccessor(), definitions);
            if (!omittedWhenNull && !component.getType().isPrimitive() && acceptsNull(recordType, i)) {
                property = nullable(property);
            }
            properties.set(component.getName(), property);
        }
        // Jackson also writes what a bean getter derives (OrderSpec.isProtected()): always present, never null
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        Arrays.stream(recordType.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getDeclaringClass() == recordType)
                .filter(m -> !m.isAnnotationPresent(JsonIgnore.class))
                .filter(m -> derivedPropertyName(m) != null && !names.contains(derivedPropertyName(m)))
                .map(m -> Map.entry(m, derivedPropertyName(m)))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> {
                    required.add(e.getValue());
                    properties.set(e.getValue(), valueSchema(e.getKey().getGenericReturnType(), e.getKey(), definitions)
                            .put("description", "derived: " + recordType.getSimpleName() + "." + e.getKey().getName() + "()"));
                });
        return schema;
    }

    private static String derivedPropertyName(Method method) {
        String name = method.getName();
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3)) && method.getReturnType() != void.class) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        return null;
    }

    private ObjectNode valueSchema(Type type, Method accessor, Map<String, ObjectNode> definitions) {
        ObjectNode schema = EventJson.mapper().createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.set("items", valueSchema(arguments[0], null, definitions));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                Class<?> keyType = (Class<?>) arguments[0];
                if (keyType.isEnum()) {
                    schema.set("propertyNames", enumSchema(keyType));
                } else if (keyType != String.class) {
                    throw new IllegalStateException("no schema for map keys of " + keyType);
                }
                schema.set("additionalProperties", valueSchema(arguments[1], null, definitions));
                return schema;
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return schema.put("type", "string");
        }
        if (cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class) {
            return schema.put("type", "integer");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (cls == BigDecimal.class) {
            JsonFormat format = accessor == null ? null : accessor.getAnnotation(JsonFormat.class);
            if (format != null && format.shape() == JsonFormat.Shape.STRING) {
                return schema.put("type", "string").put("pattern", SIGNED_DECIMAL);
            }
            return schema.put("type", "number")
                    .put("description", "an exact decimal written as a JSON number: parse it as a decimal, not a binary float");
        }
        if (cls == Instant.class) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (cls == LocalDate.class) {
            return schema.put("type", "string").put("format", "date");
        }
        if (cls.isEnum()) {
            return enumSchema(cls);
        }
        if (jsonValue(cls) != null) {
            return scalarValueSchema(cls);
        }
        if (cls.isRecord()) {
            return reference(cls, definitions);
        }
        throw new IllegalStateException("no schema for " + cls + ": teach EventSchemas how Jackson writes it");
    }

    private ObjectNode scalarValueSchema(Class<?> cls) {
        ObjectNode schema = EventJson.mapper().createObjectNode().put("type", "string");
        if (SIGNED_DECIMALS.contains(cls)) {
            return schema.put("pattern", SIGNED_DECIMAL)
                    .put("description", cls.getSimpleName() + ": an exact decimal as a string; parse it as a decimal, never a float");
        }
        if (UNSIGNED_DECIMALS.contains(cls)) {
            return schema.put("pattern", UNSIGNED_DECIMAL)
                    .put("description", cls.getSimpleName() + ": an exact decimal as a string; parse it as a decimal, never a float");
        }
        if (cls == Threshold.class) {
            return schema.put("pattern", "^>?[0-9]{1,3}/[0-9]{1,3}$")
                    .put("description", "a share of the voters: \"2/3\" at least two thirds, \">1/2\" more than half");
        }
        RecordComponent[] components = cls.isRecord() ? cls.getRecordComponents() : new RecordComponent[0];
        if (components.length == 1 && components[0].getType() == UUID.class) {
            return schema.put("format", "uuid").put("description", cls.getSimpleName());
        }
        return schema.put("description", cls.getSimpleName());
    }

    private static ObjectNode enumSchema(Class<?> enumType) {
        ObjectNode schema = EventJson.mapper().createObjectNode().put("type", "string");
        ArrayNode values = schema.putArray("enum");
        Method label = jsonValue(enumType);
        for (Object constant : enumType.getEnumConstants()) {
            if (label == null) {
                values.add(((Enum<?>) constant).name());
            } else {
                try {
                    values.add(String.valueOf(label.invoke(constant)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return schema;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode either = EventJson.mapper().createObjectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return either;
    }

    private static Method jsonValue(Class<?> cls) {
        for (Method method : cls.getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && !Modifier.isStatic(method.getModifiers())) {
                return method;
            }
        }
        return null;
    }

    private static String definitionName(Class<?> recordType) {
        return recordType.getEnclosingClass() == null ? recordType.getSimpleName()
                : recordType.getEnclosingClass().getSimpleName() + "." + recordType.getSimpleName();
    }

    /** Whether the canonical constructor accepts null for component {@code index} in at least one sample instance. */
    private boolean acceptsNull(Class<?> recordType, int index) {
        List<Record> samples = instances.get(recordType);
        if (samples == null || samples.isEmpty()) {
            throw new IllegalStateException("SampleEvents has no instance of " + recordType.getName()
                    + ": add one, so its components' nullability can be read from its constructor");
        }
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            for (Record sample : samples) {
                Object[] arguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    arguments[i] = i == index ? null : components[i].getAccessor().invoke(sample);
                }
                try {
                    canonical.newInstance(arguments);
                    return true;
                } catch (InvocationTargetException refused) {
                    // this instance needs the component; another may not
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot probe " + recordType.getName(), e);
        }
    }

    private void collect(Object value) {
        switch (value) {
            case null -> {
            }
            case Record record -> {
                instances.computeIfAbsent(record.getClass(), c -> new ArrayList<>()).add(record);
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        collect(accessor.invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            case Collection<?> collection -> collection.forEach(this::collect);
            case Map<?, ?> map -> map.values().forEach(this::collect);
            default -> {
            }
        }
    }
}
