package se.helhet.draft;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUsers;
import se.helhet.platform.InvalidInputException;

/**
 * Saves and resumes drafts. The fields are kept as the browser sends a form (URL-encoded), so any form
 * can have drafts without code of its own; the CSRF token is never kept.
 */
@Service
public class Drafts {

    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password");

    private final DraftRepository drafts;
    private final CurrentUsers currentUsers;

    Drafts(DraftRepository drafts, CurrentUsers currentUsers) {
        this.drafts = drafts;
        this.currentUsers = currentUsers;
    }

    public Draft save(String formKey, Map<String, List<String>> fields) {
        check(formKey);
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, values) -> {
            if (!NEVER_KEPT.contains(name)) {
                values.forEach(v -> encoded.append(encoded.isEmpty() ? "" : "&").append(encode(name)).append('=')
                        .append(encode(v)));
            }
        });
        if (encoded.length() > 200_000) {
            throw new InvalidInputException("fields", "Utkastet är för stort");
        }
        drafts.save(currentUsers.require().id(), formKey, encoded.toString());
        return find(formKey).orElseThrow();
    }

    /** The user's open draft of the form, if there is one. */
    public Optional<Draft> find(String formKey) {
        check(formKey);
        return drafts.open(currentUsers.require().id(), formKey);
    }

    /** The form was submitted, or the user threw the draft away. */
    public void close(String formKey) {
        check(formKey);
        drafts.close(currentUsers.require().id(), formKey);
    }

    private static void check(String formKey) {
        if (formKey == null || !formKey.matches("[a-z0-9/_-]{1,200}")) {
            throw new InvalidInputException("formKey", "Okänt formulär");
        }
    }

    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
