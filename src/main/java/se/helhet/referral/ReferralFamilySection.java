package se.helhet.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.FamilySection;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;

/**
 * The family view's referrals: for each member the reader may read, what their matters that the reader may read
 * linked them over to and whether the help came. Each matter whose referrals are shown is traced as a read of them.
 */
@Component
class ReferralFamilySection implements FamilySection {

    /** One referral of one member of the family, in the matter it belongs to. */
    record Linked(ListedPerson member, UUID matterId, Referral referral) {
    }

    private final ReferralRepository repository;
    private final Matters matters;
    private final People people;

    ReferralFamilySection(ReferralRepository repository, Matters matters, People people) {
        this.repository = repository;
        this.matters = matters;
        this.people = people;
    }

    @Override
    public String key() {
        return "referrals";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String fragment() {
        return "referral/family :: referrals";
    }

    @Override
    public Object contentFor(FamilyContext family) {
        Map<UUID, ListedPerson> readable = people.listed(family.memberIds(), "referral");
        List<Linked> linked = new ArrayList<>();
        for (UUID member : family.memberIds()) {
            if (!readable.containsKey(member)) {
                continue;
            }
            for (Matter matter : matters.forPerson(member)) {
                List<Referral> referrals = repository.forMatter(matter.id());
                if (!referrals.isEmpty()) {
                    matters.read(matter.id(), "referral", null);
                    referrals.forEach(r -> linked.add(new Linked(readable.get(member), matter.id(), r)));
                }
            }
        }
        return linked.isEmpty() ? null : linked;
    }
}
