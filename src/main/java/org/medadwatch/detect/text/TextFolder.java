package org.medadwatch.detect.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * Folds text so that evasive spellings match plain phrases: NFKC (full-width to half-width),
 * traditional to simplified characters, lower case, and separators that advertisers slip
 * between Chinese characters ("根*治", "治 愈", "断·根", zero-width spaces) dropped. A run of
 * separators holding a line break folds to one line break: blocks stay apart.
 * Each folded char remembers the original chars it came from, so evidence is quoted from
 * the original text. Emoji and pictographs count as separators too ("也能✨治愈", "不达标💰全额退款"),
 * and the few Cantonese characters that carry a claim's meaning (冇, 咗, 嘅, 唔) are read as their Mandarin
 * counterparts ("冇副作用" as "无副作用", "饮咗三个月" as "饮了三个月"), as is the look-alike 冶 written
 * for 治 ("冶愈率达96.8%"). A squared ideograph is read as the character it encloses ("🈚痛" as "无痛"), not
 * dropped with the other pictographs. Pinyin written for one character of a claim word ("根zhi", "肉du素") is
 * read as that character ({@link PinyinReading}).
 */
public final class TextFolder {
    private static final String T2S_RESOURCE = "t2s.txt";
    /** BMP char to its single-char fold; {@link #MULTI} marks chars that fold to several. */
    private static final char[] SINGLE = new char[0x10000];
    private static final String[] MULTI_FOLD = new String[0x10000];
    private static final char MULTI = '\uFFFF';
    private static final char DROP = '\uFFFE';
    private static final char SEPARATOR = '\uFFFD';
    /** Chinese characters, looked up rather than computed: the check sits in the folding loop. */
    private static final BitSet HAN = new BitSet(0x10000);
    /** Traditional char to its simplified form; 0 where the char has none. */
    private static final char[] T2S = loadTraditionalToSimplified();
    /**
     * Chars read as others, one for one, in pairs: the Cantonese ones as their Mandarin counterparts,
     * and the look-alikes advertisers write to dodge review ("冶愈" for "治愈", "治俞率" for "治愈率", LAW.md's 形近字).
     */
    private static final String READ_AS = "冇无咗了嘅的唔不冶治俞愈";
    /**
     * Words whose first character is written with a sound-alike that would be wrong to read as such
     * everywhere: "负作用" and "付作用" for 副作用 (负 alone is 负责, 付 is 支付). Same length, so offsets stay.
     */
    private static final String[][] SOUND_ALIKE_WORDS = {{"负作用", "副作用"}, {"付作用", "副作用"}};
    private static final String NONE_OF_FIRSTS;
    /**
     * What a zero written as a digit promises none of, as ads list them ("0风险 0痛感 0恢复期"): such a 0
     * is read as 零, so "0风险" is "零风险". A 0 inside a number ("10", "3.0") is left alone.
     */
    private static final String[] NONE_OF = {"风险", "危险", "痛", "疼", "副作用", "创伤", "伤害", "损伤", "复发",
            "反弹", "失败", "恢复期", "并发症", "后遗症"};
    /**
     * Chars a line cannot end a sentence on: a rate, a verb or a particle waiting for what it
     * names ("鼻炎治愈率<br>高达97%", "有效率达<br>98%"). A line break after one is a break in the
     * layout, not the end of a sentence, and folds like any other separator.
     */
    private static final String UNFINISHED = "率达为和与及把被让使至";
    /** First code point of the enclosed ideographic supplement: squared 🈚 (无), 🈶 (有), 🈲 (禁) … */
    private static final int ENCLOSED_FROM = 0x1F200;
    /** Each squared ideograph folded as the character it encloses ("🈚痛胃肠镜" is "无痛胃肠镜"); 0 for the rest. */
    private static final char[] ENCLOSED = new char[0x100];

