/**
 * Charts drawn on the server as SVG, with no JavaScript: a line chart of series over ordered categories
 * ({@link se.helhet.platform.chart.LineChart}) and a grouped bar chart ({@link se.helhet.platform.chart.BarChart}),
 * both a {@link se.helhet.platform.chart.Chart}, which holds what they share: the data, the frame (value axis,
 * gridlines, category labels, legend) and the table. The scale and every coordinate are computed here;
 * {@code templates/chart.html} only draws, as one image with a title and a description, a legend, series told
 * apart by dash, marker and pattern as well as colour, and a table of the same numbers.
 */
@org.springframework.modulith.NamedInterface("chart")
package se.helhet.platform.chart;
