package org.medadwatch.extract;

import org.medadwatch.detect.text.TextFolder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an institution's name looks like: Han characters (letters and digits allowed) ending in a
 * suffix that names a kind of institution, shop or site (医院, 门诊部, 有限公司, 养生馆, 网, 社区 ...).
 */
final class InstitutionNames {
    /** Longest first, so that 有限公司 is stripped whole rather than as 公司. */
    static final List<String> SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "公司", "集团",
            "医疗美容医院", "医院", "门诊部", "门诊", "诊所", "卫生院", "卫生室", "医疗中心", "医务中心", "保健院", "中心",
            "大药房", "药房", "药店", "药业", "专业合作社", "合作社", "商行", "服务部", "经营部", "会所", "工作室", "养生馆", "生活馆", "美容院", "美容店", "美容馆",
            "中医馆", "理疗馆", "馆", "茶庄", "茶行", "商城", "旗舰店", "专卖店", "店", "委员会", "管理局", "监督局", "局",
            "研究所", "研究院", "法院", "检察院", "学会", "协会", "基金会", "联合会", "红十字会", "总会", "报社", "日报", "晚报", "电视台", "网", "论坛", "社区",
            "学院", "大学", "学校",
            // elderly care: a home, not a hospital (a 护理院 is licensed as one and ends in 院 like them)
            "养老院", "敬老院", "颐养院", "福利院", "老年公寓",
            "堂", "坊");

    private static final String SUFFIX_ALTERNATION = String.join("|", SUFFIXES);
    /** Characters a printed name is made of (after width folding). */
    static final String NAME_CHAR = "[\\p{IsHan}A-Za-z0-9·()]";
    static final Pattern ENDS_WITH_SUFFIX = Pattern.compile("(?:" + SUFFIX_ALTERNATION + ")$");

    private InstitutionNames() {
    }

    static String suffixAlternation() {
        return SUFFIX_ALTERNATION;
    }

    /** Names ending like an institution (堂, 中心) that are events, rooms or a site's sections: 健康大讲堂, 案例中心. */
    private static final java.util.regex.Pattern NOT_AN_INSTITUTION =
            java.util.regex.Pattern.compile("(?:讲堂|课堂|学堂|礼堂|食堂|天堂|会堂|宴会厅)$"
                    // a site's section, not a centre: 案例中心, 新闻中心, 会员中心
                    + "|^(?:案例|新闻|资讯|帮助|客服|会员|个人|下载|消息|用户|媒体|活动|产品|培训|招商|加盟|投资者|视频|图片|内容|商务)中心$");

    /** How a clause, not a name, runs into an institution's kind: "还是去医院", "或者直接打医院", "那天我在医院", "一整年都没去过医院". */
    private static final String CLAUSE_END = "去打在到找是的了看进回住过";

    /** True when {@code name} has at least two Han characters before an institution suffix. */
    static boolean isInstitution(String name) {
        if (NOT_AN_INSTITUTION.matcher(TextFolder.simplified(name)).find()) {
            return false;
        }
        String core = core(name);
        if (!core.isEmpty() && CLAUSE_END.indexOf(core.charAt(core.length() - 1)) >= 0) {
            return false;
        }
        return core.length() < name.length() && core.codePoints().filter(InstitutionNames::isHan).count() >= 2;
    }

    /** The name without its institution suffix (printed in traditional characters or not: 門診部). */
    static String core(String name) {
        String simplified = TextFolder.simplified(name);
        for (String suffix : SUFFIXES) {
            if (simplified.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static long hanCount(String s) {
        return s.codePoints().filter(InstitutionNames::isHan).count();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Length of the longest common substring of the two names' cores. */
    static int sharedRun(String a, String b) {
        String x = TextFolder.simplified(core(a));
        String y = TextFolder.simplified(core(b));
        int best = 0;
        int[] prev = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            int[] cur = new int[y.length() + 1];
            for (int j = 1; j <= y.length(); j++) {
                if (x.charAt(i - 1) == y.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
