package se.helhet.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Helhet where to open it, once it answers. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final HelhetProperties properties;

    ReadyBanner(HelhetProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Helhet är igång ({}läge): öppna http://localhost:{}/", properties.demo() ? "demo" : "produktions", port);
        if (properties.demo()) {
            log.info("Demoanvändare (lösenord demo): mottagning, socsek, chef, analytiker, admin, granskare, vuxen");
        }
    }
}
