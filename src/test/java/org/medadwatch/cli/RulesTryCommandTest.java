package org.medadwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** rules try: an analyst's sentence against the shipped rules, evidence quoted from what was typed. */
class RulesTryCommandTest {
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.OK, cli.execute(args));
        return out.toString();
    }

    @Test
    void namesTheRuleAndQuotesTheOriginalSpelling() {
        String out = run("rules", "try", "--rules", "rules", "本院独创疗法，根*治牛皮癣不复发", "任何医院都不能保证根治");
        String[] blocks = out.split("任何医院都不能保证根治");
        assertTrue(blocks[0].contains("CURE_GUARANTEE"), out);
        assertTrue(blocks[0].contains("「根*治牛皮癣」"), "quoted as typed, separator and all: " + out);
        assertTrue(blocks[1].contains("no rule matches"), "a negated promise matches nothing: " + out);
    }

    @Test
    void theAdvertiserDecidesRulesWithACondition() {
        String salon = run("rules", "try", "--rules", "rules", "--advertiser", "丽人美容院", "本店可注射玻尿酸，立刻饱满");
        String clinic = run("rules", "try", "--rules", "rules", "--advertiser", "某某医疗美容门诊部", "本店可注射玻尿酸，立刻饱满");
        assertTrue(salon.contains("ILLEGAL_COSMETIC_MEDICINE"), salon);
        assertTrue(!clinic.contains("ILLEGAL_COSMETIC_MEDICINE"), clinic);
    }

    @Test
    void whySaysWhichCheckSilencedARule() {
        String out = run("rules", "try", "--rules", "rules", "--why", "任何医院都不能保证根治");
        assertTrue(out.contains("no rule matches"), out);
        assertTrue(out.contains("「根治」: cancelled by 「不能」 just before it (unless.before)"), out);
    }

    @Test
    void whyNamesTheConditionThatExcludesTheAdvertiser() {
        String out = run("rules", "try", "--rules", "rules", "--why", "--rule", "COS-INJECTABLE",
                "--advertiser", "某某医疗美容门诊部", "本店可注射玻尿酸，立刻饱满");
        assertTrue(out.contains("not COS-INJECTABLE (ILLEGAL_COSMETIC_MEDICINE):"), out);
        assertTrue(out.contains("does not apply to an advertiser whose name has"), out);
        assertEquals(1, out.split("\n  not ").length - 1, "--rule shows that rule alone: " + out);
        String traditional = run("rules", "try", "--rules", "rules", "--why", "--rule", "COS-INJECTABLE",
                "--advertiser", "某某醫療美容門診部", "本店可注射玻尿酸，立刻饱满");
        assertTrue(traditional.contains("does not apply to an advertiser whose name has"),
                "the name is compared folded, as the rule compares it: " + traditional);
    }

    @Test
    void whySaysWhenNoAnchorOfTheRuleOccurs() {
        String out = run("rules", "try", "--rules", "rules", "--why", "--rule", "COS-INJECTABLE", "Ｘ光　检查");
        assertTrue(out.contains("not COS-INJECTABLE: none of its anchors occurs in the folded text 「x光检查」"), out);
    }

    @Test
    void anUnknownRuleIdIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.CONFIG, cli.execute("rules", "try", "--rules", "rules", "--rule", "NO-SUCH-RULE", "根治"));
        assertTrue(err.toString().contains("no rule has the id NO-SUCH-RULE"), err.toString());
    }
}
