package se.helhet.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.helhet.platform.UserTexts;

/**
 * A letter as the reader gets it: a title and date, to whom, sections of plain paragraphs (the decision, the
 * reasons, how to appeal …), the legal basis and who signs. The owning module fills it; the template lays it out.
 */
public record Letter(String title, LocalDate date, List<String> addressees, List<Section> sections,
                     String legalBasis, List<String> signature) {

    public Letter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        addressees = List.copyOf(addressees);
        sections = List.copyOf(sections);
        signature = List.copyOf(signature);
    }

    /** A part of the letter; a section without heading is the letter's opening. */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            paragraphs = paragraphs.stream().filter(p -> p != null && !p.isBlank()).toList();
        }

        public static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs));
        }
    }

    /**
     * The letter as plain text, for its readability and for those who read it without the PDF. Kept with the letter
     * as sent, so in the letter's language, Swedish, whatever the language of the page that sends it.
     */
    public String text() {
        return Stream.of(
                        Stream.of(title + " " + date),
                        addressees.isEmpty() ? Stream.<String>empty()
                                : Stream.of(UserTexts.text(UserTexts.SWEDISH, "letter.to", String.join(", ", addressees))),
                        sections.stream().map(s -> (s.heading() == null ? "" : s.heading() + "\n")
                                + String.join("\n\n", s.paragraphs())),
                        legalBasis == null ? Stream.<String>empty() : Stream.of(legalBasis),
                        Stream.of(String.join("\n", signature)))
                .flatMap(s -> s)
                .collect(Collectors.joining("\n\n"));
    }

    public Lix lix() {
        return Lix.of(text());
    }
}
