package se.helhet.letter;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUsers;

/**
 * Sending a letter keeps it as sent: the PDF/A, its content and its readability. Reading one is for the module
 * that owns its record, after it has read that record under its own access and trace (ADR 3): this module knows
 * no person and checks no access of its own.
 */
@Service
public class Letters {

    private final LetterRepository letters;
    private final PdfLetters pdfs;
    private final CurrentUsers currentUsers;

    Letters(LetterRepository letters, PdfLetters pdfs, CurrentUsers currentUsers) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.currentUsers = currentUsers;
    }

    /** Runs in the caller's transaction: the record and its letter are stored together or not at all. */
    public SentLetter send(LetterKind kind, UUID recordId, Letter letter) {
        letters.insert(UUID.randomUUID(), kind, recordId, letter, pdfs.render(letter), currentUsers.require().id());
        return letters.find(kind, recordId).orElseThrow();
    }

    /** The letter sent for a record the caller has read. */
    public Optional<SentLetter> sent(LetterKind kind, UUID recordId) {
        return letters.find(kind, recordId);
    }

    /** The PDF of the letter sent for a record the caller has read, byte for byte as it was sent. */
    public Optional<LetterFile> pdf(LetterKind kind, UUID recordId) {
        return letters.pdf(kind, recordId);
    }

    /** Letters sent in the period per kind and readability band: counts only, never a letter or a person. */
    public Map<LetterKind, Map<LixBand, Long>> readability(LocalDate from, LocalDate to) {
        Map<LetterKind, Map<LixBand, Long>> counts = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            Map<LixBand, Long> bands = new EnumMap<>(LixBand.class);
            for (LixBand band : LixBand.values()) {
                bands.put(band, 0L);
            }
            counts.put(kind, bands);
        }
        List<LetterRepository.LixCount> rows = letters.lixCounts(from, to);
        rows.forEach(r -> counts.get(r.kind()).merge(LixBand.of(r.lix()), r.count(), Long::sum));
        return counts;
    }
}
