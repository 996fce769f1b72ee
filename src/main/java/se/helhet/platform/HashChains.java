package se.helhet.platform;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ChainResult.Damage;

/**
 * Hash chains over append-only rows (ADR 8): each row's hash is an HMAC-SHA256 over its chain, its place in
 * it and its content, keyed with {@link ChainKey} and seeded with the previous row's hash. A writer takes the
 * chain's head row FOR UPDATE in its own transaction, so concurrent writers link one after another; the head
 * carries a keyed hash of its own. The tables' owners hand their rows' content in; this class owns only the
 * heads.
 */
@Repository
public class HashChains {

    private static final byte[] GENESIS = new byte[32];
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** One keyed MAC a thread, made once: doFinal leaves it ready for the next row. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    HashChains(HelhetProperties properties, @Value("${helhet.chain-key:}") String configuredKey) {
        this.key = new SecretKeySpec(ChainKey.of(configuredKey, properties), ALGORITHM);
    }

    /** Locks the chain's head until the transaction ends; link rows, then {@link Appender#finish()}. */
    public Appender append(JdbcClient jdbc, String chain) {
        return jdbc.sql("select last_seq, last_hash, clock_timestamp() as now from chain_head where chain = ? for update")
                .param(chain)
                .query((rs, n) -> new Appender(jdbc, chain, rs.getLong("last_seq"), hashOrGenesis(rs),
                        rs.getObject("now", OffsetDateTime.class).toInstant()))
                .single();
    }

    /** Reads the head; feed every row of the chain in link order (rows without a link last), then ask the result. */
    public Walk walk(JdbcClient jdbc, String chain) {
        return jdbc.sql("select last_seq, last_hash, mac from chain_head where chain = ?")
                .param(chain)
                .query((rs, n) -> new Walk(chain, rs.getLong("last_seq"), rs.getBytes("last_hash"), rs.getBytes("mac")))
                .single();
    }

    public record Link(long seq, byte[] hash) {
        /** As text, for a bulk update that sends many at once. */
        public String hex() {
            return HexFormat.of().formatHex(hash);
        }
    }

    public final class Appender {

        private final JdbcClient jdbc;
        private final String chain;
        private final Instant at;
        private long seq;
        private byte[] hash;

        private Appender(JdbcClient jdbc, String chain, long seq, byte[] hash, Instant at) {
            this.jdbc = jdbc;
            this.chain = chain;
            this.seq = seq;
            this.hash = hash;
            this.at = at.truncatedTo(ChronoUnit.MICROS);
        }

        /** The database's clock at the lock, to the microsecond it stores: the moment of the rows written. */
        public Instant at() {
            return at;
        }

        public Link link(Object... fields) {
            seq++;
            hash = mac(hash, chain, seq, fields);
            return new Link(seq, hash);
        }

        public void finish() {
            jdbc.sql("update chain_head set last_seq = ?, last_hash = ?, mac = ? where chain = ?")
                    .params(seq, hash, headMac(chain, seq, hash), chain)
                    .update();
        }
    }

    /** Verification of one chain, fed its rows in link order; the first damage found is the answer. */
    public final class Walk {

        private final String chain;
        private final long lastSeq;
        private final byte[] lastHash;
        private final boolean headIntact;
        private byte[] previous = GENESIS;
        private long expected = 1;
        private long rows;
        private String lastId;
        private Suspect suspect;
        private ChainResult.Break broken;

        private record Suspect(String id, long seq) {
        }

        private Walk(String chain, long lastSeq, byte[] lastHash, byte[] mac) {
            this.chain = chain;
            this.lastSeq = lastSeq;
            this.lastHash = lastHash == null ? GENESIS : lastHash;
            this.headIntact = lastSeq == 0 && lastHash == null && mac == null
                    || mac != null && MessageDigest.isEqual(mac, headMac(chain, lastSeq, this.lastHash));
        }

        public void row(String id, Long seq, byte[] hash, Object... fields) {
            if (broken != null) {
                return;
            }
            if (suspect != null) {
                boolean twinVerifies = seq != null && seq == suspect.seq()
                        && MessageDigest.isEqual(hash, mac(previous, chain, seq, fields));
                broken = twinVerifies
                        ? new ChainResult.Break(suspect.id(), suspect.seq(), Damage.INSERTED,
                                "carries the link of row " + id + " with a hash that does not verify")
                        : new ChainResult.Break(suspect.id(), suspect.seq(), Damage.CHANGED,
                                "its content no longer matches its hash");
                return;
            }
            if (seq == null) {
                broken = new ChainResult.Break(id, null, Damage.INSERTED, "has no link: written past Helhet");
            } else if (seq > lastSeq) {
                broken = new ChainResult.Break(id, seq, Damage.INSERTED,
                        "its link is beyond the chain's head (" + lastSeq + ")");
            } else if (seq < expected) {
                broken = new ChainResult.Break(id, seq, Damage.INSERTED, "a second row with link " + seq);
            } else if (seq > expected) {
                broken = new ChainResult.Break(id, seq, Damage.DELETED, "the rows with link " + range(expected, seq - 1)
                        + " before it are gone");
            } else if (!MessageDigest.isEqual(hash, mac(previous, chain, seq, fields))) {
                suspect = new Suspect(id, seq);
            } else {
                previous = hash;
                expected++;
                rows++;
                lastId = id;
            }
        }

        public ChainResult result() {
            if (broken == null && suspect != null) {
                broken = new ChainResult.Break(suspect.id(), suspect.seq(), Damage.CHANGED,
                        "its content no longer matches its hash");
            }
            if (broken == null && !headIntact) {
                broken = new ChainResult.Break("head", lastSeq, Damage.CHANGED, "the chain's head does not verify");
            }
            if (broken == null && expected <= lastSeq) {
                broken = new ChainResult.Break(lastId == null ? "-" : lastId, expected, Damage.DELETED,
                        "the newest rows, link " + range(expected, lastSeq) + ", are gone");
            }
            return new ChainResult(chain, rows, broken);
        }

        private static String range(long from, long to) {
            return from == to ? String.valueOf(from) : from + "–" + to;
        }
    }

    private byte[] headMac(String chain, long seq, byte[] hash) {
        return mac(GENESIS, "head:" + chain, seq, HexFormat.of().formatHex(hash));
    }

    private byte[] mac(byte[] previous, String chain, long seq, Object... fields) {
        Mac mac = macs.get();
        mac.update(previous);
        mac.update(canonical(chain, seq, fields));
        return mac.doFinal();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Each field as text with its length before it, null apart from the empty text, instants in microseconds. */
    static byte[] canonical(String chain, long seq, Object... fields) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            write(out, chain);
            out.writeLong(seq);
            out.writeInt(fields.length);
            for (Object field : fields) {
                write(out, field == null ? null : text(field));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object field) {
        return switch (field) {
            case Instant instant -> String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
            case OffsetDateTime time -> text(time.toInstant());
            case java.sql.Timestamp timestamp -> text(timestamp.toInstant());
            case Enum<?> e -> e.name();
            default -> field.toString();
        };
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] hashOrGenesis(ResultSet rs) throws SQLException {
        byte[] hash = rs.getBytes("last_hash");
        return hash == null ? GENESIS : hash;
    }
}
