package se.helhet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every text a person reads, in Swedish or English, from the message bundles: {@code messages.properties} and
 * one {@code messages-<module>.properties} per module, each with its {@code _en} twin. A module adds a bundle by
 * adding the file; nothing else lists them. Java code names a text by its key (and arguments); the text is
 * chosen at the edge, in the language of the request that shows it: the page's chosen language, or an API
 * client's {@code Accept-Language}.
 */
public final class UserTexts {

    /** Swedish is the language of the product; English is chosen. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final ResourceBundleMessageSource SOURCE = load();

    private UserTexts() {
    }

    /** The one message source of Helhet, for Spring, Thymeleaf and Java code alike. */
    public static MessageSource source() {
        return SOURCE;
    }

    /** The text of {@code key} in the language of the current request (Swedish outside a request). */
    public static String text(String key, Object... args) {
        return SOURCE.getMessage(key, args.length == 0 ? null : args, key, locale());
    }

    /** A text named by key and arguments (a field problem, a timeline entry), in the current request's language. */
    public static String text(MessageSourceResolvable text) {
        return SOURCE.getMessage(text, locale());
    }

    public static String text(Locale locale, String key, Object... args) {
        return SOURCE.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    /**
     * The language an API client asks for with Accept-Language, for answers written before Spring MVC (and its
     * locale resolver) sees the request: English when asked for, otherwise Swedish, never the server's own.
     */
    public static Locale languageOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : SWEDISH;
    }

    /** Whether a bundle has the key (in Swedish, the language every key must have). */
    public static boolean has(String key) {
        return SOURCE.getMessage(key, null, null, SWEDISH) != null;
    }

    /** The request's language; outside a request (a scheduled job, a unit test) Swedish, never the JVM's. */
    private static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }

    private static ResourceBundleMessageSource load() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(SWEDISH);
        return source;
    }

    private static String[] basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(UserTexts.class.getClassLoader())
                    .getResources("classpath*:messages*.properties");
            TreeSet<String> names = new TreeSet<>();
            Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?"))
                    .forEach(names::add);
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
