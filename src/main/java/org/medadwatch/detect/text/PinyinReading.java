package org.medadwatch.detect.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinyin written for one character of a claim word, read as that character: "根zhi" as 根治,
 * "zhi愈" as 治愈, "肉du素" as 肉毒素 (LAW.md §6, 谐音). Only where the syllable, with the
 * Chinese characters around it, spells one of the words below: pinyin is ambiguous alone
 * (zhi is also 只, 之, 指), and in a known word it is not. Works on text already folded, so
 * the syllable is lower case and separators are gone ("根 ZHI" is "根zhi" by then).
 */
final class PinyinReading {
    /** Claim words advertisers are seen to write with a syllable for one character, each char with its pinyin. */
    private static final String[][] WORDS = {
            {"根gen", "治zhi"}, {"治zhi", "愈yu"}, {"痊quan", "愈yu"}, {"治zhi", "疗liao"}, {"疗liao", "效xiao"},
            {"疗liao", "程cheng"}, {"包bao", "治zhi"}, {"专zhuan", "治zhi"}, {"治zhi", "好hao"}, {"特te", "效xiao"},
            {"无wu", "效xiao"}, {"有you", "效xiao"}, {"复fu", "发fa"}, {"保bao", "证zheng"}, {"退tui", "款kuan"},
            {"肉rou", "毒du", "素su"}, {"玻bo", "尿niao", "酸suan"}, {"水shui", "光guang", "针zhen"},
            {"溶rong", "脂zhi"}, {"副fu", "作zuo", "用yong"}, {"无wu", "痛tong"}, {"癌ai", "症zheng"},
            {"除chu", "根gen"}, {"断duan", "根gen"}, {"减jian", "肥fei"}, {"瘦shou", "身shen"},
            // diseases a platform's filter blocks, so sellers spell one character ("牛pi癣", "白dian风", "阳wei")
            {"牛niu", "皮pi", "癣xuan"}, {"白bai", "癜dian", "风feng"}, {"阳yang", "痿wei"}, {"早zao", "泄xie"},
            {"前qian", "列lie", "腺xian"}, {"痔zhi", "疮chuang"}, {"不bu", "孕yun"}, {"湿shi", "疹zhen"},
            {"干gan", "细xi", "胞bao"}, {"丰feng", "胸xiong"}, {"隆long", "胸xiong"},
            // infections of the season, spelled so as not to be caught selling against them ("甲liu", "支yuan体", "yi苗")
            {"甲jia", "流liu"}, {"流liu", "感gan"}, {"支zhi", "原yuan", "体ti"}, {"诺nuo", "如ru"}, {"新xin", "冠guan"},
            {"肺fei", "炎yan"}, {"疫yi", "苗miao"},
            {"颈jing", "椎zhui"}, {"腰yao", "椎zhui"}, {"腰yao", "突tu"}, {"糖tang", "尿niao", "病bing"},
            {"降jiang", "糖tang"}, {"肝gan", "癌ai"}, {"肝gan", "腹fu", "水shui"},
            // the mind's diseases, spelled the same way ("老年chi呆", "抑yu症")
            {"痴chi", "呆dai"}, {"抑yi", "郁yu"}, {"焦jiao", "虑lv"}, {"失shi", "眠mian"}, {"病bing", "除chu"},
    };
    /** Syllable -> the words it may stand in, with the position it stands at. */
    private static final Map<String, List<Reading>> BY_SYLLABLE = new HashMap<>();
    private static final int LONGEST_SYLLABLE = 6;

    private record Reading(String word, int at) {
    }

    static {
        for (String[] chars : WORDS) {
            StringBuilder word = new StringBuilder();
            for (String c : chars) {
                word.append(c.charAt(0));
            }
            for (int at = 0; at < chars.length; at++) {
                BY_SYLLABLE.computeIfAbsent(chars[at].substring(1), k -> new ArrayList<>())
                        .add(new Reading(word.toString(), at));
            }
        }
    }

    private PinyinReading() {
    }

    /**
     * The folded text with every syllable that spells a claim word replaced by its character.
     * {@code from} is read as {@link FoldedText} keeps it; the text itself where nothing is read.
     */
    static FoldedText apply(String original, char[] out, int[] from, int count) {
        int first = firstSpelling(out, count);
        if (first < 0) {
            return new FoldedText(original, new String(out, 0, count), from); // the usual case: nothing to read
        }
        int[] until = null;
        int kept = first;
        for (int i = first; i < count; ) {
            int end = i;
            while (end < count && out[end] >= 'a' && out[end] <= 'z') {
                end++;
            }
            char han = end - i >= 2 && end - i <= LONGEST_SYLLABLE ? spelled(out, i, end, kept, count) : 0;
            if (han != 0) {
                if (until == null) {
                    until = new int[from.length];
                }
                // the folded char stands for the whole syllable: evidence quotes all of it
                int last = from[end - 1];
                out[kept] = han;
                from[kept] = from[i];
                until[kept++] = last + 1;
                i = end;
            } else if (end > i) {
                // letters that spell nothing stay as they are
                for (; i < end; i++) {
                    copy(out, from, until, i, kept++);
                }
            } else {
                copy(out, from, until, i++, kept++);
            }
        }
        return new FoldedText(original, new String(out, 0, kept), from, until);
    }

    /** Where the first run of letters that spells a claim word's character starts, or -1. */
    private static int firstSpelling(char[] out, int count) {
        for (int i = 0; i < count; i++) {
            if (out[i] >= 'a' && out[i] <= 'z') {
                int end = i + 1;
                while (end < count && out[end] >= 'a' && out[end] <= 'z') {
                    end++;
                }
                if (end - i >= 2 && end - i <= LONGEST_SYLLABLE && spelled(out, i, end, i, count) != 0) {
                    return i;
                }
                i = end;
            }
        }
        return -1;
    }

    private static void copy(char[] out, int[] from, int[] until, int i, int to) {
        out[to] = out[i];
        from[to] = from[i];
        if (until != null) {
            until[to] = 0;
        }
    }

    /**
     * The character the letters {@code [s, e)} stand for, or 0. The characters before them are
     * already rewritten up to {@code kept}; those after are as folded.
     */
    private static char spelled(char[] out, int s, int e, int kept, int count) {
        if (e < count && out[e] >= '0' && out[e] <= '9') {
            return 0; // "根zhi3号": letters running into digits are a code
        }
        boolean hanBefore = kept > 0 && TextFolder.isHan(out[kept - 1]);
        boolean hanAfter = e < count && TextFolder.isHan(out[e]);
        if (!hanBefore && !hanAfter) {
            return 0; // letters among letters or digits (a URL, an ICP number) spell no claim word
        }
        List<Reading> readings = BY_SYLLABLE.get(new String(out, s, e - s));
        if (readings == null) {
            return 0;
        }
        for (Reading r : readings) {
            int before = r.at();
            int after = r.word().length() - before - 1;
            if (before > kept || e + after > count || before + after == 0) {
                continue;
            }
            boolean fits = true;
            for (int k = 0; k < before && fits; k++) {
                fits = out[kept - before + k] == r.word().charAt(k);
            }
            for (int k = 0; k < after && fits; k++) {
                fits = out[e + k] == r.word().charAt(before + 1 + k);
            }
            if (fits) {
                return r.word().charAt(before);
            }
        }
        return 0;
    }
}
