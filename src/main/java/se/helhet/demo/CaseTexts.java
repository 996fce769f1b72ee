package se.helhet.demo;

import static se.helhet.intake.ConcernReason.CHILD_BEHAVIOUR;
import static se.helhet.intake.ConcernReason.CRIME;
import static se.helhet.intake.ConcernReason.NEGLECT;
import static se.helhet.intake.ConcernReason.PARENT_ADDICTION;
import static se.helhet.intake.ConcernReason.PARENT_MENTAL_ILLNESS;
import static se.helhet.intake.ConcernReason.SCHOOL_PROBLEMS;
import static se.helhet.intake.ConcernReason.VIOLENCE_IN_FAMILY;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.helhet.intake.ConcernReason;
import se.helhet.intake.ReporterCategory;

/** The words of the generated reports: who the reporters are and what worries them, in a few plain lines. */
final class CaseTexts {

    private CaseTexts() {
    }

    static String organisation(Random random, ReporterCategory category) {
        List<String> names = switch (category) {
            case SCHOOL -> List.of("Norrbyskolan", "Sjöviksskolan", "Ekdalsskolan", "Tallmons skola", "Lindåsskolan");
            case PRESCHOOL -> List.of("Förskolan Ekollonet", "Förskolan Sjöstjärnan", "Förskolan Tallkotten");
            case HEALTH_CARE -> List.of("Barnavårdscentralen", "BUP Ekstad", "Vårdcentralen Norrby",
                    "Barnakuten", "Ungdomsmottagningen");
            case POLICE -> List.of("Polisen, lokalpolisområde Ekstad");
            case SOCIAL_SERVICES -> List.of("Vuxenenheten – beroende", "Ekonomiskt bistånd", "Socialjouren");
            case OTHER_AUTHORITY -> List.of("Kriminalvården", "Försäkringskassan", "Migrationsverket");
            case PRIVATE_PERSON, CHILD, GUARDIAN -> List.of();
        };
        return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    }

    static List<ConcernReason> reasons(Random random, ReporterCategory category) {
        List<ConcernReason> likely = switch (category) {
            case SCHOOL -> List.of(SCHOOL_PROBLEMS, CHILD_BEHAVIOUR, NEGLECT, VIOLENCE_IN_FAMILY);
            case PRESCHOOL -> List.of(NEGLECT, VIOLENCE_IN_FAMILY, PARENT_MENTAL_ILLNESS);
            case HEALTH_CARE -> List.of(PARENT_MENTAL_ILLNESS, NEGLECT, PARENT_ADDICTION, CHILD_BEHAVIOUR);
            case POLICE -> List.of(VIOLENCE_IN_FAMILY, CRIME, PARENT_ADDICTION);
            case SOCIAL_SERVICES -> List.of(PARENT_ADDICTION, PARENT_MENTAL_ILLNESS, VIOLENCE_IN_FAMILY);
            case OTHER_AUTHORITY -> List.of(CRIME, NEGLECT, PARENT_ADDICTION);
            case PRIVATE_PERSON -> List.of(NEGLECT, VIOLENCE_IN_FAMILY, PARENT_ADDICTION);
            case CHILD -> List.of(VIOLENCE_IN_FAMILY, CHILD_BEHAVIOUR, SCHOOL_PROBLEMS);
            case GUARDIAN -> List.of(CHILD_BEHAVIOUR, SCHOOL_PROBLEMS, CRIME);
        };
        List<ConcernReason> reasons = new ArrayList<>(2);
        reasons.add(likely.get(random.nextInt(likely.size())));
        if (random.nextDouble() < 0.3) {
            ConcernReason second = likely.get(random.nextInt(likely.size()));
            if (!reasons.contains(second)) {
                reasons.add(second);
            }
        }
        return reasons;
    }

