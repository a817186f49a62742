package org.medadwatch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medadwatch.store.Store;
import org.medadwatch.web.Account;
import org.medadwatch.web.AccountService;
import org.medadwatch.web.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Web UI accounts.", subcommands = UserCommand.Add.class)
final class UserCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a web UI account. The password is read from the terminal (asked twice),",
            "or, with --password-stdin or without a terminal, as one line from standard input; never from the command line."})
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--name", required = true, description = "Login name: lower-case letters, digits, . _ -")
        String name;

        @Option(names = "--role", required = true, description = "analyst (review), supervisor (also dispatch, export, feedback) or admin (also users).")
        String role;

        @Option(names = "--password-stdin", description = "Read the password as one line from standard input.")
        boolean passwordStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role r = Role.find(role.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("unknown role " + role + ": use analyst, supervisor or admin"));
            char[] password = readPassword();
            try (Store store = Store.open(data.data)) {
                Account a = new AccountService(store.accounts()).add(name, password, r);
                spec.commandLine().getOut().println("added user " + a.username() + " (" + a.role().code() + ")");
            } finally {
                Arrays.fill(password, '\0');
            }
            return ExitCodes.OK;
        }

        private char[] readPassword() throws IOException {
            Console console = System.console();
            if (!passwordStdin && console != null) {
                char[] first = console.readPassword("password for %s: ", name);
                char[] again = console.readPassword("again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("the passwords differ");
                }
                return first;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line.toCharArray();
        }
    }
}
