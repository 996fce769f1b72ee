package se.helhet.intervention;

import java.util.Objects;

/** The provider (utförare) of one intervention: what kind, and its name as staff know it. */
record Provider(ProviderKind kind, String name) {

    public Provider {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A provider has a name");
        }
    }
}
