/**
 * Surveys: the annual anonymous questionnaires to staff and to parents (questions on a 1-5 scale and free
 * text), answered with a one-time code on a public page or entered from paper, and their results per
 * question compared year over year. An answer is stored with its survey only: no code, no user, no time, no
 * order (see docs/adr/0012-anonymous-surveys.md). Nothing here is personal data, so nothing is traced.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "platform", "platform :: chart" })
@se.helhet.platform.OwnsTables({"survey", "survey_question", "survey_code", "survey_response", "survey_answer"})
package se.helhet.survey;
