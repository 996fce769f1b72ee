package se.helhet.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for every operation of Helhet's OpenAPI document, drawn from one seeded {@link Random} so
 * that the same seed gives the same requests. Each case says which body field it broke, when it broke one.
 */
final class FuzzCases {

    /**
     * One request to send; {@code brokenField} is the single body field given a value of the wrong JSON type,
     * {@code parameters} the operation's path and query parameters, whose made-up values may be at fault too.
     */
    record Case(String user, String method, String path, String contentType, String body, String brokenField,
                List<String> parameters) {

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
            return user + " " + method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path)
                    + " [" + contentType + "]" + shown;
        }
    }

    static final List<String> USERS = List.of("mottagning", "socsek", "chef", "analytiker", "admin", "granskare",
            "vuxen");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C",
            "\uD83D\uDC76\uD83C\uDFFD", "x".repeat(100_000), "<script>alert(1)</script>", "' or 1=1 --", "%00",
            "\uFEFF", "\uD800", "null", "0", "-1", "1e309", "ÅÄÖ åäö", "\t\n\r");
    static final List<String> ODD_DATES = List.of("0000-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
            "-1-01-01", "2026-1-1", "20260101", "2026-02-28T25:00", "+10000-01-01", "1899-12-31");
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "0", "-1",
            "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c2", "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21-0", "ö", "x".repeat(5_000),
            "..%2F..%2Fetc", "\u0000");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
            "", "application/octet-stream");
    private static final List<String> BROKEN_BODIES = List.of("", "{", "[]", "null", "\"x\"", "42", "{\"a\":",
            "{} {}", "\u0000", "[{}]", "{\"\u0000\": 1}");

    private final JsonNode document;
    private final Map<String, String> ids;
    private final Random random;

    /** {@code ids} are existing records to put in the path, by the name of the record kind before the parameter. */
    FuzzCases(JsonNode document, Map<String, String> ids, long seed) {
        this.document = document;
        this.ids = ids;
        this.random = new Random(seed);
    }

    /** The operations of the document as "METHOD path". */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        return operations;
    }

    /** {@code perOperation} cases for every operation, each as one of the users. */
    List<Case> all(int perOperation) {
        List<Case> cases = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                for (int i = 0; i < perOperation; i++) {
                    cases.add(one(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), i));
                }
            }
        }
        return cases;
    }

    private Case one(String method, String template, JsonNode operation, int round) {
        String user = USERS.get(random.nextInt(USERS.size()));
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode bodySchema = bodySchema(operation);
        boolean json = bodySchema != null;
        // The first rounds keep the path valid so that the body reaches the application's own checks.
        boolean breakPath = round % 4 == 3 || (!json && round % 2 == 1);
        String path = path(template, parameters, breakPath);
        List<String> names = parameters.stream().map(p -> p.get("name").asString()).toList();
        if (!json) {
            return new Case(user, method, path, json(operation) ? "application/json" : null,
                    operation.has("requestBody") && random.nextBoolean() ? pick(BROKEN_BODIES) : null, null, names);
        }
        ObjectNode body = sample(bodySchema);
        return switch (random.nextInt(7)) {
            case 0 -> new Case(user, method, path, "application/json", pick(BROKEN_BODIES), null, names);
            case 1 -> new Case(user, method, path, pick(CONTENT_TYPES), body.toString(), null, names);
            case 2 -> {
                String field = anyField(body);
                if (field != null) {
                    body.remove(field);
                }
                yield new Case(user, method, path, "application/json", body.toString(), null, names);
            }
            case 3 -> {
                body.put("unexpected" + random.nextInt(100), pick(ODD_STRINGS));
                yield new Case(user, method, path, "application/json", body.toString(), null, names);
            }
            case 4 -> {
                String field = anyField(body);
                if (field == null) {
                    yield new Case(user, method, path, "application/json", body.toString(), null, names);
                }
                JsonNode wrong = wrongType(property(bodySchema, field));
                body.set(field, wrong);
                // A broken path is refused before the body is read; a number or a yes/no is read as text where text is due.
                boolean named = !breakPath && !(wrong.isValueNode() && schemaType(bodySchema, field).equals("string"));
                yield new Case(user, method, path, "application/json", body.toString(), named ? field : null,
                        names);
            }
            default -> {
                String field = anyField(body);
                if (field != null) {
                    body.set(field, oddValue(property(bodySchema, field)));
                }
                yield new Case(user, method, path, "application/json", body.toString(), null, names);
            }
        };
    }

    private String path(String template, List<JsonNode> parameters, boolean broken) {
        StringBuilder query = new StringBuilder();
        String path = template;
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            JsonNode schema = resolve(parameter.path("schema"));
            String value = broken && random.nextBoolean() ? oddText(schema) : validText(name, template, schema);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if (parameter.get("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", encoded);
            } else if (parameter.get("in").asString().equals("query") && (broken || random.nextInt(4) > 0)) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encoded);
            }
        }
        if (broken && random.nextInt(5) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unexpected=").append("%00%E2%80%AE");
        }
        return path + query;
    }

    private String validText(String name, String template, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
        }
        if ("uuid".equals(schema.path("format").asString())) {
            String before = template.substring(0, Math.max(0, template.indexOf("{" + name + "}") - 1));
            String kind = name.equals("id") ? before.substring(before.lastIndexOf('/') + 1) : name;
            String known = ids.get(kind);
            return known != null && random.nextInt(5) > 0 ? known : java.util.UUID.randomUUID().toString();
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> String.valueOf(random.nextInt(3));
            case "boolean" -> "true";
            default -> "date".equals(schema.path("format").asString()) ? "2026-01-15"
                    : ids.getOrDefault(name, "SDQ");
        };
    }

    private String oddText(JsonNode schema) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(BAD_UUIDS);
            case 1 -> pick(ODD_DATES);
            default -> pick(ODD_STRINGS).replace("x".repeat(100_000), "x".repeat(2_000));
        };
    }

    /** A body that has every property with a plausible value of its type. */
    private ObjectNode sample(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        for (var property : properties(schema)) {
            body.set(property.getKey(), plausible(resolve(property.getValue())));
        }
        return body;
    }

    private JsonNode plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String format = schema.path("format").asString();
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> NODES.numberNode(random.nextInt(5));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> NODES.arrayNode().add(plausible(resolve(schema.path("items"))));
            case "object" -> schema.has("properties") ? sample(schema) : NODES.objectNode();
            default -> switch (format) {
                case "uuid" -> NODES.stringNode(ids.getOrDefault("persons", java.util.UUID.randomUUID().toString()));
                case "date" -> NODES.stringNode("2026-01-15");
                case "date-time" -> NODES.stringNode("2026-01-15T10:00:00Z");
                default -> NODES.stringNode("Fuzz " + random.nextInt(1000));
            };
        };
    }

    /** A JSON value the property's type cannot hold. */
    private JsonNode wrongType(JsonNode schema) {
        String type = schema.path("type").asString();
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.objectNode().put("x", 1), NODES.arrayNode().add(1)));
        if (!type.equals("boolean")) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            wrong.add(NODES.numberNode(-1));
        }
        if (type.equals("array")) {
            wrong.removeIf(JsonNode::isArray);
            wrong.add(NODES.stringNode("x"));
        }
        if (type.equals("object")) {
            wrong.removeIf(JsonNode::isObject);
        }
        if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
            wrong.add(NODES.stringNode("x"));
        }
        return wrong.get(random.nextInt(wrong.size()));
    }

    private JsonNode oddValue(JsonNode schema) {
        String format = schema.path("format").asString();
        if (format.equals("date") || format.equals("date-time")) {
            return NODES.stringNode(pick(ODD_DATES));
        }
        if (format.equals("uuid")) {
            return NODES.stringNode(pick(BAD_UUIDS));
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> random.nextBoolean() ? NODES.numberNode(Long.MAX_VALUE)
                    : JSON.readTree(pick(List.of("1e400", "-2147483649", "0.5", "99999999999999999999999")));
            case "array" -> {
                var many = NODES.arrayNode();
                for (int i = 0; i < 200; i++) {
                    many.add(pick(ODD_STRINGS).length() > 10_000 ? "x" : pick(ODD_STRINGS));
                }
                yield random.nextBoolean() ? many : NODES.arrayNode().addNull();
            }
            default -> NODES.stringNode(pick(ODD_STRINGS));
        };
    }

    private String schemaType(JsonNode schema, String field) {
        return property(schema, field).path("type").asString();
    }

    private String anyField(ObjectNode body) {
        List<String> names = new ArrayList<>(body.propertyNames());
        return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    }

    private JsonNode property(JsonNode schema, String name) {
        return resolve(resolve(schema).path("properties").path(name));
    }

    private Iterable<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Iterator<Map.Entry<String, JsonNode>> none = java.util.Collections.emptyIterator();
        return resolved.has("properties") ? resolved.get("properties").properties() : () -> none;
    }

    private JsonNode bodySchema(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    private static boolean json(JsonNode operation) {
        return operation.path("requestBody").path("content").has("application/json");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return document.get("components").get("schemas").get(name);
        }
        return schema;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
