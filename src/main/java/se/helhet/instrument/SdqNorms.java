package se.helhet.instrument;

import java.util.List;
import java.util.Map;

/**
 * The SDQ bands of one informant: the original three bands and the newer four, each a table per score
 * (total, emotional, conduct, hyperactivity, peer, prosocial, impact). Externalising and internalising
 * have no published bands.
 */
record SdqNorms(Map<String, BandTable> threeBand, Map<String, BandTable> fourBand) {

    static final List<String> BANDED = List.of("emotional", "conduct", "hyperactivity", "peer",
            "prosocial", "totalDifficulties", "impact");

    public SdqNorms {
        threeBand = Map.copyOf(threeBand);
        fourBand = Map.copyOf(fourBand);
        if (!threeBand.keySet().containsAll(BANDED) || !fourBand.keySet().containsAll(BANDED)) {
            throw new IllegalArgumentException("Every banded SDQ score needs a table in both systems");
        }
    }

    static Map<String, BandTable> table(String total, String emotional, String conduct, String hyperactivity,
                                        String peer, String prosocial, String impact) {
        return Map.of("totalDifficulties", bands(total), "emotional", bands(emotional), "conduct", bands(conduct),
                "hyperactivity", bands(hyperactivity), "peer", bands(peer), "prosocial", bands(prosocial),
                "impact", bands(impact));
    }

    /** "0-13 NORMAL | 14-16 BORDERLINE | 17-40 ABNORMAL". */
    private static BandTable bands(String row) {
        return BandTable.of(row.split("\\|"));
    }
}