    static {
        StringBuilder firsts = new StringBuilder();
        for (String word : NONE_OF) {
            firsts.append(word.charAt(0));
        }
        NONE_OF_FIRSTS = firsts.toString();
        char[] t2s = T2S;
        for (int c = 0; c < 0x10000; c++) {
            HAN.set(c, Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
        for (int c = 0; c < 0x10000; c++) {
            if (isSeparator((char) c)) {
                SINGLE[c] = SEPARATOR;
                continue;
            }
            if (Character.isSurrogate((char) c)) {
                SINGLE[c] = (char) c;
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder(folded.length());
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                out.append(readAs(withoutTone(t2s[f] != 0 ? t2s[f] : f)));
            }
            if (out.length() == 1) {
                SINGLE[c] = out.charAt(0);
            } else if (out.isEmpty()) {
                SINGLE[c] = DROP;
            } else {
                SINGLE[c] = MULTI;
                MULTI_FOLD[c] = out.toString();
            }
        }
        for (int i = 0; i < ENCLOSED.length; i++) {
            String n = Normalizer.normalize(new String(Character.toChars(ENCLOSED_FROM + i)), Normalizer.Form.NFKC);
            if (n.length() == 1 && HAN.get(n.charAt(0))) {
                ENCLOSED[i] = SINGLE[n.charAt(0)];
            }
        }
    }

    private TextFolder() {
    }

    public static FoldedText fold(String text) {
        int n = text.length();
        char[] out = new char[n + 16];
        int[] from = new int[n + 16];
        int count = 0;
        int pendingSeparatorFrom = -1;
        boolean pendingLineBreak = false;
        final char[] single = SINGLE;
        for (int i = 0; i < n; i++) {
            int start = i;
            char c = text.charAt(i);
            char f = single[c];
            if ((f == '.' || f == '/') && count > 0 && isHan(out[count - 1]) && i + 1 < n && isHan(single[text.charAt(i + 1)])) {
                f = SEPARATOR; // "代.孕", "治/愈": a full stop or a slash between two Chinese characters dodges a filter
            }
            // a squared ideograph's high surrogate is among the emoji separators: only there is it looked for
            char enclosed = f == SEPARATOR && i + 1 < n ? enclosedIdeograph(c, text.charAt(i + 1)) : 0;
            if (enclosed != 0) {
                f = enclosed;
                i++; // the pair's second half goes with it; the folded char remembers the first
            }
            if (f == SEPARATOR) {
                if (pendingSeparatorFrom < 0) {
                    pendingSeparatorFrom = i;
                }
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // an emoji outside the BMP: its second half goes with it
                }
                pendingLineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                continue;
            }
            if (f == DROP) {
                continue;
            }
            String many = f == MULTI ? MULTI_FOLD[c] : null;
            int len = many == null ? 1 : many.length();
            if (count + len + 1 > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + len + 16);
                from = Arrays.copyOf(from, out.length);
            }
            if (pendingSeparatorFrom >= 0) {
                // A line break ends a block (heading, list item, alt text) and survives as a sentence end;
                // other separators survive, as one space, only between two non-Chinese chars ("0571 8888").
                if (count > 0 && pendingLineBreak && UNFINISHED.indexOf(out[count - 1]) < 0) {
                    out[count] = '\n';
                    from[count++] = pendingSeparatorFrom;
                } else if (count > 0 && !isHan(out[count - 1]) && !isHan(many == null ? f : many.charAt(0))) {
                    out[count] = ' ';
                    from[count++] = pendingSeparatorFrom;
                }
                pendingSeparatorFrom = -1;
                pendingLineBreak = false;
            }
            if (many == null) {
                out[count] = f;
                from[count++] = start;
            } else {
                for (int k = 0; k < len; k++) {
                    out[count] = many.charAt(k);
                    from[count++] = start;
                }
            }
        }
        readWordsAsMeant(out, count);
        return PinyinReading.apply(text, out, from, count);
    }

