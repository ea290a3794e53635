package org.claimtracker.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code user add NAME [--role editor|admin]} and {@code user passwd NAME}: manage accounts without the web server,
 * taking the application's settings ({@code --claimtracker.data-dir=...}, {@code SPRING_DATASOURCE_*}). The password
 * is asked twice on a terminal, read as two lines from piped input, or, when none is given, generated and printed
 * once.
 */
public final class UserCommand {

    static final String USAGE = "usage: user add NAME [--role editor|admin]   |   user passwd NAME";

    private UserCommand() {
    }

    public static int run(Class<?> application, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = Request.parse(args);
            Accounts.checkUsername(request.username());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String password;
        boolean generated;
        try {
            password = readPassword(in, err);
        } catch (IllegalArgumentException | IOException e) {
            err.println("user: " + e.getMessage());
            return 1;
        }
        generated = password == null;
        if (generated) {
            password = Accounts.generatedPassword();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("claimtracker.ingest.on-startup=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(request.springArgs())) {
            Accounts accounts = context.getBean(Accounts.class);
            if (request.action().equals("add")) {
                accounts.add(request.username(), request.role(), password, "cli");
                err.printf("user: added %s (%s)%n", request.username(), request.role().name().toLowerCase(Locale.ROOT));
            } else {
                accounts.changePassword(request.username(), password, "cli");
                err.printf("user: changed the password of %s%n", request.username());
            }
        } catch (IllegalArgumentException e) {
            err.println("user: " + e.getMessage());
            return 1;
        }
        if (generated) {
            out.println(password);
            err.println("user: the password above was generated; it is shown only this once");
        }
        return 0;
    }

    /** The password typed twice, or null when none was given (then one is generated). */
    private static String readPassword(InputStream in, PrintStream err) throws IOException {
        Console console = System.console();
        String first;
        String second;
        if (console != null && in == System.in) {
            char[] a = console.readPassword("Password (empty to generate one): ");
            if (a == null || a.length == 0) {
                return null;
            }
            char[] b = console.readPassword("Password again: ");
            first = new String(a);
            second = b == null ? "" : new String(b);
        } else {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            first = reader.readLine();
            if (first == null || first.isEmpty()) {
                return null;
            }
            second = reader.readLine();
        }
        if (!first.equals(second)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        Accounts.checkPassword(first);
        return first;
    }

    record Request(String action, String username, UserRole role, String[] springArgs) {

        static Request parse(List<String> args) {
            List<String> words = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            UserRole role = UserRole.EDITOR;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--role") && i + 1 < args.size()) {
                    role = roleNamed(args.get(++i));
                } else if (arg.startsWith("--role=")) {
                    role = roleNamed(arg.substring("--role=".length()));
                } else if (arg.startsWith("--")) {
                    spring.add(arg);
                } else {
                    words.add(arg);
                }
            }
            if (words.size() != 2 || !List.of("add", "passwd").contains(words.get(0))) {
                throw new IllegalArgumentException("user: expected an action and a user name");
            }
            return new Request(words.get(0), words.get(1), role, spring.toArray(String[]::new));
        }

        private static UserRole roleNamed(String name) {
            try {
                return UserRole.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("user: the role is editor or admin, not '" + name + "'");
            }
        }
    }
}
