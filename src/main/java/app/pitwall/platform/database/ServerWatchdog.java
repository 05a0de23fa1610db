package app.pitwall.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the embedded server from outliving its JVM: a shell that reads its standard input, a pipe from the JVM, until
 * it closes, and then stops the server ({@code pg_ctl stop -m fast}). The kernel closes the pipe when the JVM ends in
 * any way ({@code kill -9}, an out-of-memory kill), and Java starts every other child with its other descriptors
 * closed, so nothing else holds the pipe open. Its output goes to {@code watchdog.log} in the cluster: a pipe to a dead
 * JVM would kill the shell before it could stop the server. Run as {@code nobody} when started by root, like the
 * server.
 */
final class ServerWatchdog {

    private ServerWatchdog() {}

    /** Starts the watchdog of the server on {@code cluster}; destroying the process it answers disarms it. */
    static Process start(Path pgCtl, Path cluster, boolean asRoot) throws IOException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of(
                    "setpriv",
                    "--reuid=" + EmbeddedPostgres.NOBODY,
                    "--regid=" + EmbeddedPostgres.NOBODY,
                    "--clear-groups",
                    "--"));
        }
        command.addAll(List.of(
                "/bin/sh",
                "-c",
                "while read -r line; do :; done; exec \"$0\" -D \"$1\" -m fast -w -t 60 stop",
                pgCtl.toString(),
                cluster.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        cluster.resolve("watchdog.log").toFile()))
                .redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }
}
