package se.helhet.trace;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.helhet.access.ApiClientUsed;

/**
 * Every call made with an integration's API token is in the access log, whether or not it touches a person:
 * one row naming the client's account, the call as its channel. The person rows of what the call reads follow
 * as for any reader, under the same account.
 */
@Component
class ApiCallTrace {

    private final TraceWriter writer;

    ApiCallTrace(TraceWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(ApiClientUsed call) {
        TracedAction action = switch (call.method()) {
            case "GET", "HEAD" -> TracedAction.READ;
            case "POST" -> TracedAction.CREATE;
            default -> TracedAction.UPDATE;
        };
        writer.write(List.of(new TraceRow(call.client(), action, "api_call", call.client().username(),
                new TracedPerson(null, null), call.method() + " " + call.path(), null)));
    }
}
