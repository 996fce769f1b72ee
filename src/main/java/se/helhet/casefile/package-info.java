/**
 * The case file: the overview of a child's matter and the header on every page of it — the child first, the
 * level, the responsible worker, the next deadline, the reports — with the tab bar built from the tabs the
 * owning modules declare ({@link se.helhet.matter.CaseFileTab}: the investigation, case notes, interventions,
 * outcomes). It owns no data: it reads a matter's reports in one query (ADR 9) and everything else through the
 * owning module's service.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "intake", "investigation", "matter", "person", "platform", "worklist" })
package se.helhet.casefile;
