package se.helhet.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A review key (granskningsnyckel): one version of it, never changed once an audit has used it. */
record AuditKey(UUID id, String code, int version, String name, String description, List<Question> questions) {

    public AuditKey {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }

    /** The questions under their group headings, in the order of their numbers. */
    public Map<String, List<Question>> groups() {
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        questions.forEach(q -> groups.computeIfAbsent(q.group(), g -> new java.util.ArrayList<>()).add(q));
        return groups;
    }
}
