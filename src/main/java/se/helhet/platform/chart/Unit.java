package se.helhet.platform.chart;

/**
 * What the values of a chart are. SHARE: fractions 0-1 (as {@code Indicator.value()} gives them), drawn on a
 * fixed 0-100 % axis. NUMBER: any number (days, counts), drawn on an axis from 0 (or below, for negative
 * values) to a round number above the largest value.
 */
public enum Unit {
    SHARE,
    NUMBER
}
