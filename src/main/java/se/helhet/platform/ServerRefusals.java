package se.helhet.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Requests the server refuses before Helhet's code runs (a NUL or an encoded slash in the path, a request
 * line over 8 KB): the API answers problem+json as everywhere else, the pages a short Swedish page with an
 * English line, instead of Tomcat's own HTML report. Everything that reaches Helhet goes to {@link ErrorPages}.
 */
final class ServerRefusals extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getRequestURI();
        // A request line too long to read has no known target. Only a program sends one (no page of Helhet
        // links to such an address), so it gets the answer a program can read.
        boolean api = uri == null || uri.isEmpty() || ErrorPages.isApi(uri);
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("utf-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(UserTexts.languageOf(request), status) : page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the answer has begun: there is nobody left to tell.
        }
    }

    private static String problem(Locale language, int status) {
        return """
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(ErrorPages.title(language, status), status, detail(language, status));
    }

    /** A Swedish page with an English line: no language has been chosen for a request that could not be read. */
    private static String page(int status) {
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Helhet</title><link rel="stylesheet" href="/css/helhet.css"></head>
                <body><main id="main" class="narrow">
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p lang="en">%3$s</p>
                <p><a href="/">%4$s</a></p>
                </main></body>
                </html>
                """.formatted(ErrorPages.title(UserTexts.SWEDISH, status), detail(UserTexts.SWEDISH, status),
                detail(Locale.ENGLISH, status), UserTexts.text(UserTexts.SWEDISH, "error.home"));
    }

    private static String detail(Locale language, int status) {
        return UserTexts.text(language, status < 500 ? "problem.refused.unreadable" : "problem.refused.later");
    }
}
