package se.helhet.access;

/**
 * An API call made with an integration's token, published before the call is served, for the access log: the
 * account is the client's own, named for it.
 */
public record ApiClientUsed(CurrentUser client, String method, String path) {
}
