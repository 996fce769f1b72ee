package se.helhet.investigation;

import java.util.Optional;

/**
 * The catalogue's name for an intervention code, for the decision letter. Implemented by the module that
 * owns the catalogue, so this module needs no dependency on it.
 */
public interface InterventionNames {

    Optional<String> nameOf(String code);
}
