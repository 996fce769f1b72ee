package se.helhet.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * Referring a family to another actor and following up that the help came. A referral is a record of its matter:
 * written where the user may work in the matter (also after it closed, which is when a referral from a preliminary
 * assessment is followed up), read under the matter's access, every read and write traced.
 */
@Service
public class Referrals {

    private final ReferralRepository repository;
    private final Matters matters;
    private final MatterRecordTrace trace;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Referrals(ReferralRepository repository, Matters matters, MatterRecordTrace trace, CurrentUsers currentUsers,
              Clock clock) {
        this.repository = repository;
        this.matters = matters;
        this.trace = trace;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /** What is wrong with a referral typed into another form, so that form names it with its own problems. */
    public List<FieldProblem> problems(NewReferral input) {
        FieldProblems problems = new FieldProblems();
        ReferralRules.check(input, LocalDate.now(clock), problems);
        return problems.list();
    }

    /** The referral a preliminary assessment makes, in the assessment's transaction. */
    @Transactional
    public Referral referFromPreliminaryAssessment(UUID matterId, UUID reportId, NewReferral input) {
        return refer(matters.workable(matterId), reportId, input);
    }

    @Transactional
    Referral refer(UUID matterId, NewReferral input) {
        return refer(matters.workable(matterId), null, input);
    }

    /** What one report's preliminary assessment linked the family to, read under the matter's access. */
    public List<Referral> fromPreliminaryAssessment(UUID matterId, UUID reportId) {
        matters.read(matterId, "referral", null);
        return repository.fromPreliminaryAssessment(matterId, reportId);
    }

    List<Referral> forMatter(UUID matterId) {
        matters.read(matterId, "referral", null);
        return repository.forMatter(matterId);
    }

    Referral get(UUID id) {
        Referral referral = find(id);
        matters.read(referral.matterId(), "referral", id.toString());
        return referral;
    }

    /** Records whether the help has come; as often as the worker checks, the latest tells where it stands. */
    @Transactional
    Referral followUp(UUID id, FollowUpInput input) {
        CurrentUser user = currentUsers.require();
        Referral referral = find(id);
        Matter matter = matters.workable(referral.matterId());
        Referral.FollowUp followUp = ReferralRules.followUp(input, referral, LocalDate.now(clock), user.displayName());
        repository.insertFollowUp(id, followUp, user.id());
        trace.record(TracedAction.UPDATE, matter, "referral", id);
        return repository.findById(id).orElseThrow();
    }

    /** Whether the user may refer and follow up in the matter; the pages show the forms only then. */
    boolean mayWork(UUID matterId) {
        return matters.mayWork(matterId);
    }

    private Referral refer(Matter matter, UUID reportId, NewReferral input) {
        FieldProblems problems = new FieldProblems();
        ReferralRules.Checked checked = ReferralRules.check(input, LocalDate.now(clock), problems);
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        repository.insert(id, matter.id(), reportId, checked, currentUsers.require().id());
        trace.record(TracedAction.CREATE, matter, "referral", id);
        return repository.findById(id).orElseThrow();
    }

    private Referral find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("referral.problem.missing"));
    }
}
