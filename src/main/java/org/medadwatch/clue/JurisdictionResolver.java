package org.medadwatch.clue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.medadwatch.page.PageFacts;

/**
 * Decides which bureau answers for a page, trying in order:
 * <ol>
 *   <li>the seed's region, a GB/T 2260 code (six digits, a known province);</li>
 *   <li>the province of the ICP备案号 printed on the page: its first character is the
 *       province's abbreviation (京ICP备… is Beijing);</li>
 *   <li>the area code of the first landline printed on the page whose area code is known
 *       (mobiles and 400/800 numbers say nothing about place);</li>
 *   <li>else unassigned.</li>
 * </ol>
 * The tables are {@code provinces.csv} and {@code area-codes.csv} beside this class.
 */
public final class JurisdictionResolver {
    private static final String PROVINCES = "provinces.csv";
    private static final String AREA_CODES = "area-codes.csv";
    private static volatile JurisdictionResolver bundled;

    private final Map<String, String> names = new HashMap<>();          // code -> own name (杭州市)
    private final Map<String, String> provinceByAbbreviation = new HashMap<>();
    private final Map<String, String> codeByAreaCode = new HashMap<>();

    private JurisdictionResolver() {
        readTable(PROVINCES, 3, f -> {
            names.put(f[0], f[1]);
            for (String abbr : f[2].split("\\|")) {
                provinceByAbbreviation.put(abbr, f[0]);
            }
        });
        readTable(AREA_CODES, 3, f -> {
            codeByAreaCode.put(f[0], f[1]);
            names.putIfAbsent(f[1], f[2]);
        });
    }

    /** The resolver with the bundled tables. */
    public static JurisdictionResolver bundled() {
        JurisdictionResolver r = bundled;
        if (r == null) {
            synchronized (JurisdictionResolver.class) {
                r = bundled;
                if (r == null) {
                    r = new JurisdictionResolver();
                    bundled = r;
                }
            }
        }
        return r;
    }

    public Jurisdiction resolve(String seedRegion, PageFacts facts) {
        return resolve(seedRegion, facts.icp(), facts.phones());
    }

    public Jurisdiction resolve(String seedRegion, Optional<String> icp, List<String> phones) {
        Optional<Jurisdiction> found = fromSeed(seedRegion)
                .or(() -> icp.flatMap(this::fromIcp))
                .or(() -> fromPhones(phones));
        return found.orElseGet(Jurisdiction::unassigned);
    }

    Optional<Jurisdiction> fromSeed(String region) {
        String code = region.strip();
        if (!code.matches("[0-9]{6}") || !names.containsKey(code.substring(0, 2) + "0000")) {
            return Optional.empty();
        }
        return Optional.of(new Jurisdiction(Optional.of(code), nameOf(code), Jurisdiction.Source.SEED));
    }

    Optional<Jurisdiction> fromIcp(String icp) {
        String folded = Normalizer.normalize(icp, Normalizer.Form.NFKC).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String province = provinceByAbbreviation.get(folded.substring(0, folded.offsetByCodePoints(0, 1)));
        return Optional.ofNullable(province)
                .map(code -> new Jurisdiction(Optional.of(code), nameOf(code), Jurisdiction.Source.ICP));
    }

    Optional<Jurisdiction> fromPhones(List<String> phones) {
        for (String phone : phones) {
            Optional<String> code = areaCodeOf(phone).map(codeByAreaCode::get);
            if (code.isPresent()) {
                return Optional.of(new Jurisdiction(code, nameOf(code.get()), Jurisdiction.Source.PHONE));
            }
        }
        return Optional.empty();
    }

    /**
     * The listed area code a printed landline starts with, e.g. {@code 0571} for
     * {@code （0571）87163320} or {@code +86 571 8716 3320}; empty for mobiles, 400/800 numbers
     * and unknown codes.
     */
    Optional<String> areaCodeOf(String printed) {
        String digits = Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
        boolean international = false;
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
            international = true;
        } else if (digits.startsWith("86") && (printed.strip().startsWith("+") || digits.length() >= 12)) {
            digits = digits.substring(2);
            international = true;
        }
        if (!digits.startsWith("0")) {
            // +86 571 ... drops the trunk prefix; a local number printed without its area code
            // (87163320) tells nothing, and mobiles (1xx) and 400/800 numbers have no place
            if (!international || digits.startsWith("1") || digits.startsWith("400") || digits.startsWith("800")) {
                return Optional.empty();
            }
            digits = "0" + digits;
        }
        for (int len = 3; len <= 4 && len < digits.length(); len++) {
            String prefix = digits.substring(0, len);
            if (codeByAreaCode.containsKey(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a GB/T 2260 code: the province, with the city where the code is a listed city
     * (浙江省杭州市); a code not listed gets the nearest listed name and itself in brackets
     * (浙江省杭州市（330106）).
     */
    public String nameOf(String code) {
        if (!code.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("not a six-digit GB/T 2260 code: " + code);
        }
        String province = names.getOrDefault(code.substring(0, 2) + "0000", "");
        String cityCode = code.substring(0, 4) + "00";
        String city = cityCode.equals(code.substring(0, 2) + "0000") ? "" : names.getOrDefault(cityCode, "");
        String known = province + city;
        boolean exact = names.containsKey(code);
        if (known.isEmpty()) {
            return code;
        }
        return exact ? known : known + "（" + code + "）";
    }

    private static void readTable(String resource, int fields, Consumer<String[]> row) {
        try (InputStream in = JurisdictionResolver.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + JurisdictionResolver.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(",", -1);
                if (f.length != fields || !f[1].matches("[0-9]{6}") && !f[0].matches("[0-9]{6}")) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + fields + " fields: " + line);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
