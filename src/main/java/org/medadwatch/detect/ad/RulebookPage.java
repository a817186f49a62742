package org.medadwatch.detect.ad;

import java.util.regex.Pattern;
import org.medadwatch.detect.text.TextFolder;

/**
 * Whether a page sets out rules about advertising wording rather than advertising: a platform's
 * content rules, a 违禁词/极限词 list, an explainer of what the 广告法 forbids. Such a page quotes
 * every banned claim as an example (TAXONOMY.md: pages that quote banned wording are no ad), and the
 * phone it prints is its merchant service line. A seller saying it uses none ("本店不使用违禁词")
 * sets out no rules.
 */
final class RulebookPage {
    /** A title naming a rule set or a banned-word list; "无违禁词", "已过滤极限词" name none. */
    private static final Pattern TITLE = Pattern.compile(
            "(?<!无|不含|没有|不用|不使用|不涉及|规避|过滤|避开|避免|屏蔽)(?:违禁词|禁用词|极限词|敏感词|违规词|禁用语|违禁用语)"
            + "|广告法.{0,4}(?:禁用|禁止|违禁|极限)|平台规则|规则中心|审核规范|审核标准|内容规范|发布规范|营销规范|推广规范|广告规范");
    /** A heading that opens a list of banned wording: "三、违禁词及违规表达", "医疗类禁用词汇总". */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?:违禁|禁用|极限|违规|敏感)(?:词|用语|表达)(?:汇总|大全|清单|列表|一览|示例|对照表|及)");

    private RulebookPage() {
    }

    static boolean in(String title, String text) {
        return TITLE.matcher(TextFolder.simplified(title)).find()
                || LIST_HEADING.matcher(TextFolder.simplified(text)).find();
    }
}
