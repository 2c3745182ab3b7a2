package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.ImportReport;
import io.github.xenpool.core.xapi.Imported;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiFiles;
import io.github.xenpool.core.xapi.XapiImportException;
import io.github.xenpool.core.xapi.XapiRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the files the commands are given, whatever their format, recognised by content: pool
 * data in one of the importer's formats ({@link XapiFiles}).
 */
final class PoolData {

    private PoolData() {
    }

    /** A pool or host read from a file, with what the import made of it when it was imported. */
    record Loaded<T>(T value, String file, String format, Optional<ImportReport> report) {
    }

    /** The records of a file of pool data, with the description of its format. */
    record Records(XapiRecords records, String format) {
    }

    static Records records(Path file) {
        requireReadable(file);
        try {
            Optional<XapiFiles.Format> format = XapiFiles.formatOf(file);
            XapiRecords records = XapiFiles.read(file);
            return new Records(records, format.map(XapiFiles.Format::description).orElse("?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pool a file holds. */
    static Loaded<Pool> pool(Path file) {
        Records read = records(file);
        Imported<Pool> pool = PoolImport.pool(read.records());
        return new Loaded<>(pool.value(), file.toString(), read.format(), Optional.of(pool.report()));
    }

    /**
     * The host a file holds: the one named, or the only one; standalone on the caller's word when
     * its records hold no pool record.
     */
    static Loaded<Host> host(Path file, String hostName, boolean standalone) {
        Records read = records(file);
        Imported<Host> host = host(file, hostName, standalone, read);
        return new Loaded<>(host.value(), file.toString(), read.format(), Optional.of(host.report()));
    }

    /** The host of records read from a file. */
    static Imported<Host> host(Path file, String hostName, boolean standalone, Records read) {
        if (hostName != null) {
            return PoolImport.host(read.records(), hostName);
        }
        if (standalone) {
            return PoolImport.standaloneHost(read.records());
        }
        try {
            return PoolImport.host(read.records());
        } catch (XapiImportException e) {
            if (read.records().all("pool").isEmpty() && read.records().all("host").size() == 1) {
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
}
