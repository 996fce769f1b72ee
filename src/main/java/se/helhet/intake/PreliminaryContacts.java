package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.IsoDates;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Contacts during the preliminary assessment. The law lets the social worker talk with the reporter and
 * the family; others (school, health care) only with the guardians' consent, which is noted here.
 */
@Service
class PreliminaryContacts {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportRepository repository;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    PreliminaryContacts(JdbcClient jdbc, Reports reports, ReportRepository repository, Matters matters, People people,
                        CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.jdbc = jdbc;
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
                .orElseThrow(() -> new InvalidInputException("childId", "Barnet finns inte i anmälan"));
        matters.workable(child.matterId());
        if (repository.preliminary(reportId, childId).isPresent()) {
            throw new ConflictException("Förhandsbedömningen är redan beslutad; dokumentera nya kontakter i ärendet.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        PreliminaryContact.Party who = ReportRules.oneOf(PreliminaryContact.Party.class, party, "party",
                "Välj vem som kontaktades", problems);
        LocalDate on = IsoDates.parse(contactedOn, "contactedOn", problems);
        if (on != null && (on.isAfter(LocalDate.now(clock))
                || on.isBefore(LocalDate.ofInstant(report.receivedAt(), clock.getZone())))) {
            problems.add(new FieldProblem("contactedOn", "Datumet ska ligga mellan mottagningsdagen och i dag"));
        }
        String other = ReportRules.trim(otherParty);
        if (who == PreliminaryContact.Party.OTHER && other == null) {
            problems.add(new FieldProblem("otherParty", "Ange vem som kontaktades"));
        }
        if (who == PreliminaryContact.Party.OTHER && !consentNoted) {
            problems.add(new FieldProblem("consentNoted",
                    "Andra än anmälaren och familjen kontaktas bara med vårdnadshavarnas samtycke"));
        }
        String text = ReportRules.trim(note);
        if (text == null) {
            problems.add(new FieldProblem("note", "Skriv vad kontakten gällde"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                        insert into preliminary_contact (report_id, child_id, contacted_on, party, other_party,
                            consent_noted, note, recorded_by)
                        values (:r, :c, :on, :party, :other, :consent, :note, :by)""")
                .param("r", reportId).param("c", childId).param("on", on).param("party", who.name())
                .param("other", who == PreliminaryContact.Party.OTHER ? other : null)
                .param("consent", consentNoted).param("note", text).param("by", currentUsers.require().id())
                .update();
        trace.record(TracedAction.CREATE, "preliminary-contact", reportId.toString(), people.traceReference(childId));
        return new PreliminaryContact(on, who, other, consentNoted, text, currentUsers.require().displayName());
    }

    public List<PreliminaryContact> of(UUID reportId, UUID childId) {
        reports.readableChild(reportId, childId);
        trace.record(TracedAction.READ, "preliminary-contact", reportId.toString(), people.traceReference(childId));
        return jdbc.sql("""
                        select c.contacted_on, c.party, c.other_party, c.consent_noted, c.note, u.display_name
                        from preliminary_contact c join app_user u on u.id = c.recorded_by
                        where c.report_id = :r and c.child_id = :c order by c.contacted_on, c.id""")
                .param("r", reportId).param("c", childId)
                .query((rs, n) -> new PreliminaryContact(rs.getObject(1, LocalDate.class),
                        PreliminaryContact.Party.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
