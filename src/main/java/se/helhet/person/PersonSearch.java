package se.helhet.person;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;

/**
 * Finds persons by personnummer (any common form), reserve number or name. Names match without regard to
 * case or accents, every word anywhere in the name: "ostlund" finds "Östlund", "ali ber" finds "Ali Berg".
 */
@Component
public class PersonSearch {

    static final int LIMIT = 50;

    /**
     * The persons found; {@code problem} explains a query that could not be used (a mistyped number), as a message
     * key or a text, chosen where it is shown ({@code UserTexts.text}).
     */
    public record Result(String query, List<Person> persons, String problem) {

        public boolean limited() {
            return persons.size() >= LIMIT;
        }
    }

    private final PersonRepository persons;
    private final PersonAccess access;
    private final Clock clock;

    PersonSearch(PersonRepository persons, PersonAccess access, Clock clock) {
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    Result find(CurrentUser user, String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return new Result(q, List.of(), null);
        }
        PersonalIdentityNumber number = null;
        ReserveNumber reserve = null;
        List<String> tokens = List.of();
        if (PersonalIdentityNumber.looksLikeIdentityNumber(q)) {
            try {
                number = PersonalIdentityNumber.parse(q, clock);
            } catch (InvalidIdentityNumberException e) {
                return new Result(q, List.of(), e.getMessage());
            }
        } else if (ReserveNumber.looksLike(q)) {
            reserve = new ReserveNumber(q.toUpperCase(java.util.Locale.ROOT));
        } else {
            tokens = NameSearch.tokens(q);
            if (tokens.isEmpty()) {
                return new Result(q, List.of(), "person.problem.q.missing");
            }
        }
        var criteria = new PersonRepository.SearchCriteria(number, reserve, tokens, user.maySeeProtected(),
                access.seesWholeDistrict(user), user.unitIds());
        return new Result(q, persons.search(criteria, LIMIT), null);
    }
}
