package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Contacts during the preliminary assessment. The law lets the social worker talk with the reporter and
 * the family; others (school, health care) only with the guardians' consent, which is noted here.
 */
@Service
class PreliminaryContacts {

    private final ContactRepository contacts;
    private final Reports reports;
    private final ReportRepository repository;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    PreliminaryContacts(ContactRepository contacts, Reports reports, ReportRepository repository, Matters matters,
                        People people, CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.contacts = contacts;
        this.reports = reports;
        this.repository = repository;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    @Transactional
    public PreliminaryContact record(UUID reportId, UUID childId, String contactedOn, String party, String otherParty,
                                     boolean consentNoted, String note) {
        Report report = reports.get(reportId);
        Report.Child child = report.children().stream().filter(c -> c.childId().equals(childId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("childId", "intake.child.not-in-report"));
        matters.workable(child.matterId());
        if (repository.preliminary(reportId, childId).isPresent()) {
            throw new ConflictException("intake.conflict.contact.decided");
        }
        FieldProblems problems = new FieldProblems();
        PreliminaryContact.Party who = problems.oneOf(PreliminaryContact.Party.class, party, "party",
                "intake.problem.contact.party.missing");
        LocalDate on = problems.date(contactedOn, "contactedOn");
        if (on != null && (on.isAfter(LocalDate.now(clock))
                || on.isBefore(LocalDate.ofInstant(report.receivedAt(), clock.getZone())))) {
            problems.add("contactedOn", "intake.problem.contact.date.range");
        }
        String other = FieldProblems.trim(otherParty);
        if (who == PreliminaryContact.Party.OTHER && other == null) {
            problems.add("otherParty", "intake.problem.contact.other.missing");
        }
        if (who == PreliminaryContact.Party.OTHER && !consentNoted) {
            problems.add("consentNoted",
                    "intake.problem.contact.consent");
        }
        String text = FieldProblems.trim(note);
        if (text == null) {
            problems.add("note", "intake.problem.contact.note.missing");
        }
        problems.refuseIfAny();
        contacts.insert(reportId, childId, on, who, who == PreliminaryContact.Party.OTHER ? other : null, consentNoted,
                text, currentUsers.require().id());
        trace.record(TracedAction.CREATE, "preliminary-contact", reportId.toString(), people.traceReference(childId));
        return new PreliminaryContact(on, who, other, consentNoted, text, currentUsers.require().displayName());
    }

    public List<PreliminaryContact> of(UUID reportId, UUID childId) {
        reports.readChild(reportId, childId, "preliminary-contact");
        return contacts.forChild(reportId, childId);
    }
}
