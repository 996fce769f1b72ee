package se.helhet.safety;

import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnore;

import se.helhet.person.FamilySection;
import se.helhet.person.ListedPerson;
import se.helhet.platform.chart.LineChart;

/** The family view's safety scale: a small chart for each child the reader may read who has been rated. */
@Component
class SafetySection implements FamilySection {

    /** One child's chart, with the child as the reader may see them. */
    record ChildChart(ListedPerson child, List<SafetyRating> ratings, @JsonIgnore LineChart chart) {
    }

    private final SafetyRatings ratings;
    private final SafetyCharts charts;

    SafetySection(SafetyRatings ratings, SafetyCharts charts) {
        this.ratings = ratings;
        this.charts = charts;
    }

    @Override
    public String key() {
        return "safetyScale";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "safety/parts :: family";
    }

    @Override
    public Object contentFor(FamilyContext family) {
        List<ChildChart> shown = ratings.forFamily(family.memberIds()).entrySet().stream()
                .map(e -> new ChildChart(e.getKey(), e.getValue(), charts.of(e.getKey().name(), e.getValue()))).toList();
        return shown.isEmpty() ? null : shown;
    }
}
