package se.helhet.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** axe-core (vendored in src/test/resources/axe) run on the page the browser shows. */
final class Axe {

    private static final String RESOURCE = "/axe/axe-4.14.1.min.js";
    private static final int TARGETS_SHOWN = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = load();

    record Violation(String rule, String impact, String help, String helpUrl, int count, List<String> targets) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        String describe() {
            List<String> shown = targets.subList(0, Math.min(TARGETS_SHOWN, targets.size()));
            return rule + " [" + impact + "] " + help + " (" + count + " element" + (count == 1 ? "" : "s") + ": "
                    + String.join(", ", shown) + (targets.size() > TARGETS_SHOWN ? ", …" : "") + ") " + helpUrl;
        }
    }

    private Axe() {
    }

    static List<Violation> run(JavascriptExecutor js) {
        js.executeScript(SOURCE);
        Object loaded = js.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';");
        if (!Boolean.TRUE.equals(loaded)) {
            throw new AssertionError("axe-core could not be injected into the page (blocked by the Content-Security-Policy?)");
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('AXE-ERROR: ' + e));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("AXE-ERROR")) {
            throw new AssertionError("axe-core failed on the page: " + json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                JsonNode target = node.path("target");
                targets.add(target.size() == 1 && target.get(0).isString() ? target.get(0).asString() : target.toString());
            }
            violations.add(new Violation(v.path("id").asString(), v.path("impact").asString("unknown"),
                    v.path("help").asString(), v.path("helpUrl").asString(), v.path("nodes").size(), targets));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
