package se.helhet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HelhetApplication.class);

    /** Also writes the module documentation (PlantUML) under target/spring-modulith-docs. */
    @Test
    void modulesOnlyUseEachOthersPublicSurfaceAndFormNoCycles() {
        modules.verify();
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
