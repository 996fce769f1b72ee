package se.helhet.common;

/** A 95 % confidence interval. */
public record Interval(double lower, double upper) {

    private static final double Z = 1.959963984540054;

    /** Wilson's score interval for x of n: unlike the simple Wald interval it stays within 0-1 for small n. */
    public static Interval wilson(long x, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("A share needs a denominator above 0");
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Newcombe's hybrid score interval (method 10) for the difference p1 - p2 of two independent shares,
     * built from each share's Wilson interval; it keeps good coverage where Wald fails (small cells, shares near 0 or 1).
     */
    public static Interval newcombe(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval a = wilson(x1, n1);
        Interval b = wilson(x2, n2);
        double d = p1 - p2;
        return new Interval(
                d - Math.sqrt(Math.pow(p1 - a.lower, 2) + Math.pow(b.upper - p2, 2)),
                d + Math.sqrt(Math.pow(a.upper - p1, 2) + Math.pow(p2 - b.lower, 2)));
    }
}
