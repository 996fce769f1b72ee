package se.helhet.instrument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The bands of one score; together they cover every possible score from 0 to the maximum, once each. */
record BandTable(List<Band> bands) {

    public BandTable {
        bands = bands.stream().sorted(Comparator.comparingInt(Band::from)).toList();
        int next = 0;
        for (Band band : bands) {
            if (band.from() != next) {
                throw new IllegalArgumentException("Bands must cover each score once, from 0: " + bands);
            }
            next = band.to() + 1;
        }
    }

    /** Written as the published tables print them, e.g. {@code of("0-13 NORMAL", "14-16 BORDERLINE", "17-40 ABNORMAL")}. */
    static BandTable of(String... bands) {
        return new BandTable(Arrays.stream(bands).map(Band::parse).toList());
    }

    /** The band of a score; null when the score could not be computed. */
    public String bandOf(Integer score) {
        if (score == null) {
            return null;
        }
        return bands.stream().filter(b -> b.contains(score)).map(Band::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Score outside the bands: " + score));
    }

    public int max() {
        return bands.getLast().to();
    }
}
