/**
 * The safety scale (trygghetsskala, formerly oroskala): one shared language for worry, a rating from 0 (not
 * safe at all) to 10 (completely safe) of a child's safety, given by staff, a parent or the child, kept over time
 * and drawn as a small chart on the child's page and the family view. A rating is held under the child: read and
 * written through {@code People.read}, so the child's register decides, and every access is traced.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "person", "platform", "platform :: chart", "trace" })
@se.helhet.platform.OwnsTables("safety_rating")
package se.helhet.safety;
