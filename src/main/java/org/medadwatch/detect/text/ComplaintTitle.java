package org.medadwatch.detect.text;

import java.util.regex.Pattern;

/**
 * Whether a page's title complains or exposes (a 维权 thread, an exposé): the hospital such a
 * page names is the one accused, the booking wording it quotes is evidence, and the phones it
 * prints are complaint lines or the site's own (TAXONOMY.md: complaint posts that quote banned
 * wording are no ad). Read by both the advertiser finder and the ad decision.
 */
public final class ComplaintTitle {
    // an ad's own warning ("别再被坑了，来…", "谨防上当") is no complaint
    private static final Pattern COMPLAINT = Pattern.compile(
            "(?<!别|再|被|不要|谨防|防止|拒绝|不怕|以免|免得)(?:维权|投诉|举报|曝光|被坑|被骗|坑了|骗了|上当|受骗|避雷|讨说法|吐槽|骗局|黑心)");

    /** The accused answering ("关于近期网络投诉的情况说明", "…的声明"): its own voice, whose claims are its own. */
    private static final Pattern ANSWER = Pattern.compile("(?:说明|声明|回应|澄清)\\s*$");

    private ComplaintTitle() {
    }

    public static boolean in(String title) {
        String simplified = TextFolder.simplified(title);
        return COMPLAINT.matcher(simplified).find() && !ANSWER.matcher(simplified).find();
    }
}
