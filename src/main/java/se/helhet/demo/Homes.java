package se.helhet.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import se.helhet.demo.Family.Home;
import se.helhet.demo.Organisation.DemoArea;

/** Addresses and areas: about one household in ten lives in the pilot area and about one in ten has moved. */
final class Homes {

    private static final double PILOT_SHARE = 0.10;
    private static final double MOVED_SHARE = 0.10;
    private static final List<String> STREETS = List.of(
            "Ekvägen", "Björkstigen", "Lönngatan", "Sjövägen", "Granstigen", "Tallvägen", "Rönnvägen",
            "Hasselgatan", "Lärkvägen", "Svalgången", "Ängsvägen", "Bäckvägen", "Skogsbrynet", "Kvarnvägen",
            "Smedjegatan", "Åkervägen", "Mossvägen", "Ljungstigen", "Vallmovägen", "Klövervägen", "Bryggvägen",
            "Ekbacken", "Källgränd", "Solrosgatan");

    private final Random random;
    private final Organisation organisation;
    private final LocalDate today;

    Homes(Random random, Organisation organisation, LocalDate today) {
        this.random = random;
        this.organisation = organisation;
        this.today = today;
    }

    /** The children's home; the adults came some years before the eldest child was born, at 18 at the earliest. */
    Home household(LocalDate eldestChildBirth, LocalDate youngestAdultBirth) {
        LocalDate settled = latest(eldestChildBirth.minusDays(random.nextInt(4 * 365)),
                youngestAdultBirth.plusYears(18));
        DemoArea area = area();
        if (random.nextDouble() < MOVED_SHARE) {
            LocalDate movedIn = today.minusDays(365 + random.nextInt(3 * 365));
            if (movedIn.isAfter(settled)) {
                DemoArea earlier = otherThan(area);
                return home(area, settled, earlier, movedIn);
            }
        }
        return home(area, settled, null, null);
    }

    /** A separated parent's own home, taken some time after the eldest child was born. */
    Home apart(LocalDate eldestChildBirth, LocalDate adultBirth) {
        long days = Math.max(1, today.toEpochDay() - eldestChildBirth.toEpochDay());
        LocalDate settled = latest(eldestChildBirth.plusDays(random.nextLong(days)), adultBirth.plusYears(18));
        return home(area(), settled, null, null);
    }

    private Home home(DemoArea area, LocalDate settled, DemoArea earlier, LocalDate movedIn) {
        String address = STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60));
        String postalCode = area.postalCodes().get(random.nextInt(area.postalCodes().size()));
        return new Home(address, postalCode, area.id(), area.pilot(), settled,
                earlier == null ? null : earlier.id(), movedIn);
    }

    private DemoArea area() {
        if (random.nextDouble() < PILOT_SHARE) {
            return organisation.pilotArea();
        }
        List<DemoArea> ordinary = organisation.ordinaryAreas();
        return ordinary.get(random.nextInt(ordinary.size()));
    }

    private DemoArea otherThan(DemoArea current) {
        List<DemoArea> all = organisation.areas();
        DemoArea other;
        do {
            other = all.get(random.nextInt(all.size()));
        } while (other.equals(current));
        return other;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
