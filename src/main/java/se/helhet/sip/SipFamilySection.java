package se.helhet.sip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.person.FamilySection;

/**
 * The family view's SIPs: each member's plans that the reader may read, as the person's own list shows them; the
 * members are named as a list of work names them (a protected member without name for a reader without the right).
 */
@Component
class SipFamilySection implements FamilySection {

    /** One plan as the family view lists it: whose, what kind, where it stands and what comes next. */
    record FamilySip(UUID id, UUID personId, String personName, boolean protectedIdentity, SipKind kind,
                     SipState state, LocalDate offeredOn, LocalDate heldOn, LocalDate followUpOn, String unitName) {
    }

    private final Sips sips;

    SipFamilySection(Sips sips) {
        this.sips = sips;
    }

    @Override
    public String key() {
        return "sips";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "sip/family :: sips";
    }

    @Override
    public Object contentFor(FamilyContext family) {
        List<FamilySip> shown = new ArrayList<>();
        sips.forFamily(family.memberIds()).forEach((member, plans) -> plans.forEach(s -> shown.add(new FamilySip(
                s.id(), member.id(), member.name(), member.protectedIdentity(), s.kind(), s.state(), s.offeredOn(),
                s.meeting() == null ? null : s.meeting().heldOn(), s.meeting() == null ? null : s.meeting().followUpOn(),
                s.unitName()))));
        return shown.isEmpty() ? null : shown;
    }
}
