/**
 * Outcomes at child level, for following up whether the work helps: school attendance and results at the start,
 * at the end and a set time after the matter closed, obtained only while the child's consent for school outcomes
 * to the matter's unit is in force ({@code consent}); and the experienced coordinated support, a short
 * questionnaire to the child and a guardian at the end. Everything belongs to a matter and follows its access; every read and write is traced. The
 * matter's outcome page also shows the instrument administrations given in the matter, read through the
 * instrument module, and records an SDQ, ESTER or HOME for the child through that module's service.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "consent", "instrument", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"school_outcome", "coordinated_support_answer"})
package se.helhet.outcome;