    static String description(Random random, ReporterCategory category, List<ConcernReason> reasons) {
        StringBuilder text = new StringBuilder(switch (category) {
            case CHILD -> "Barnet hör själv av sig och berättar om hur det är hemma. ";
            case GUARDIAN -> "Vårdnadshavaren söker stöd för familjen. ";
            case PRIVATE_PERSON -> "En privatperson har hört av sig. ";
            default -> "Anmälaren har sett detta i sitt arbete. ";
        });
        for (ConcernReason reason : reasons) {
            text.append(switch (reason) {
                case PARENT_ADDICTION -> "Oro för att en förälder dricker mycket alkohol och inte klarar omsorgen.";
                case PARENT_MENTAL_ILLNESS -> "En förälder mår psykiskt dåligt och orkar inte med vardagen.";
                case VIOLENCE_IN_FAMILY -> "Det har varit bråk hemma och barnet säger att det är rädd.";
                case NEGLECT -> "Barnet kommer ofta hungrigt och utan kläder efter väder.";
                case CHILD_BEHAVIOUR -> "Barnet har varit utåtagerande och hamnat i konflikter flera gånger.";
                case CRIME -> "Barnet har varit med när det begicks brott i området.";
                case SCHOOL_PROBLEMS -> "Frånvaron har ökat under terminen och barnet halkar efter.";
                case HONOUR_RELATED -> "Barnet berättar om starka begränsningar i vardagen.";
                case OTHER -> "Anmälaren beskriver en allmän oro för barnet.";
            }).append(' ');
        }
        return text.append(random.nextBoolean() ? "Vårdnadshavarna vet om anmälan." : "Anmälaren vill bli kontaktad.")
                .toString();
    }

    static String protectionReasoning(boolean needed) {
        return needed ? "Barnet bedöms behöva skydd omedelbart. Kontakt tagen med socialjouren och polisen."
                : "Inget tyder på att barnet behöver skydd omedelbart. Förhandsbedömning inleds.";
    }

    static String preliminaryReasoning(String outcome, String linkedActor) {
        return switch (outcome) {
            case "OPEN_INVESTIGATION" -> "Uppgifterna ger anledning att utreda barnets behov av stöd och skydd.";
            case "TRANSFER" -> "Familjen har flyttat. Ärendet lämnas över till hemkommunen.";
            default -> linkedActor == null
                    ? "Samtal med barnet och vårdnadshavarna. Oron bedöms inte kräva utredning."
                    : "Familjen tar emot stöd från " + linkedActor + ". Vi följer upp att det kommer igång.";
        };
    }

    static String linkedActor(Random random, int age) {
        List<String> actors = age < 6 ? List.of("Familjecentralen", "Barnavårdscentralen", "Öppna förskolan")
                : List.of("Elevhälsan", "BUP", "Fritidsgården Tallmon", "Familjecentralen");
        return actors.get(random.nextInt(actors.size()));
    }

    /** The kind of actor of each place {@link #linkedActor} names. */
    static String actorKind(String actor) {
        return switch (actor) {
            case "Barnavårdscentralen" -> "CHILD_HEALTH_CENTRE";
            case "Öppna förskolan" -> "PRESCHOOL";
            case "Elevhälsan" -> "SCHOOL";
            case "BUP" -> "CHILD_PSYCHIATRY";
            default -> "OTHER";
        };
    }

    static String referralPurpose(String actor) {
        return switch (actor) {
            case "BUP" -> "Bedömning av barnets oro och sömnsvårigheter.";
            case "Elevhälsan" -> "Samtalsstöd och stöd i skolarbetet.";
            case "Fritidsgården Tallmon" -> "En meningsfull fritid med vuxna att prata med.";
            default -> "Föräldrastöd och råd i vardagen.";
        };
    }

    static String transferMunicipality(Random random) {
        List<String> places = List.of("Socialtjänsten i Bergvik", "Socialtjänsten i Ålunda", "Socialtjänsten i Norrvik");
        return places.get(random.nextInt(places.size()));
    }

    static String extensionReason(Random random) {
        List<String> reasons = List.of("Vi väntar på utlåtande från BUP.",
                "Barnet behöver fler samtal innan vi kan bedöma behoven.",
                "Familjen har varit bortrest och utredningen har inte kunnat slutföras.");
        return reasons.get(random.nextInt(reasons.size()));
    }

    static String decisionReasons(String outcome) {
        return switch (outcome) {
            case "GRANTED" -> "Utredningen visar att barnet och familjen behöver stöd för att barnet ska ha det bra.";
            case "NOT_GRANTED" -> "Utredningen visar att barnets behov kan mötas på annat sätt än med den insats "
                    + "som familjen har ansökt om.";
            default -> "Utredningen visar inte att barnet behöver insatser från socialtjänsten nu.";
        };
    }
}
