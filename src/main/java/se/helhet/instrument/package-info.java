/**
 * Assessment instruments (bedömningsinstrument) for following up whether the work helps: SDQ, AUDIT and
 * DUDIT are defined as data (item numbers, response options, points, scales, bands; never the copyrighted
 * item wording) and scored by one engine, and each administration to a person is stored with its time point
 * (start, end, follow-up) so that change between time points can be shown. ESTER and HOME are licensed:
 * only their scores and dates are recorded. A municipality with a licence may have an administrator load a
 * form's item texts ({@link se.helhet.instrument.ItemTexts}); Helhet itself ships none.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"instrument_administration", "instrument_item_text_load", "instrument_item_text"})
package se.helhet.instrument;
