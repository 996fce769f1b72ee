package se.helhet.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The whole synthetic district as rows: units, areas and staff first, then families in chunks of at most
 * ten thousand children, so that memory stays flat from the demo's 7 000 children to benchmark millions.
 * Each family's five years of matters are made with it (see {@link CaseHistory}). Everything follows from the
 * seed and the clock: the same seed at the same time gives the same rows.
 */
final class DemoData {

    record Counts(long children, long adults, int users, long lastReserveSequence, CaseCounts cases) {
    }

    private static final int MAX_CHUNK_CHILDREN = 10_000;
    private static final int MAX_CHILDREN_IN_FAMILY = 4;

    private final long seed;
    private final long children;
    private final long nationalReports;
    private final Clock clock;

    DemoData(long seed, long children, Clock clock) {
        this(seed, children, 0, clock);
    }

    /**
     * {@code nationalReports} above zero makes the national search set instead of the district: the persons, and
     * that many reports spread over the children (see {@link NationalReports}), without the case history.
     */
    DemoData(long seed, long children, long nationalReports, Clock clock) {
        if (children < 0) {
            throw new IllegalArgumentException("helhet.demo.children kan inte vara negativt");
        }
        this.seed = seed;
        this.children = children;
        this.nationalReports = nationalReports;
        this.clock = clock;
    }

    Counts write(String passwordHash, DemoRows sink) throws IOException, SQLException {
        Organisation organisation = new Organisation(seed);
        CsvChunk chunk = new CsvChunk();
        writeOrganisation(organisation, passwordHash, chunk);
        LocalDate today = LocalDate.now(clock);
        new ForumRows(seed, organisation, today).write(chunk);
        chunk.flushTo(sink);

        Random random = new Random(seed);
        IdentityNumbers numbers = IdentityNumbers.fromTestList();
        FamilyFactory families = new FamilyFactory(random, numbers, new People(random, new Ids(seed)),
                new Homes(random, organisation, today),
                new Registers(random, organisation, today, clock.getZone()), today);
        FamilyRows rows = new FamilyRows(chunk);
        CaseCounts cases = new CaseCounts();
        CaseRows caseRows = new CaseRows(chunk, cases, today);
        if (nationalReports > 0) {
            return writeNational(organisation, families, rows, chunk, sink, numbers);
        }
        CaseHistory caseHistory = new CaseHistory(seed, children, organisation, ZonedDateTime.now(clock), caseRows);
        AdultCases adultCases = new AdultCases(seed, organisation, numbers, today, clock.getZone());
        long adults = writeFamilies(families, chunk, sink, family -> {
            long started = System.nanoTime();
            var history = caseHistory.write(family);
            var adultMatters = adultCases.write(family, history.openMatter());
            cases.nanos += System.nanoTime() - started;
            rows.write(family, adultMatters.youngAdults(),
                    Registrations.merged(history.registrations(), adultMatters.registrations()));
            adultMatters.matters().forEach(caseRows::adultMatter);
            return adultMatters.youngAdults().size();
        });
        return new Counts(children, adults, Staff.ALL.size(), numbers.lastReserveSequence(), cases);
    }

    private Counts writeNational(Organisation organisation, FamilyFactory families, FamilyRows rows, CsvChunk chunk,
                                 DemoRows sink, IdentityNumbers numbers) throws IOException, SQLException {
        CaseCounts cases = new CaseCounts();
        NationalReports reports = new NationalReports(seed, nationalReports, children, organisation,
                ZonedDateTime.now(clock), chunk);
        long adults = writeFamilies(families, chunk, sink, family -> {
            long started = System.nanoTime();
            var registrations = reports.write(family);
            cases.nanos += System.nanoTime() - started;
            rows.write(family, List.of(), registrations);
            return 0;
        });
        cases.reports = reports.written();
        cases.matters = reports.matters();
        return new Counts(children, adults, Staff.ALL.size(), numbers.lastReserveSequence(), cases);
    }

    /**
     * Writes {@code children} children's families one by one through {@code writeFamily} (which gives the adults it
     * added beside the parents), in about ten chunks so that each one is a tenth of the progress; returns the adults.
     */
    private long writeFamilies(FamilyFactory families, CsvChunk chunk, DemoRows sink,
                               ToLongFunction<Family> writeFamily) throws IOException, SQLException {
        long chunkSize = Math.clamp(children / 10, 1, MAX_CHUNK_CHILDREN);
        long done = 0;
        long adults = 0;
        long inChunk = 0;
        while (done < children) {
            Family family = families.next((int) Math.min(MAX_CHILDREN_IN_FAMILY, children - done));
            adults += family.parents().size() + writeFamily.applyAsLong(family);
            done += family.children().size();
            inChunk += family.children().size();
            if (inChunk >= chunkSize || done == children) {
                chunk.flushTo(sink);
                sink.progress(done, children);
                inChunk = 0;
            }
        }
        return adults;
    }

    private void writeOrganisation(Organisation organisation, String passwordHash, CsvChunk chunk) {
        for (var unit : organisation.units()) {
            chunk.add(Table.UNIT, unit.id(), unit.code(), unit.name(), unit.kind());
        }
        for (var area : organisation.areas()) {
            chunk.add(Table.AREA, area.id(), area.code(), area.name(), area.pilot() ? "PILOT" : "ORDINARY");
        }
        for (Staff.Member member : Staff.ALL) {
            UUID id = Organisation.fixedId(seed, "user", member.username());
            // Sorted: Set.of iterates in a different order in every JVM, and the output must not.
            String roles = member.roles().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(",", "{", "}"));
            chunk.add(Table.APP_USER, id, member.username(), member.displayName(), passwordHash, roles,
                    member.maySeeProtected(), true);
            for (String unitCode : member.unitCodes()) {
                chunk.add(Table.USER_UNIT, id, organisation.unit(unitCode).id());
            }
        }
    }
}
