import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helhet's page benchmark: each core page, and the indicators, paired with a trivial signed-in page (the floor)
 * measured just before it at the same concurrency, so that a slow machine or a busy neighbour shows in both. Each
 * simulated user has a session of its own. The indicators' pages are also set beside one serial scan of every table
 * the indicators read, in the same run: issue 11 asks them to cost no more than 1.5 times reading their rows once.
 * Run by {@code ./helhet bench}, which starts Helhet on the city data set and gives the database's address; by hand,
 * with the PostgreSQL driver on the class path: {@code java -cp postgresql.jar src/bench/java/PageBench.java
 * http://localhost:8080 [seconds per measurement] [page name part] [jdbc:postgresql://localhost:PORT/helhet]}.
 */
public class PageBench {

    /**
     * One page as one demo user opens it; a search as its form sends it: {@code form} posted to {@code path} by htmx,
     * which the page answers in place (one request, its hits and the search id's address to show).
     */
    record Page(String name, String user, String path, String form) {

        Page(String name, String user, String path) {
            this(name, user, path, null);
        }
    }

    /** A signed-in user's session and the token its forms carry. */
    record Session(HttpClient client, String csrf) {
    }

    static final Page FLOOR = new Page("floor: new-person form `/personer/ny`", "chef", "/personer/ny");

    static final List<Page> PAGES = List.of(
            new Page("social worker's start page (`socsek`)", "socsek", "/"),
            new Page("investigator's start page (`anna.berg`)", "anna.berg", "/"),
            new Page("unit manager's start page (`chef`)", "chef", "/"),
            new Page("intake worklist `/mottagning`", "mottagning", "/mottagning"),
            new Page("person search by name", "mottagning", "/personer/sok", "q=" + encode("anna lind")),
            new Page("report search by name", "mottagning", "/anmalningar/sok", "person=" + encode("lindberg")),
            new Page("indicators `/uppfoljning`", "chef", "/uppfoljning"),
            new Page("indicator month by month `/uppfoljning/indikator/…`", "chef",
                    "/uppfoljning/indikator/REPORT_CHILD_KNOWN_BEFORE"),
            new Page("matters behind an indicator `/uppfoljning/indikator/…/arenden`", "chef",
                    "/uppfoljning/indikator/REPORT_CHILD_KNOWN_BEFORE/arenden?area=PILOT"));

    /**
     * The national search set's pages, one user at a time: the personnummer searched for is that of a child the set
     * holds with a report.
     */
    static List<Page> nationalPages(String personnummer) {
        return List.of(
                new Page("person search by name", "mottagning", "/personer/sok", "q=" + encode("anna lind")),
                new Page("person search by common surname", "mottagning", "/personer/sok", "q=" + encode("lindberg")),
                new Page("person search by the middle of a name", "mottagning", "/personer/sok",
                        "q=" + encode("ndqvist")),
                new Page("person search by personnummer", "mottagning", "/personer/sok", "q=" + encode(personnummer)),
                new Page("report search by name", "mottagning", "/anmalningar/sok", "person=" + encode("lindberg")),
                new Page("report search by personnummer", "mottagning", "/anmalningar/sok",
                        "person=" + encode(personnummer)));
    }

    /**
     * Every table the indicators read (IndicatorQueries: the projection, and the case tables of the indicators still
     * counted from them): its serial scan is what the indicators' pages are compared with.
     */
    static final List<String> INDICATOR_TABLES = List.of(
            "indicator_report_child", "indicator_investigation", "indicator_intervention", "indicator_referral",
            "indicator_outcome", "indicator_stop", "indicator_young_adult_matter", "matter_level_change",
            "adult_decision", "person_relation", "person", "person_area", "area", "child_impact_analysis",
            "child_impact_consequence", "forum", "forum_meeting", "forum_consultation", "forum_consultation_consent",
            "sip");

    /** The pages whose cost is set beside the serial scan. */
    static final String INDICATOR_PAGES = "/uppfoljning";

    static final int[] CONCURRENCY = {1, 32};
    static final Pattern PERSONNUMMER = Pattern.compile("\\b((?:19|20)[0-9]{6}-[0-9]{4})\\b");
    static final Pattern REPORT_LINK = Pattern.compile(
            "/anmalningar/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Result(int requests, int failures, double seconds, long[] nanos) {

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        double perSecond() {
            return requests / seconds;
        }
    }

    private final String base;
    private final Duration warmUp;
    private final Duration measured;
    private final Map<String, List<Session>> sessions = new HashMap<>();
    private final String database;

    PageBench(String base, Duration warmUp, Duration measured, String database) {
        this.base = base;
        this.warmUp = warmUp;
        this.measured = measured;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String only = args.length > 2 ? args[2] : "";
        String database = args.length > 3 && args[3].startsWith("jdbc:") ? args[3] : null;
        PageBench bench = new PageBench(base, Duration.ofSeconds(Math.max(2, seconds / 3)), Duration.ofSeconds(seconds),
                database);
        if (args.length > 3 && args[args.length - 1].equals("national")) {
            bench.runNational(only);
        } else {
            bench.run(only);
        }
    }

    /** {@code only}: the pages whose name contains it, every page when empty. */
    void run(String only) throws Exception {
        run(PAGES.stream().filter(p -> p.name().contains(only)).toList(), CONCURRENCY);
    }

    /** The searches on the national set, one user at a time. */
    void runNational(String only) throws Exception {
        sessions.put("mottagning", login("mottagning", 1));
        String personnummer = reportedPersonnummer(sessions.get("mottagning").getFirst());
        run(nationalPages(personnummer).stream().filter(p -> p.name().contains(only)).toList(), new int[] {1});
    }

    private void run(List<Page> pages, int[] concurrencies) throws Exception {
        int most = concurrencies[concurrencies.length - 1];
        var users = new java.util.LinkedHashSet<String>();
        users.add(FLOOR.user());
        pages.forEach(p -> users.add(p.user()));
        for (String user : users) {
            sessions.put(user, login(user, most));
        }
        // Every page once for the warm-up time before any is measured: the first compilations, the client's as well
        // as the server's, would otherwise fall in the first page's figures.
        load(FLOOR, 1, warmUp, null);
        for (Page page : pages) {
            load(page, 1, warmUp, null);
        }
        System.out.printf(Locale.ROOT, "| page | users | p50 ms | p95 ms | p99 ms | requests/s | errors | p50 / floor "
                + "| p95 / floor | p50 / scan |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|---|%n");
        for (int concurrency : concurrencies) {
            for (Page page : pages) {
                Result floor = measure(FLOOR, concurrency);
                Result result = measure(page, concurrency);
                Scan scan = database != null && page.path().startsWith(INDICATOR_PAGES) ? serialScan() : null;
                row(FLOOR.name(), concurrency, floor, null, null);
                row(page.name(), concurrency, result, floor, scan);
                if (scan != null) {
                    System.out.printf(Locale.ROOT, "| serial scan of the %d tables the indicators read (%,d rows), "
                                    + "just after | 1 | %.1f | | | | | | | |%n",
                            INDICATOR_TABLES.size(), scan.rows(), scan.millis());
                }
            }
        }
    }

    private static void row(String name, int concurrency, Result r, Result floor, Scan scan) {
        String ratios = floor == null ? "| | |"
                : String.format(Locale.ROOT, "| %.1f | %.1f |", r.percentile(50) / floor.percentile(50),
                        r.percentile(95) / floor.percentile(95));
        String toScan = scan == null ? " |" : String.format(Locale.ROOT, " %.2f |", r.percentile(50) / scan.millis());
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %d %s%s%n", name, concurrency,
                r.percentile(50), r.percentile(95), r.percentile(99), r.perSecond(), r.failures(), ratios, toScan);
        System.out.flush();
    }

    /** The time of one serial scan of the indicators' tables, the median of three, and the rows it read. */
    record Scan(double millis, long rows) {
    }

    /**
     * {@code count(*)} of each table the indicators read, one after another in one session without parallel workers,
     * three times; the median time is the scan's.
     */
    private Scan serialScan() {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("set max_parallel_workers_per_gather = 0");
            double[] millis = new double[3];
            long rows = 0;
            for (int i = 0; i < millis.length; i++) {
                rows = 0;
                long start = System.nanoTime();
                for (String table : INDICATOR_TABLES) {
                    try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                        count.next();
                        rows += count.getLong(1);
                    }
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            return new Scan(millis[1], rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The serial scan of the indicators' tables failed: " + e.getMessage(), e);
        }
    }

    /** Warms up, then lets {@code concurrency} users open the page one request after another for the measured time. */
    private Result measure(Page page, int concurrency) throws InterruptedException {
        load(page, concurrency, warmUp, null);
        var latencies = new ConcurrentLinkedQueue<long[]>();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        load(page, concurrency, measured, new Sink(latencies, failures));
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new Result(all.length, failures.get(), seconds, all);
    }

    record Sink(ConcurrentLinkedQueue<long[]> latencies, AtomicInteger failures) {
    }

    private void load(Page page, int concurrency, Duration during, Sink sink) throws InterruptedException {
        List<Session> clients = sessions.get(page.user());
        long end = System.nanoTime() + during.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                Session client = clients.get(i);
                threads.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    try {
                        while (System.nanoTime() < end) {
                            long before = System.nanoTime();
                            boolean ok = open(client, page);
                            long took = System.nanoTime() - before;
                            if (sink != null) {
                                if (!ok) {
                                    sink.failures().incrementAndGet();
                                } else if (n < mine.length) {
                                    mine[n++] = took;
                                }
                            }
                        }
                    } finally {
                        if (sink != null) {
                            sink.latencies().add(java.util.Arrays.copyOf(mine, n));
                        }
                        done.countDown();
                    }
                });
            }
            done.await();
        }
    }

    /** Whether the page came back (200), a search in place with the address to show. */
    private boolean open(Session session, Page page) {
        try {
            if (page.form() == null) {
                return session.client().send(HttpRequest.newBuilder(URI.create(base + page.path()))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            }
            HttpResponse<Void> answered = session.client().send(searching(session, page.path(), page.form()),
                    HttpResponse.BodyHandlers.discarding());
            return answered.statusCode() == 200 && answered.headers().firstValue("HX-Push-Url").isPresent();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A search form's post as htmx sends it. */
    private HttpRequest searching(Session session, String path, String form) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(session.csrf()))).build();
    }

    /**
     * The personnummer of a child the set holds with a report, read from the database (every page shows it masked),
     * and checked to find the child's reports.
     */
    private String reportedPersonnummer(Session session) throws Exception {
        String number;
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("""
                     select p.personal_identity_number from person p
                     where p.family_name = 'Lindberg' and not p.protected_identity
                       and p.personal_identity_number is not null
                       and exists (select 1 from report_child c where c.child_id = p.id)
                     limit 1""")) {
            if (!found.next()) {
                throw new IllegalStateException("No child named Lindberg with a report in the set");
            }
            String twelve = found.getString(1).replace("-", "");
            number = twelve.substring(0, 8) + "-" + twelve.substring(8);
        }
        if (!REPORT_LINK.matcher(reportsOf(session, number)).find()) {
            throw new IllegalStateException("The report search by a reported child's personnummer finds no report");
        }
        return number;
    }

    /** The report search's answer for a child. */
    private String reportsOf(Session session, String child) throws IOException, InterruptedException {
        HttpResponse<String> answered = session.client().send(searching(session, "/anmalningar/sok",
                "person=" + encode(child)), HttpResponse.BodyHandlers.ofString());
        if (answered.statusCode() != 200) {
            throw new IllegalStateException("The report search did not answer with its hits: " + answered.statusCode());
        }
        return answered.body();
    }

    /** {@code count} sessions of the demo user, signed in through the login form as a browser would. */
    private List<Session> login(String user, int count) throws Exception {
        List<Session> clients = Collections.synchronizedList(new ArrayList<>());
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < count; i++) {
                threads.submit(() -> {
                    clients.add(signedIn(user));
                    return null;
                });
            }
        }
        if (clients.size() != count) {
            throw new IllegalStateException("Could not sign in " + count + " sessions as " + user);
        }
        return clients;
    }

    private Session signedIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No login form at " + base + "/login");
        }
        String body = "username=" + encode(user) + "&password=demo&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("Sign-in as " + user + " failed: " + login.statusCode() + " " + location);
        }
        // Signing in gives the session a new token; every page carries it in the header's search form.
        Matcher token = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!token.find()) {
            throw new IllegalStateException("No form token on the start page of " + user);
        }
        return new Session(client, token.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
