package org.medadwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medadwatch.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serve the review web UI (Chinese) over a data folder until Ctrl-C.",
        "Add accounts first: echo PASSWORD | medadwatch user add --name NAME --role analyst --password-stdin"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", description = "TCP port. Default: ${DEFAULT-VALUE}.")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = WebConfig.DEFAULT_HOST;

    @Option(names = "--overdue-days", description = "A dispatched clue not signed for or not handled after this many days is overdue. Default: ${DEFAULT-VALUE}.")
    int overdueDays = 15;

    @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (when an https proxy fronts the UI).")
    boolean secureCookies;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WebConfig config = WebConfig.defaults().withHost(host).withPort(port).withOverdueDays(overdueDays)
                .withSecureCookies(secureCookies);
        PrintWriter out = spec.commandLine().getOut();
        WebServer server = WebServer.start(data.folder(), config, spec.commandLine().getErr());
        out.println("MedAd Watch web UI: " + server.url() + "  (data " + data.data + "; Ctrl-C to stop)");
        out.flush();
        server.awaitShutdown();
        return ExitCodes.OK;
    }
}