    /**
     * The simplified form of one traditional character ("醫" to "医", "廣" to "广", "號" to "号"), a
     * full-width digit, Latin letter or hyphen as its ASCII ("０７３６－５４１８" is how a poster hides a
     * phone from filters), or {@code c} itself: one char for one char, so offsets are kept. Nothing else
     * is folded: full-width punctuation (，：！) is what the patterns reading this text expect.
     */
    public static char simplified(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '－') {
            return (char) (c - 0xFEE0);
        }
        char s = T2S[c];
        return s != 0 ? s : c;
    }

    /** {@link #simplified(char)} applied to every char of {@code text}; the length is kept. */
    public static String simplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = simplified(chars[i]);
        }
        return new String(chars);
    }

    /** Folds a phrase from a rule file; separators are dropped the same way. */
    public static String foldPhrase(String phrase) {
        return fold(phrase).folded();
    }

    /** The fold of a squared ideograph written as the surrogate pair {@code hi lo}, or 0. */
    private static char enclosedIdeograph(char hi, char lo) {
        if (!Character.isHighSurrogate(hi) || !Character.isLowSurrogate(lo)) {
            return 0;
        }
        int offset = Character.toCodePoint(hi, lo) - ENCLOSED_FROM;
        return offset >= 0 && offset < ENCLOSED.length ? ENCLOSED[offset] : 0;
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '*' || c == '·' || c == '_' || c == '-' || c == '~' || c == '＊' || c == '＿'
                || c == '•' || c == '・' || c == '‧' || c == '∙'
                || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || isEmoji(c);
    }

    /**
     * Arrows, shapes, dingbats and the like in the BMP (✨ ✅ ❤ ★ ➡), the emoji presentation
     * selectors, and the high surrogates of the emoji planes U+1F000-U+1FBFF (💰 👇 🔥), whose low
     * surrogate {@link #fold} drops with them. Letter-like symbols (℃, ®, №) are not among them,
     * nor ○, which stands for a zero in dates (二○二六年).
     */
    private static boolean isEmoji(char c) {
        return (c >= '\u2190' && c <= '\u21FF') || (c >= '\u2300' && c <= '\u23FF')
                || (c >= '\u25A0' && c <= '\u27BF' && c != '○' && c != '◯') || (c >= '\u2B00' && c <= '\u2BFF') || c == '\uFE0E' || c == '\uFE0F' || c == '\u20E3'
                || (c >= '\uD83C' && c <= '\uD83E');
    }

    /**
     * Sound-alike words and a 0 promising none of something, read as meant ({@link #SOUND_ALIKE_WORDS},
     * {@link #NONE_OF}); one pass, one test a character where there is nothing to read.
     */
    private static void readWordsAsMeant(char[] out, int count) {
        for (int i = 0; i + 1 < count; i++) {
            char c = out[i];
            if (c == '0' && NONE_OF_FIRSTS.indexOf(out[i + 1]) >= 0
                    && (i == 0 || !Character.isDigit(out[i - 1]) && out[i - 1] != '.')) {
                for (String word : NONE_OF) {
                    if (startsWith(out, i + 1, count, word)) {
                        out[i] = '零';
                        break;
                    }
                }
            } else if (c == '负' || c == '付') { // the sound-alike words' first characters
                for (String[] pair : SOUND_ALIKE_WORDS) {
                    if (startsWith(out, i, count, pair[0])) {
                        pair[1].getChars(0, pair[1].length(), out, i);
                    }
                }
            }
        }
    }

    private static boolean startsWith(char[] out, int at, int count, String word) {
        if (at + word.length() > count) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (out[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Latin letter without its accent: pinyin written with its tones ("ròu毒素", "zhì愈") is read as
     * pinyin written without ({@link PinyinReading}). One char for one, so offsets are kept.
     */
    private static char withoutTone(char c) {
        if (c < '\u00C0' || c > '\u024F') {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return d.length() > 1 && base < 0x80 && Character.isLetter(base) ? base : c;
    }

    private static char readAs(char c) {
        int at = READ_AS.indexOf(c);
        return at >= 0 && at % 2 == 0 ? READ_AS.charAt(at + 1) : c;
    }

    static boolean isHan(char c) {
        return HAN.get(c);
    }

    private static char[] loadTraditionalToSimplified() {
        char[] map = new char[0x10000];
        try (InputStream in = TextFolder.class.getResourceAsStream(T2S_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + T2S_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.length() == 3 && line.charAt(1) == ' ') {
                    map[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
