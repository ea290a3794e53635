package org.claimtracker.config;

import java.nio.file.Path;

/** A stand-in for a running application in another process: starts the embedded database on a folder and waits. */
public final class EmbeddedDatabaseOwner {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("READY " + database.postmaster().orElseThrow().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
