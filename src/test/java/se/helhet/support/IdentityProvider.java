package se.helhet.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider for the tests (discovery, login form, code, tokens, keys, end of session),
 * started once before Helhet and registered as its {@code oidc} login, as an operator would register the
 * municipality's. Its login form asks for a subject and lets the test write the token's other claims.
 */
public final class IdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "kommunen";

    private static MockOAuth2Server server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("identity-provider", Map.of(
                "spring.security.oauth2.client.registration.oidc.client-id", "helhet",
                "spring.security.oauth2.client.registration.oidc.client-secret", "test-secret-of-helhet",
                "spring.security.oauth2.client.registration.oidc.scope", "openid,profile",
                "spring.security.oauth2.client.provider.oidc.issuer-uri", server().issuerUrl(ISSUER_ID).toString())));
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
            server.start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::shutdown));
        }
        return server;
    }
}
