package se.helhet.childimpact;

import java.util.List;

import org.springframework.stereotype.Component;

import se.helhet.person.FamilySection;

/** The family view's joint child impact analyses, and the decisions still waiting for one. */
@Component
class ChildImpactSection implements FamilySection {

    /** What the section shows: the analyses the reader may see and the flags in the matters they may read. */
    record Content(List<ChildImpactAnalysis> analyses, List<FamilyChildren.Missing> missing) {
    }

    private final ChildImpactAnalyses analyses;
    private final MissingAnalyses missing;

    ChildImpactSection(ChildImpactAnalyses analyses, MissingAnalyses missing) {
        this.analyses = analyses;
        this.missing = missing;
    }

    @Override
    public String key() {
        return "childImpact";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "childimpact/parts :: family";
    }

    @Override
    public Object contentFor(FamilyContext family) {
        Content content = new Content(analyses.forFamily(family.memberIds()), missing.forFamily(family.memberIds()));
        return content.analyses().isEmpty() && content.missing().isEmpty() ? null : content;
    }
}
