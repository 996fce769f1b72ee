/**
 * The shell every page stands in: the shared layout's data (who is signed in, in which role, and the main
 * navigation, one table of entries with the roles that see each), the start page each role sees first, the
 * language of the interface, and the pages shown for errors.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "intake", "person", "platform", "worklist" })
package se.helhet.home;
