package se.helhet.platform;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletContext;

/**
 * In production the session cookie is sent over HTTPS only, whatever the proxy in front tells the server:
 * behind a proxy that ends TLS, the server itself sees plain HTTP and would otherwise leave the cookie
 * unmarked. Its {@code __Host-} name makes the browser refuse it unless it is secure, for the whole host and
 * set by the host itself, so no neighbouring municipal site can plant one. The demo runs on plain HTTP on
 * one's own machine and keeps the server's defaults.
 */
@Component
class SecureCookies implements ServletContextInitializer {

    static final String COOKIE_NAME = "__Host-helhet";

    private final boolean production;

    SecureCookies(HelhetProperties properties) {
        this.production = !properties.demo();
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (production) {
            servletContext.getSessionCookieConfig().setSecure(true);
            servletContext.getSessionCookieConfig().setName(COOKIE_NAME);
        }
    }
}
