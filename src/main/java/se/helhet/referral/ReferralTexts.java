package se.helhet.referral;

import java.time.LocalDate;

import se.helhet.common.ActorKind;

/** The Swedish words of the timeline, built here as the other modules build theirs (ADR 7). */
final class ReferralTexts {

    private ReferralTexts() {
    }

    static String kind(ActorKind kind) {
        return switch (kind) {
            case SCHOOL -> "skola";
            case PRESCHOOL -> "förskola";
            case CHILD_HEALTH_CENTRE -> "barnavårdscentral";
            case CHILD_PSYCHIATRY -> "barn- och ungdomspsykiatri";
            case ADULT_PSYCHIATRY -> "vuxenpsykiatri";
            case HEALTH_CARE -> "hälso- och sjukvård";
            case YOUTH_CLINIC -> "ungdomsmottagning";
            case POLICE -> "polis";
            case CIVIL_SOCIETY -> "civilsamhället";
            case OTHER -> "annan aktör";
        };
    }

    static String referred(ActorKind kind, String name, String purpose) {
        return "Länkad till " + name + " (" + kind(kind) + ")" + (purpose == null ? "" : ": " + purpose);
    }

    static String followedUp(String name, LocalDate on, boolean received, LocalDate receivedOn) {
        return "Uppföljning " + on + " av länkningen till " + name + ": "
                + (received ? "hjälpen har kommit" + (receivedOn == null ? "" : " (" + receivedOn + ")")
                : "ingen hjälp ännu");
    }
}
