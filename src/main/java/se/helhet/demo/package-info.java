/**
 * Synthetic demo data: on the first start in demo mode, a fictional district (units, areas, staff) and some
 * thousands of families with children, generated from a seed so that every demo and test sees the same
 * people. Identity numbers come only from Skatteverket's published test lists or are local reserve numbers,
 * phone numbers only from the range reserved for fiction, and no name or place is taken from the source
 * documents, so nothing here can point at a real person.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "intake", "investigation", "person", "platform" })
@se.helhet.platform.DemoLoader
package se.helhet.demo;
