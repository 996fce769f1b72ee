/**
 * File audits (aktgranskning): review keys of questions kept as versioned data, audits that draw a random
 * but reproducible sample of matters by criteria, reviewers' answers per matter, and the results per question
 * compared between audits that used the same key. Drawing the sample reads the matter, investigation and area
 * tables in one query, read-only (as the read models do, ADR 9); every name shown and every answer read or
 * written goes through the person module and the access log. Analysts see the aggregated results only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"audit_key", "audit_question", "audit", "audit_unit", "audit_matter", "audit_answer"})
package se.helhet.audit;
