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
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUsers;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;

/**
 * Saves and resumes drafts. The fields are kept as the browser sends a form (URL-encoded), so any form
 * can have drafts without code of its own; the CSRF token is never kept.
 */
@Service
public class Drafts {

    /** The field a form's draft names its opening in ({@link #opening}). */
    static final String OPENING = "_draft";
    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password", OPENING);

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
            throw new InvalidInputException("fields", "draft.problem.too-large");
        }
        UUID user = currentUsers.require().id();
        int opening = opening(fields.get(OPENING)).orElseGet(() -> drafts.opening(user, formKey));
        if (!drafts.save(user, formKey, encoded.toString(), opening)) {
            throw new ConflictException("draft.conflict.closed");
        }
        return find(formKey).orElseThrow();
    }

    /**
     * Which opening of the form the user types in, for the form to send with what is typed ({@value #OPENING}):
     * a save from an opening that has ended since (the form was sent) is refused instead of opening the draft
     * again. A client that names no opening saves in the present one.
     */
    public int opening(String formKey) {
        check(formKey);
        return drafts.opening(currentUsers.require().id(), formKey);
    }

    private static Optional<Integer> opening(List<String> sent) {
        if (sent == null || sent.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(sent.getFirst().strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(OPENING, "draft.problem.opening.unknown");
        }
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
            throw new InvalidInputException("formKey", "draft.problem.form.unknown");
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
