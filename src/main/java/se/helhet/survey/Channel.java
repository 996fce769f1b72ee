package se.helhet.survey;

/** How a response came: through a one-time code on the answer page, or on paper, entered by staff. */
enum Channel {
    CODE,
    PAPER
}
