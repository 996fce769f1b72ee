package se.helhet.platform;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * In production the session cookie is sent over HTTPS only, whatever the proxy in front tells the server:
 * behind a proxy that ends TLS, the server itself sees plain HTTP and would otherwise leave the cookie
 * unmarked. Its {@code __Host-} name makes the browser refuse it unless it is secure, for the whole host and
 * set by the host itself, so no neighbouring municipal site can plant one. The demo runs on plain HTTP on
 * one's own machine and keeps the defaults. The sessions live in the database, so the cookie is the one
 * Spring Session writes, not the servlet container's.
 */
@Component
class SecureCookies implements DefaultCookieSerializerCustomizer {

    static final String COOKIE_NAME = "__Host-helhet";

    private final boolean production;

    SecureCookies(HelhetProperties properties) {
        this.production = !properties.demo();
    }

    @Override
    public void customize(DefaultCookieSerializer cookies) {
        if (production) {
            cookies.setUseSecureCookie(true);
            cookies.setCookieName(COOKIE_NAME);
        }
    }
}
