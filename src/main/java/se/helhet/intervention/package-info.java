/**
 * Interventions (insatser): the catalogue of what the department offers, marked by level and by whether a
 * needs-assessed decision is required, and each intervention offered in a child's matter through its steps
 * offered, accepted or declined, started, completed or ended early, with the waiting time to help. On red
 * level the one who investigated does not give the intervention (the continuity rule).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "investigation", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"intervention_catalogue", "intervention", "intervention_step"})
package se.helhet.intervention;
