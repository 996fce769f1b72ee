package se.helhet.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.common.ActorKind;
import se.helhet.platform.FieldProblems;

/**
 * What a consent must say, every problem reported at once. A child's consent is given by the guardians, both when
 * two are registered; the young person's own is recorded beside theirs from 15; an adult consents for themself.
 */
final class ConsentRules {

    static final int OWN_CONSENT_FROM = 15;
    private static final int ADULT = 18;
    private static final int MAX_ACTOR_NAME = 200;
    /** Far more than any consent names; a longer list is a mistake, not a consent. */
    private static final int MAX_LISTED = 50;

    /** The subject as the rules need them: the age today and the registered guardians by name. */
    record Subject(UUID id, int age, List<Guardian> guardians) {
    }

    /** {@code name} is what the reader may see: a protected guardian's is not their name. */
    record Guardian(UUID id, String name) {
    }

    private ConsentRules() {
    }

    /** The subject's id as sent; null with a problem when it is not one. */
    static UUID subjectId(String value, FieldProblems problems) {
        UUID id = FieldProblems.idOrNull(value);
        if (id == null) {
            problems.add("subjectId", "consent.problem.subjectId.missing");
        }
        return id;
    }

    /** {@code subject} null: the subject was not named, and only the other fields are checked. */
    static NewConsent check(ConsentInput input, Subject subject, Set<UUID> units, LocalDate today,
                            FieldProblems problems) {
        List<UUID> givers = givers(input.givenBy(), subject, problems);
        List<Recipient> recipients = recipients(input.recipients(), units, problems);
        Set<ConsentScope> scopes = scopes(input.scopes(), problems);
        LocalDate from = FieldProblems.blank(input.validFrom()) ? today : problems.date(input.validFrom(), "validFrom");
        LocalDate to = FieldProblems.blank(input.validTo()) ? null : problems.date(input.validTo(), "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("validTo", "consent.problem.validTo.beforeFrom", from.toString());
        }
        ConsentForm form = problems.oneOf(ConsentForm.class, input.form(), "form",
                "consent.problem.form.missing");
        problems.refuseIfAny();
        return new NewConsent(subject.id(), givers, recipients, scopes, from, to, form);
    }

    private static List<UUID> givers(List<String> given, Subject subject, FieldProblems problems) {
        Set<UUID> givers = new LinkedHashSet<>();
        if (given == null || given.isEmpty() || given.size() > MAX_LISTED) {
            problems.add("givenBy", "consent.problem.givenBy.missing");
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            UUID id = FieldProblems.idOrNull(given.get(i));
            if (id == null) {
                problems.add("givenBy[" + i + "]", "consent.problem.givenBy.id");
            } else {
                givers.add(id);
            }
        }
        if (subject != null && !problems.has("givenBy")) {
            whoMayGive(givers, subject, problems);
        }
        return List.copyOf(givers);
    }

    private static void whoMayGive(Set<UUID> givers, Subject subject, FieldProblems problems) {
        if (subject.age() >= ADULT) {
            if (!givers.equals(Set.of(subject.id()))) {
                problems.add("givenBy", "consent.problem.givenBy.adult");
            }
            return;
        }
        if (subject.guardians().isEmpty()) {
            problems.add("givenBy", "consent.problem.givenBy.noGuardians");
            return;
        }
        List<String> missing = subject.guardians().stream().filter(g -> !givers.contains(g.id()))
                .map(Guardian::name).toList();
        if (!missing.isEmpty()) {
            String key = subject.guardians().size() == 1 ? "consent.problem.givenBy.guardianMissing"
                    : missing.size() == 1 ? "consent.problem.givenBy.oneOfBothMissing"
                    : "consent.problem.givenBy.bothMissing";
            problems.add("givenBy", key, missing.toArray());
        }
        if (givers.contains(subject.id()) && subject.age() < OWN_CONSENT_FROM) {
            problems.add("givenBy", "consent.problem.givenBy.childTooYoung", OWN_CONSENT_FROM);
        }
        boolean others = givers.stream().anyMatch(id -> !id.equals(subject.id())
                && subject.guardians().stream().noneMatch(g -> g.id().equals(id)));
        if (others) {
            problems.add("givenBy", subject.age() >= OWN_CONSENT_FROM ? "consent.problem.givenBy.onlyGuardiansAndChild"
                    : "consent.problem.givenBy.onlyGuardians");
        }
    }

    private static List<Recipient> recipients(List<ConsentInput.RecipientInput> given, Set<UUID> units,
                                              FieldProblems problems) {
        if (given == null || given.isEmpty() || given.size() > MAX_LISTED) {
            problems.add("recipients", "consent.problem.recipients.missing", MAX_LISTED);
            return List.of();
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ConsentInput.RecipientInput r = given.get(i);
            String field = "recipients[" + i + "]";
            boolean unitGiven = r != null && !FieldProblems.blank(r.unitId());
            boolean actorGiven = r != null
                    && (!FieldProblems.blank(r.actorKind()) || !FieldProblems.blank(r.actorName()));
            if (unitGiven == actorGiven) {
                problems.add(field, "consent.problem.recipient.unitOrActor");
            } else if (unitGiven) {
                UUID unit = FieldProblems.idOrNull(r.unitId());
                if (unit == null || !units.contains(unit)) {
                    problems.add(field + ".unitId", "consent.problem.recipient.unit");
                } else if (recipients.stream().noneMatch(x -> unit.equals(x.unitId()))) {
                    recipients.add(Recipient.unit(unit));
                }
            } else {
                ActorKind kind = problems.oneOf(ActorKind.class, r.actorKind(), field + ".actorKind",
                        "consent.problem.recipient.actorKind");
                String name = problems.required(r.actorName(), field + ".actorName",
                        "consent.problem.recipient.actorName", MAX_ACTOR_NAME);
                if (kind != null && name != null) {
                    recipients.add(Recipient.actor(kind, name));
                }
            }
        }
        return List.copyOf(recipients);
    }

    private static Set<ConsentScope> scopes(List<String> given, FieldProblems problems) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (given == null || given.isEmpty() || given.size() > MAX_LISTED) {
            problems.add("scopes", "consent.problem.scopes.missing");
            return scopes;
        }
        for (int i = 0; i < given.size(); i++) {
            ConsentScope scope = problems.oneOf(ConsentScope.class, given.get(i), "scopes[" + i + "]",
                    "consent.problem.scope.invalid");

            if (scope != null) {
                scopes.add(scope);
            }
        }
        return scopes;
    }
}
