package se.helhet.trace;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.ApiClientUsed;

/**
 * Every call made with an integration's API token is in the access log, whether or not it touches a person:
 * one row naming the client's account, the call as its channel. The person rows of what the call reads follow
 * as for any reader, under the same account.
 */
@Component
class ApiCallTrace {

    private final TraceRepository repository;

    ApiCallTrace(TraceRepository repository) {
        this.repository = repository;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ApiClientUsed call) {
        TracedAction action = switch (call.method()) {
            case "GET", "HEAD" -> TracedAction.READ;
            case "POST" -> TracedAction.CREATE;
            default -> TracedAction.UPDATE;
        };
        repository.insert(call.client(), action, "api_call", call.client().username(),
                List.of(new TracedPerson(null, null)), call.method() + " " + call.path());
    }
}
