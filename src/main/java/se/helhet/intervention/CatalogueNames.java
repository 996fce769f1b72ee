package se.helhet.intervention;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.helhet.investigation.InterventionNames;

/** Gives the decision letter the catalogue's name for the intervention it grants. */
@Component
class CatalogueNames implements InterventionNames {

    private final InterventionRepository repository;

    CatalogueNames(InterventionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<String> nameOf(String code) {
        return repository.entry(code).map(CatalogueEntry::name);
    }
}
