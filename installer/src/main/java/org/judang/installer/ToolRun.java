package org.judang.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs one JDK tool (jlink, jpackage) as a process, its output kept in a log file and quoted when it fails. */
final class ToolRun {
    private ToolRun() {}

    static void run(List<String> command, Path log) {
        String tool = Path.of(command.get(0)).getFileName().toString();
        int exit;
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, String.join(" ", command) + System.lineSeparator());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            exit = p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallerException(tool + " was interrupted");
        }
        if (exit != 0) throw new InstallerException(tool + " failed (exit " + exit + "): " + lastLines(log) + " (full output: " + log + ")");
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, Charset.defaultCharset()).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("WARNING: Using incubator modules")).toList();
            return String.join(" | ", lines.subList(Math.max(1, lines.size() - 3), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output readable)";
        }
    }
}
