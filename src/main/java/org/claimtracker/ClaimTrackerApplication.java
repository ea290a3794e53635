package org.claimtracker;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.claimtracker.account.UserCommand;
import org.claimtracker.extraction.ExtractionPipeline;
import org.claimtracker.ingest.ArticleFileReader;
import org.claimtracker.ingest.ExtractCommand;
import org.claimtracker.ingest.IngestCommand;
import org.claimtracker.statement.SummariesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the web application, or runs a sub-command: {@code extract PATH...} (extraction alone, no database) or
 * {@code ingest PATH...} (store articles, no web server), {@code user add|passwd NAME} (accounts) or
 * {@code summaries rebuild} (recount the kept summaries after a bulk load).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimTrackerApplication {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        List<String> rest = args.length > 0 ? Arrays.asList(args).subList(1, args.length) : List.of();
        switch (command) {
            case "extract" -> {
                var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                ExtractCommand extract = new ExtractCommand(new ArticleFileReader(Long.MAX_VALUE),
                        ExtractionPipeline.standard());
                System.exit(extract.run(rest, out, System.err));
            }
            case "ingest" -> System.exit(IngestCommand.run(ClaimTrackerApplication.class, rest, System.err));
            case "summaries" -> System.exit(SummariesCommand.run(ClaimTrackerApplication.class, rest, System.err));
            case "user" -> System.exit(UserCommand.run(ClaimTrackerApplication.class, rest, System.in, System.out,
                    System.err));
            default -> {
                if (!command.isEmpty() && !command.startsWith("-")) {
                    // a mistyped command must not start the web application in its place
                    System.err.println("unknown command '" + command + "': use extract, ingest, user or summaries "
                            + "(or no command, with --settings, for the web application)");
                    System.exit(2);
                }
                SpringApplication.run(ClaimTrackerApplication.class, args);
            }
        }
    }
}
