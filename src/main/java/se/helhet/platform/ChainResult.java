package se.helhet.platform;

/** One chain verified: how many rows verify, and the first damage found, if any. */
public record ChainResult(String chain, long rows, Break broken) {

    public enum Damage { CHANGED, DELETED, INSERTED }

    /** Where the chain breaks: the row (its id in its table, or the one after rows gone), its link, what is wrong. */
    public record Break(String rowId, Long seq, Damage damage, String detail) {
    }

    public boolean intact() {
        return broken == null;
    }

    public String line() {
        if (intact()) {
            return chain + ": ok, " + rows + " rows";
        }
        return chain + ": BROKEN at row " + broken.rowId() + (broken.seq() == null ? "" : " (link " + broken.seq() + ")")
                + ": " + broken.damage().name().toLowerCase(java.util.Locale.ROOT) + " - " + broken.detail();
    }
}
