package se.helhet.investigation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.helhet.casenote.CaseNotes;
import se.helhet.common.Level;
import se.helhet.platform.UserTexts;

/**
 * The child's needs on the investigation page: the BBIC triangle's three sides with their areas, each
 * described, with the child's own view and the needs assessed; and whether the child has been heard and a
 * school contacted (signed case notes), which the page asks when the header's reports came from a school.
 */
@Component
class ChildNeedsView {

    /** The flash attribute naming the area just saved, which the page then shows opened. */
    static final String SAVED_AREA = "savedArea";

    /** One area as typed; {@code areaVersion} is the one read, empty for an area not yet written. */
    record AreaForm(String area, String description, String childView, String needs, Integer areaVersion) {

        static AreaForm of(BbicArea area, AreaAssessment saved) {
            return saved == null ? new AreaForm(area.name(), "", "", "", null)
                    : new AreaForm(area.name(), saved.description(), saved.childView(), saved.needs(), saved.version());
        }
    }

    /**
     * One area on the page: what is saved (null if never written), the form (as typed after a refusal), whether
     * it is opened, and the message of a save that came too late.
     */
    record AreaRow(BbicArea area, AreaAssessment saved, AreaForm form, boolean open, String conflict) {

        public boolean described() {
            return saved != null && saved.described();
        }

        /** The id of a field of this area's form, and the key of its error. */
        public String key(String field) {
            return field + "-" + area.name();
        }
    }

    record SideRow(BbicArea.Side side, List<AreaRow> areas) {

        public long describedCount() {
            return areas.stream().filter(AreaRow::described).count();
        }

        public boolean described() {
            return describedCount() > 0;
        }
    }

    private final AreaAssessments areas;
    private final CaseNotes notes;

    ChildNeedsView(AreaAssessments areas, CaseNotes notes) {
        this.areas = areas;
        this.notes = notes;
    }

    /** {@code typed} is the area form that was refused, if any, and {@code conflict} then its stale message. */
    void addTo(Model model, Investigation investigation, Object typed, String conflict) {
        Map<BbicArea, AreaAssessment> saved = new EnumMap<>(BbicArea.class);
        areas.of(investigation.id()).forEach(a -> saved.put(a.area(), a));
        AreaForm refused = typed instanceof AreaForm f ? f : null;
        Object justSaved = model.getAttribute(SAVED_AREA);
        List<SideRow> sides = Arrays.stream(BbicArea.Side.values()).map(side -> new SideRow(side,
                Arrays.stream(BbicArea.values()).filter(a -> a.side() == side).map(a -> {
                    boolean mine = refused != null && a.name().equals(refused.area());
                    return new AreaRow(a, saved.get(a), mine ? refused : AreaForm.of(a, saved.get(a)),
                            mine || a.name().equals(justSaved), mine ? conflict : null);
                }).toList())).toList();
        model.addAttribute("sides", sides);
        model.addAttribute("shortInvestigation", investigation.level() == Level.ORANGE);
        model.addAttribute("missingSides", investigation.level() != Level.RED ? List.of()
                : sides.stream().filter(s -> !s.described()).map(s -> UserTexts.text(s.side().key())).toList());
        UUID matterId = investigation.matterId();
        var contacts = notes.childContacts(matterId);
        model.addAttribute("childHeard", contacts.conversationWithChild());
        model.addAttribute("schoolContacted", contacts.schoolContact());
        model.addAttribute("mayWriteNotes", notes.mayWrite(matterId));
    }
}
