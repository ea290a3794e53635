package org.claimtracker.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's two passwords: the superuser's (used only at start-up, to set up the application's role)
 * and the application role's. Generated once and kept in {@code database.credentials} in the data folder, readable
 * by its owner only; a throw-away database gets fresh ones.
 */
record DatabaseCredentials(String superuserPassword, String appPassword) {

    static final String FILE_NAME = "database.credentials";

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    static DatabaseCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            Properties values = new Properties();
            values.load(new StringReader(Files.readString(file)));
            restrict(file);
            return new DatabaseCredentials(values.getProperty("superuser"), values.getProperty("app"));
        }
        DatabaseCredentials created = generate();
        Path temporary = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        restrict(temporary);
        Files.writeString(temporary, "# passwords of the embedded PostgreSQL (roles postgres and "
                + EmbeddedDatabase.APP_ROLE + ")\nsuperuser=" + created.superuserPassword() + "\napp="
                + created.appPassword() + "\n");
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return created;
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions protect it
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
