/**
 * Letters to families, children and reporters: a letter's content as the owning module decides it (the decision,
 * the opened investigation, the feedback to a reporter), rendered from one template to the page and to PDF/A with
 * fonts shipped with Helhet, and kept as sent with its readability (LIX, klarspråk). The letter module does not
 * decide who reads a letter: the module that owns the record reads it first under its own access and trace, and
 * only then asks for the letter. The follow-up gets the letters' readability as counts, never a letter.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "platform" })
@se.helhet.platform.OwnsTables({"letter"})
package se.helhet.letter;
