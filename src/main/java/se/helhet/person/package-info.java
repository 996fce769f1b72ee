/**
 * People: children, their guardians and everyone around them, identified by personnummer,
 * samordningsnummer or a local reserve number; where they live over time (pilot or ordinary area); how
 * they are related (the family); protected identity; search. Every read and write is traced.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "platform", "trace" })
@se.helhet.platform.OwnsTables({"area", "name_part_word", "person", "person_area", "person_name_part", "person_relation",
        "person_unit"})
package se.helhet.person;
