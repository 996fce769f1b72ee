package se.helhet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The key form as typed, rows and all: adding or removing a question row sends the whole form back, so nothing
 * typed is lost and the page works without JavaScript. Questions are numbered by their place in the form.
 */
record AuditKeyForm(String code, String name, String description, List<Row> questions) {

    /** One question as typed; a new row asks for answers of the usual kind. */
    record Row(String group, String text, String answerKind, String scaleLow, String scaleHigh) {

        static Row empty() {
            return new Row("", "", "YES_PARTLY_NO_NA", "", "");
        }
    }

    AuditKeyForm {
        questions = questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
    }

    static AuditKeyForm blank() {
        return new AuditKeyForm("", "", "", List.of(Row.empty()));
    }

    static AuditKeyForm startingFrom(AuditKey key) {
        return new AuditKeyForm(key.code(), key.name(), key.description() == null ? "" : key.description(),
                key.questions().stream().map(q -> new Row(q.group(), q.text(), q.kind().name(),
                        q.scaleLow() == null ? "" : q.scaleLow(), q.scaleHigh() == null ? "" : q.scaleHigh())).toList());
    }

    AuditKeyForm withRowAdded() {
        List<Row> rows = new ArrayList<>(questions);
        rows.add(Row.empty());
        return new AuditKeyForm(code, name, description, rows);
    }

    /** Without row {@code number} (counted from 1); a number that is not there changes nothing. */
    AuditKeyForm withoutRow(int number) {
        List<Row> rows = new ArrayList<>(questions);
        if (number >= 1 && number <= rows.size()) {
            rows.remove(number - 1);
        }
        return new AuditKeyForm(code, name, description, rows);
    }

    NewAuditKey input() {
        return new NewAuditKey(code, name, description == null || description.isBlank() ? null : description.trim(),
                IntStream.range(0, questions.size()).mapToObj(i -> {
                    Row q = questions.get(i);
                    return new NewAuditKey.NewQuestion(i + 1, q.group(), q.text(), q.answerKind(), q.scaleLow(),
                            q.scaleHigh());
                }).toList());
    }
}
