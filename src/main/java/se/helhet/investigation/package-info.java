/**
 * Investigations (utredningar): orange (short) or red (full, by the BBIC areas), with the legal limit of
 * four months and the pilot's goals, opened from intake's decisions. The investigator's work — investigator,
 * level, plan, extension, the child's needs by area, communication, the investigator's proposed decision and the
 * decision taken on it with its letter — through the API and the case file's investigation tab, whose pages live
 * here beside the domain they serve.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "casenote", "common", "draft", "intake", "letter", "matter", "person",
                "platform", "trace" })
@se.helhet.platform.OwnsTables({"investigation", "investigation_extension", "investigation_area", "decision",
        "decision_proposal"})
package se.helhet.investigation;
