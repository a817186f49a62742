package org.medadwatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.medadwatch.detect.Detector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version of the code that turns a body into a verdict: a SHA-256 over the compiled classes and
 * bundled models of {@code extract}, {@code page} and {@code detect}, as this process loaded them
 * (from the jar, or from {@code target/classes} in development). A version number would not do:
 * a snapshot build keeps its number while its detector changes. An upgrade that leaves these
 * packages alone keeps the version, so it does not re-judge every page for nothing.
 */
public final class DetectorVersion {
    private static final Logger LOG = LoggerFactory.getLogger(DetectorVersion.class);
    /** The packages whose code or models can change a verdict. */
    static final List<String> PACKAGES = List.of("org/medadwatch/detect/", "org/medadwatch/extract/",
            "org/medadwatch/page/");
    private static volatile String current;

    private DetectorVersion() {
    }

    /** {@code detector-sha256:<hex>}; computed once per process. */
    public static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        try {
            CodeSource source = Detector.class.getProtectionDomain().getCodeSource();
            Path location = Path.of(source.getLocation().toURI());
            SortedMap<String, byte[]> entries = Files.isDirectory(location) ? fromFolder(location) : fromJar(location);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return "detector-sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Without it a changed detector would not re-judge unchanged pages; the rules still count.
            LOG.warn("cannot fingerprint the detector's code: {}", e.toString());
            return "detector-unknown";
        }
    }

    private static SortedMap<String, byte[]> fromFolder(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static SortedMap<String, byte[]> fromJar(Path jar) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : file.stream().toList()) {
                if (!e.isDirectory() && PACKAGES.stream().anyMatch(e.getName()::startsWith)) {
                    try (InputStream in = file.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }
}
