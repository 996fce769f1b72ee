package se.helhet.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.UserTexts;

/**
 * Whom a letter about a child goes to: the registered guardians, and the child from 15, who may then speak for
 * themselves. A guardian whose identity the writer may not see is named by role only. Each guardian read is
 * traced as the record the letter is sent for.
 */
@Component
class Addressees {

    private final People people;

    Addressees(People people) {
        this.people = people;
    }

    List<String> of(Person child, LocalDate today, String recordType) {
        List<String> to = new ArrayList<>(people.guardiansOf(child.id(), recordType).stream()
                .map(g -> g.protectedIdentity() && g.maskedReference().isEmpty() ? UserTexts.text(UserTexts.SWEDISH, "investigation.letter.guardian") : g.name())
                .toList());
        if (to.isEmpty()) {
            to.add(UserTexts.text(UserTexts.SWEDISH, "investigation.letter.guardian-of", child.name()));
        }
        if (child.ageOn(today) >= 15) {
            to.add(child.name());
        }
        return to;
    }
}
