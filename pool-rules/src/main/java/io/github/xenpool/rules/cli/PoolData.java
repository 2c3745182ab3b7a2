package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelDocument;
import io.github.xenpool.core.json.ModelJson;
import io.github.xenpool.core.xapi.ImportReport;
import io.github.xenpool.core.xapi.Imported;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiFiles;
import io.github.xenpool.core.xapi.XapiImportException;
import io.github.xenpool.core.xapi.XapiRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files the commands are given, whatever their format, recognised by content: pool
 * data in one of the importer's formats ({@link XapiFiles}), or a model JSON document
 * ({@link ModelJson}).
 */
final class PoolData {

    static final String MODEL_DOCUMENT = "a model JSON document";

    /** How much of a file is looked at to tell a model document. */
    private static final int HEAD = 4096;

    private PoolData() {
    }

    /** A pool or host read from a file, with what the import made of it when it was imported. */
    record Loaded<T>(T value, String file, String format, Optional<ImportReport> report) {
    }

    /** What a file holds: the records of pool data, or a model document. */
    record Read(Path file, Optional<XapiRecords> records, Optional<ModelDocument> document, String format) {
    }

    /** Reads a file of pool data or a model document. */
    static Read read(Path file) {
        requireReadable(file);
        try {
            Optional<XapiFiles.Format> format = XapiFiles.formatOf(file);
            if (format.isPresent()) {
                return new Read(file, Optional.of(XapiFiles.read(file)), Optional.empty(),
                        format.get().description());
            }
            if (ModelJson.looksLikeModelDocument(head(file))) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return new Read(file, Optional.empty(), Optional.of(ModelJson.read(in, file.toString())),
                            MODEL_DOCUMENT);
                }
            }
            return new Read(file, Optional.of(XapiFiles.read(file)), Optional.empty(), "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pool a file holds. */
    static Loaded<Pool> pool(Path file) {
        Read read = read(file);
        if (read.document().isPresent()) {
            if (read.document().get() instanceof ModelDocument.OfPool) {
                return new Loaded<>(((ModelDocument.OfPool) read.document().get()).pool(), file.toString(),
                        read.format(), Optional.empty());
            }
            throw new BadInputException(file + ": holds a host document (xenpool.host); expected a pool: a pool"
                    + " document (xenpool.pool) or the records of a whole pool");
        }
        Imported<Pool> pool = PoolImport.pool(read.records().orElseThrow());
        return new Loaded<>(pool.value(), file.toString(), read.format(), Optional.of(pool.report()));
    }

    /**
     * The host a file holds: the one named, or the only one; standalone on the caller's word when
     * its records hold no pool record. Of a pool document, the member named, or the only one.
     */
    static Loaded<Host> host(Path file, String hostName, boolean standalone) {
        Read read = read(file);
        if (read.document().isPresent()) {
            return new Loaded<>(host(read.document().get(), file, hostName), file.toString(), read.format(),
                    Optional.empty());
        }
        Imported<Host> host = host(read.records().orElseThrow(), hostName, standalone);
        return new Loaded<>(host.value(), file.toString(), read.format(), Optional.of(host.report()));
    }

    /** The hosts a file holds, for a fleet: each of several, or the only one. */
    static List<Host> hosts(Path file) {
        Read read = read(file);
        if (read.document().isPresent()) {
            ModelDocument document = read.document().get();
            return document instanceof ModelDocument.OfHost ? List.of(((ModelDocument.OfHost) document).host())
                    : ((ModelDocument.OfPool) document).pool().members();
        }
        XapiRecords records = read.records().orElseThrow();
        if (records.all("host").size() == 1) {
            return List.of(records.all("pool").isEmpty() ? PoolImport.standaloneHost(records).value()
                    : PoolImport.host(records).value());
        }
        List<Host> found = new ArrayList<>();
        records.all("host").forEach(host -> found.add(PoolImport.host(records, host.uuid().orElseThrow(
                () -> new XapiImportException(file.toString(), host.location(), "a host record without a uuid")))
                .value()));
        if (found.isEmpty()) {
            throw new BadInputException(file + ": holds no host record; --hosts names a folder of hosts' files");
        }
        return found;
    }

    private static Host host(ModelDocument document, Path file, String hostName) {
        if (document instanceof ModelDocument.OfHost) {
            Host host = ((ModelDocument.OfHost) document).host();
            if (hostName != null && !hostName.equals(host.hostname()) && !hostName.equalsIgnoreCase(host.id())) {
                throw new BadInputException(file + ": holds host " + host.hostname() + " (" + host.id() + "), not "
                        + hostName);
            }
            return host;
        }
        Pool pool = ((ModelDocument.OfPool) document).pool();
        if (hostName == null) {
            if (pool.size() == 1) {
                return pool.master();
            }
            throw new BadInputException(file + ": holds pool " + pool.name() + " of " + pool.size() + " hosts; name"
                    + " the one to take with --host-name");
        }
        return pool.members().stream().filter(h -> hostName.equals(h.hostname()) || hostName.equalsIgnoreCase(h.id()))
                .findFirst().orElseThrow(() -> new BadInputException(file + ": pool " + pool.name() + " has no host"
                        + " named " + hostName));
    }

    /** The host of records read from a file. */
    static Imported<Host> host(XapiRecords records, String hostName, boolean standalone) {
        if (hostName != null) {
            return PoolImport.host(records, hostName);
        }
        if (standalone) {
            return PoolImport.standaloneHost(records);
        }
        try {
            return PoolImport.host(records);
        } catch (XapiImportException e) {
            if (records.all("pool").isEmpty() && records.all("host").size() == 1) {
                throw new XapiImportException(e.source(), e.location(), "holds no pool record to tell whether"
                        + " the host is standalone; if it is, say so with --standalone", e);
            }
            throw e;
        }
    }

    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory; expected a file of pool data");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file + ": cannot be read (permission denied)");
        }
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        }
    }
}
