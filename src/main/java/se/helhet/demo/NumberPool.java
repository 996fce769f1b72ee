package se.helhet.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unused test numbers by the birth date they encode. Handing out the number nearest to the wanted date keeps
 * siblings' ages realistic while every date still comes from a number on the list.
 */
final class NumberPool {

    record Taken(String number, LocalDate birthDate) {
    }

    private final TreeMap<LocalDate, ArrayDeque<String>> byBirthDate = new TreeMap<>();

    void add(LocalDate birthDate, String number) {
        byBirthDate.computeIfAbsent(birthDate, d -> new ArrayDeque<>()).addLast(number);
    }

    /** The unused number whose date is nearest to wanted within [earliest, latest], or null if there is none. */
    Taken take(LocalDate wanted, LocalDate earliest, LocalDate latest) {
        Map.Entry<LocalDate, ArrayDeque<String>> later = byBirthDate.ceilingEntry(wanted);
        Map.Entry<LocalDate, ArrayDeque<String>> earlier = byBirthDate.floorEntry(wanted);
        if (later != null && later.getKey().isAfter(latest)) {
            later = null;
        }
        if (earlier != null && earlier.getKey().isBefore(earliest)) {
            earlier = null;
        }
        Map.Entry<LocalDate, ArrayDeque<String>> nearest = later == null ? earlier
                : earlier == null ? later
                : distance(wanted, earlier.getKey()) < distance(wanted, later.getKey()) ? earlier : later;
        if (nearest == null) {
            return null;
        }
        String number = nearest.getValue().pollFirst();
        if (nearest.getValue().isEmpty()) {
            byBirthDate.remove(nearest.getKey());
        }
        return new Taken(number, nearest.getKey());
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
