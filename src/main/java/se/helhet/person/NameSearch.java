package se.helhet.person;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names so that a search matches regardless of case and diacritics: a social worker typing
 * "ostlund" should find "Östlund". Stored search names and queries must go through the same function.
 */
public final class NameSearch {

    // Bounds the cost of a search query; nobody needs more than five name parts to find a person.
    private static final int MAX_TOKENS = 5;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    // Any dash, so that "Anna–Karin" pasted from a document splits like "Anna-Karin".
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\p{Pd}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameSearch() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(foldLettersWithoutDiacritics(lowerCase), Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(withoutMarks).replaceAll(" ").strip();
    }

    /** Normalized name parts of a query, split on whitespace and hyphens, at most five. */
    public static List<String> tokens(String query) {
        return TOKEN_SEPARATORS.splitAsStream(normalize(query))
                .filter(token -> !token.isEmpty())
                .limit(MAX_TOKENS)
                .toList();
    }

    // These letters are distinct letters, not base letter + mark, so NFD leaves them untouched.
    private static String foldLettersWithoutDiacritics(String lowerCase) {
        StringBuilder folded = new StringBuilder(lowerCase.length());
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            switch (c) {
                case 'ø' -> folded.append('o');
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ß' -> folded.append("ss");
                case 'ł' -> folded.append('l');
                case 'đ', 'ð' -> folded.append('d');
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
