package se.helhet.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.routine.NextStops;
import se.helhet.person.FamilyMember;
import se.helhet.person.Person;
import se.helhet.worklist.MyMatter;

/**
 * The family as the reader may see it, for the page and the API alike. {@code person} is the one the view was
 * opened for; {@code sections} are the contributed parts that had something to show, in their order.
 */
record FamilyView(Person person, List<FamilyMember> members, List<MatterRow> matters, List<Worker> workers,
                  List<Section> sections) {

    /**
     * A matter of the family. Only a {@code readable} one carries its level and next deadline ({@code next}, of a
     * children and youth matter); of another unit's matter the reader sees that it exists, its kind, unit and
     * responsible worker, and its next stop of a routine ({@code nextStop}, null when none). {@code responsible} is
     * null when nobody is.
     */
    record MatterRow(UUID matterId, MatterKind kind, FamilyMember member, UUID unitId, String unit,
                     UUID responsibleId, String responsible, LocalDate openedOn, LocalDate closedOn,
                     boolean readable, Level level, MyMatter next, NextStops.NextStop nextStop) {

        public boolean open() {
            return closedOn == null;
        }
    }

    /** A responsible worker of the family's open matters, with the kinds of matter they hold. */
    record Worker(UUID id, String name, String unit, List<MatterKind> kinds) {
    }

    /** A contributed part: its key (the anchor and the API's key), its fragment and what it returned. */
    record Section(String key, String fragment, Object content) {
    }

    /** The open matters' next deadlines by the law, the one due first on top. */
    public List<MatterRow> deadlines() {
        return matters.stream().filter(m -> m.open() && m.next() != null && m.next().legal() != null)
                .sorted(java.util.Comparator.comparing(m -> m.next().legal().due())).toList();
    }
}
