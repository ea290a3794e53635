package org.claimtracker.statement;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code summaries rebuild}: recounts the kept summaries from the stored rows and judges every standing position
 * again, without the web server, taking the application's settings. For a database loaded in bulk with the
 * triggers off, or restored from elsewhere; ingestion, corrections and merges keep the summaries themselves.
 */
public final class SummariesCommand {

    static final String USAGE = "usage: summaries rebuild [--setting=value ...]";

    private SummariesCommand() {
    }

    public static int run(Class<?> application, List<String> args, PrintStream err) {
        List<String> words = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (!words.equals(List.of("rebuild"))) {
            err.println(USAGE);
            return 2;
        }
        String[] springArgs = args.stream().filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("claimtracker.ingest.on-startup=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(springArgs)) {
            long started = System.nanoTime();
            int judged = context.getBean(PositionSummaries.class).rebuild();
            err.printf("summaries: rebuilt; %d standing positions judged in %.1f s%n", judged,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
