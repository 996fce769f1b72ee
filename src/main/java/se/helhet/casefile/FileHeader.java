package se.helhet.casefile;

import java.util.List;

import se.helhet.matter.Matter;
import se.helhet.person.Person;
import se.helhet.worklist.MyMatter;

/**
 * The case file's header (template {@code casefile/parts :: header}): the child, the matter's level, responsible
 * worker, next deadline and reports, and the tab bar with the tab {@code current} marked. {@code responsible} and
 * {@code next} may be null, and then their line is left out.
 */
record FileHeader(Matter matter, Person child, String responsible, MyMatter next, List<MatterReports.Link> reports,
                  List<CaseFileTabs.Tab> tabs, CaseFileTabs.Tab current) {

    /** Whether any of the reports came from a school or preschool, which is then to be contacted. */
    public boolean fromSchool() {
        return reports.stream().anyMatch(r -> r.reporterCategory().schoolOrPreschool());
    }
}
