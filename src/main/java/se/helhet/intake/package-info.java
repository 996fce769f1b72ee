/**
 * The receiving function: reports of concern, applications and other requests about children; the
 * protection assessment the same day; the preliminary assessment within 14 days; the search over every
 * report ever received, including those that led to nothing.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "draft", "letter", "matter", "person", "platform", "referral", "trace" })
@se.helhet.platform.OwnsTables({"report", "report_child", "protection_assessment", "preliminary_assessment",
        "preliminary_contact", "report_attachment", "reporter_feedback"})
package se.helhet.intake;
