/**
 * The shell every page stands in: the shared layout's data (who is signed in, in which role), the start
 * page each role sees first, the language of the interface, and the pages shown for errors.
 */
package se.helhet.home;
