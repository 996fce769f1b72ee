package se.helhet.followup;

import se.helhet.common.Interval;

/**
 * One indicator's figures for one filter: a share 0-1, median days, or a count in {@code value}; null when
 * nothing was counted, when the data is not collected, or when the cell is suppressed for the reader.
 * For DAYS the numerator is null and the denominator is the number of cases behind the median.
 */
record Indicator(IndicatorDefinition definition, Long numerator, Long denominator, Double value,
                        Interval interval, boolean suppressed) {

    /** Cells counting fewer things than this are hidden from those who may see numbers only. */
    static final int SMALLEST_SHOWN = 5;

    private static boolean small(Long count) {
        return count != null && count > 0 && count < SMALLEST_SHOWN;
    }

    static Indicator of(IndicatorDefinition definition, IndicatorQueries.Counted counted) {
        long n = counted.denominator();
        return switch (definition.unit()) {
            case SHARE -> new Indicator(definition, counted.numerator(), n,
                    n == 0 ? null : (double) counted.numerator() / n,
                    n == 0 ? null : Interval.wilson(counted.numerator(), n), false);
            case DAYS -> new Indicator(definition, null, n, n == 0 ? null : counted.median(), null, false);
            case COUNT -> new Indicator(definition, null, n, (double) n, null, false);
        };
    }

    /**
     * Hides the numbers of a cell built on one to four things, or of a share whose numerator or whose rest
     * (denominator minus numerator) counts one to four children, so no child can be singled out by the reader.
     * None (of none or of many) is shown.
     */
    Indicator suppressedIfSmall() {
        boolean smallDenominator = small(denominator);
        boolean smallNumerator = numerator != null && (small(numerator) || small(denominator - numerator));
        if (!smallDenominator && !smallNumerator) {
            return this;
        }
        return hidden();
    }

    /** The cell with every number hidden. */
    Indicator hidden() {
        return new Indicator(definition, null, null, null, null, true);
    }
}
