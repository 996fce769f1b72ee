package se.helhet.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.consent.ConsentScope;
import se.helhet.consent.Consents;
import se.helhet.instrument.TimePoint;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * Recording the child's school attendance and results at the start, the end and the follow-up of a matter:
 * only while a consent for school outcomes to the matter's unit is in force, asked at the moment of recording and
 * named in the trace row, one record per time point, and the follow-up
 * only from the set time after the matter closed ({@link OutcomeSettings}).
 */
@Service
class SchoolOutcomes {

    private static final String RECORD = "school-outcome";
    static final String NO_CONSENT = "outcome.school.conflict.noConsent";

    private final SchoolOutcomeRepository outcomes;
    private final Consents consents;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final MatterRecordTrace trace;
    private final OutcomeSettings settings;
    private final Clock clock;

    SchoolOutcomes(SchoolOutcomeRepository outcomes, Consents consents, Matters matters,
                   CurrentUsers currentUsers, MatterRecordTrace trace, OutcomeSettings settings, Clock clock) {
        this.outcomes = outcomes;
        this.consents = consents;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.settings = settings;
        this.clock = clock;
    }

    /** Start, end, follow-up, those that are recorded. */
    public List<SchoolOutcome> forMatter(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return outcomes.forMatter(matterId);
    }

    /** The same for a matter the caller has already read through {@code Matters.get} (access checked, traced). */
    public List<SchoolOutcome> forMatter(Matter matter) {
        return trace.read(matter, RECORD, outcomes::forMatter);
    }

    @Transactional
    public SchoolOutcome record(UUID matterId, SchoolOutcomeInput input) {
        var user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        SchoolOutcomeRules.Checked checked = SchoolOutcomeRules.check(input, LocalDate.now(clock));
        if (checked.timePoint() == TimePoint.FOLLOW_UP) {
            followUpDue(matter, checked.recordedOn());
        }
        UUID consent = consents.inForce(matter.personId(), matter.unitId(), ConsentScope.SCHOOL_OUTCOMES)
                .orElseThrow(() -> new ConflictException(NO_CONSENT));
        UUID id = UUID.randomUUID();
        try {
            outcomes.insert(id, matter.personId(), matterId, consent, checked, user.id());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("outcome.school.conflict.timePointTaken");
        }
        trace.record(TracedAction.CREATE, matter, RECORD, id, consent);
        return outcomes.findById(id).orElseThrow(() -> new NotFoundException("outcome.school.notFound"));
    }

    /** The school term running today, the form's suggestion ("HT2026"). */
    public String currentTerm() {
        return Term.of(LocalDate.now(clock)).code();
    }

    /** When the matter's follow-up is due; null while the matter is open. Matters.get checks and logs the read. */
    public LocalDate followUpDueOn(UUID matterId) {
        return followUpDueOn(matters.get(matterId));
    }

    /** The day the follow-up is due: the set time after the matter closed; null while it is open. */
    public LocalDate followUpDueOn(Matter matter) {
        return matter.open() ? null : matter.closedOn().plus(settings.followUpAfter());
    }

    private void followUpDue(Matter matter, LocalDate recordedOn) {
        if (matter.open()) {
            throw new InvalidInputException("timePoint",
                    "outcome.school.problem.followUpWhileOpen");
        }
        LocalDate due = followUpDueOn(matter);
        if (recordedOn.isBefore(due)) {
            throw new InvalidInputException("timePoint", "outcome.school.problem.followUpTooEarly", due.toString(),
                    OutcomeTexts.period(settings.followUpAfter()));
        }
    }
}
