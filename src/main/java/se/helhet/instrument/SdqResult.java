package se.helhet.instrument;

import java.util.Map;

/** A scored SDQ: every score and its band in both band systems; what cannot be computed is null. */
public record SdqResult(Scores scores, Bands bands) {

    public record Scores(Integer emotional, Integer conduct, Integer hyperactivity, Integer peer, Integer prosocial,
                         Integer totalDifficulties, Integer externalising, Integer internalising, Integer impact) {

        static Scores of(Map<String, Integer> s, Integer impact) {
            return new Scores(s.get("emotional"), s.get("conduct"), s.get("hyperactivity"), s.get("peer"),
                    s.get("prosocial"), s.get("totalDifficulties"), s.get("externalising"), s.get("internalising"),
                    impact);
        }
    }

    public record BandSet(String emotional, String conduct, String hyperactivity, String peer, String prosocial,
                          String totalDifficulties, String impact) {

        static BandSet of(Map<String, BandTable> tables, Scores s) {
            return new BandSet(tables.get("emotional").bandOf(s.emotional()),
                    tables.get("conduct").bandOf(s.conduct()),
                    tables.get("hyperactivity").bandOf(s.hyperactivity()), tables.get("peer").bandOf(s.peer()),
                    tables.get("prosocial").bandOf(s.prosocial()),
                    tables.get("totalDifficulties").bandOf(s.totalDifficulties()),
                    tables.get("impact").bandOf(s.impact()));
        }
    }

    public record Bands(BandSet threeBand, BandSet fourBand) {
    }
}
