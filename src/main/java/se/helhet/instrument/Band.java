package se.helhet.instrument;

/** A named range of scores, both ends included, as the published tables print them ("14-16 BORDERLINE"). */
record Band(int from, int to, String name) {

    public Band {
        if (from < 0 || to < from || name == null || name.isBlank()) {
            throw new IllegalArgumentException("Invalid band " + from + "-" + to + " " + name);
        }
    }

    /** "0-13 NORMAL" or "4 BORDERLINE". */
    static Band parse(String text) {
        String[] parts = text.trim().split(" ");
        String[] range = parts[0].split("-");
        int from = Integer.parseInt(range[0]);
        return new Band(from, range.length == 1 ? from : Integer.parseInt(range[1]), parts[1]);
    }

    boolean contains(int score) {
        return score >= from && score <= to;
    }
}
