package se.helhet.platform;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Searches kept in the user's session under a short-lived random id, so that what a page searched for — often a
 * personnummer — travels in a POST body and never in an address, where browser history, the Referer header and
 * access logs would keep it. The search form posts; the answer redirects to the page with
 * {@code ?sok=<id>} (Post/Redirect/Get), which reads the search back: reload, back and forward work while the
 * session keeps it, and an id from another session or page means nothing. A form sent by htmx is answered with the
 * page's result at once and told that address to show ({@link #answeredInPlace}): one request, not two.
 */
@Component
public class Searches {

    /** The query parameter that names a kept search. */
    public static final String PARAMETER = "sok";

    private static final String ATTRIBUTE = Searches.class.getName();
    private static final int KEPT = 50;
    private static final Duration LIFETIME = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Kept(String page, Map<String, String> criteria, Instant at) implements Serializable {
    }

    private final Clock clock;

    Searches(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a page's search (a missing criterion as empty text) and gives the id for the page's address. */
    public String keep(HttpSession session, String page, Map<String, String> criteria) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, String> copy = new LinkedHashMap<>();
        criteria.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Kept> kept = kept(session);
            kept.put(id, new Kept(page, copy, clock.instant()));
            while (kept.size() > KEPT) {
                kept.remove(kept.firstEntry().getKey());
            }
            session.setAttribute(ATTRIBUTE, kept);
        }
        return id;
    }

    /** The page's search kept under the id; empty when the id is unknown, expired or another page's. */
    public Optional<Map<String, String>> find(HttpSession session, String page, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            Kept found = kept(session).get(id);
            if (found == null || !found.page().equals(page)
                    || found.at().plus(LIFETIME).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(Map.copyOf(found.criteria()));
        }
    }

    /**
     * Whether the search is answered in place: a form sent by htmx ({@code HX-Request}) swaps the answer into the page
     * and is told to show {@code address} (within the application) in the address bar ({@code HX-Push-Url}), so
     * the search takes one request instead of a redirect and a second one. A form sent without script is not: the
     * caller redirects it to {@code address}.
     */
    public static boolean answeredInPlace(HttpServletRequest request, HttpServletResponse response, String address) {
        if (!"true".equals(request.getHeader("HX-Request"))) {
            return false;
        }
        response.setHeader("HX-Push-Url", request.getContextPath() + address);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Kept> kept(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Kept>) map : new LinkedHashMap<>();
    }
}
