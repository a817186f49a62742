package org.medadwatch.extract;

import static org.medadwatch.extract.RegisteredNames.NAME;
import static org.medadwatch.extract.RegisteredNames.stripLeadingWords;
import static org.medadwatch.extract.RegisteredNames.withoutNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's ownership lines (版权所有, ©, 主办单位, 账号主体 …) for the institution they name,
 * and for the registered operator a label or an account's profile card names.
 */
final class OwnerLines {
    /**
     * Labels of the registered operator: a shop's 经营者, an account's 账号主体 or the entity a platform
     * verified it as (企业号认证, 认证主体), a licence's 营业执照主体.
     */
    private static final String ENTITY_LABEL =
            "企业号认证|企业认证|认证主体|蓝V认证|官方认证|经营者|运营者|运营主体|经营主体|账号主体|店铺主体|商家主体|主体名称|营业执照主体|营业执照|公司名称|企业名称|运营单位|经营单位|开办单位|举办单位"
            // a medical ad must print the institution's licensed name: "第一名称：X中医门诊部" under its brand account
            + "|第一名称|医疗机构名称|医疗机构第一名称";
    private static final Pattern OWNERSHIP = Pattern.compile(
            "版权所有\\s?[:]?\\s?(?<a>" + NAME + ")"
            // the holder before the words, on their line: not a phone number ending the line above
            + "|(?<b>" + NAME + ")[^\\S\\n]?版权所有"
            + "|(?i:copyright)\\s?(?:©|\\(c\\))?\\s?(?:(?:19|20)\\d{2}\\s?(?:-\\s?(?:19|20)\\d{2})?\\s?)?(?<c>" + NAME + ")"
            + "|©\\s?(?:(?:19|20)\\d{2}\\s?(?:-\\s?(?:19|20)\\d{2})?\\s?)?(?<d>" + NAME + ")"
            // the holder before the mark, as a column signs its footer: "张律师说法 © 2026"
            + "|(?<j>" + NAME + ")[^\\S\\n]?(?:©|\\(c\\))"
            + "|主办(?:单位)?\\s?[:]\\s?(?<e>" + NAME + ")"
            // a licence shown as a credential, with no colon: "商家资质：营业执照 广州X美容服务有限公司"
            + "|(?:(?:" + ENTITY_LABEL + ")\\s?[:]|营业执照(?=\\s))\\s?(?<f>" + NAME + ")"
            // the sponsor after its name, as a footer prints it ("X人民法院 主办"), and a credit ("本文由X出品", "由X主办的健康大讲堂")
            + "|由(?<h>" + NAME + ")(?:出品|主办)"
            + "|(?<g>" + NAME + ")\\s?主办(?![\\p{IsHan}A-Za-z0-9:：])"
            // an account's profile card naming whose account it is: "功能介绍 X卫生健康委员会政务公众号"
            + "|功能介绍\\s?[:]?\\s?(?<i>" + NAME + ")(?:官方|政务)(?:微信)?(?:公众号|服务号|订阅号|账号|信息发布)");
    /** The groups of {@link #OWNERSHIP} that name a registered operator: an entity label, a profile card. */
    private static final List<String> OPERATOR_GROUPS = List.of("f", "i");
    /** The groups of {@link #OWNERSHIP} that name a copyright holder. */
    private static final List<String> COPYRIGHT_GROUPS = List.of("a", "b", "c", "d", "j");
    /**
     * The groups that name a holder but no owner: a name run into the mark ("X © 2026") may be the last
     * words of the line before it, a platform's company under another's content.
     */
    private static final List<String> HOLDER_ONLY_GROUPS = List.of("j");
    /** An organisation's own department that runs its site or writes its pieces: the organisation publishes. */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:党委|党政)?(?:宣传部|宣传处|宣传中心|新闻中心|新闻办|科普部|编辑部|信息中心|网络中心)$");

    /**
     * What the page's ownership lines say, read in one pass: the first institution any of them
     * names (版权所有, ©, 主办单位, 账号主体 …), the first a registered-operator line names, and every
     * name a copyright line gives, an institution's or a bare brand's ("© 2026 燃动健康 版权所有").
     */
    record Labelled(Optional<String> owner, Optional<String> operator, List<String> copyrightHolders) {
    }

    static Labelled labelled(String folded, String text) {
        Optional<String> owner = Optional.empty();
        Optional<String> operator = Optional.empty();
        List<String> holders = new ArrayList<>();
        Matcher m = OWNERSHIP.matcher(folded);
        while (m.find()) {
            for (String group : List.of("a", "b", "c", "d", "j", "e", "f", "g", "h", "i")) {
                if (m.start(group) >= 0) {
                    String run = text.substring(m.start(group), m.end(group));
                    String name = organisationOf(withoutNotes(stripLeadingWords(run)));
                    if (COPYRIGHT_GROUPS.contains(group) && InstitutionNames.hanCount(name) >= 2) {
                        holders.add(name);
                    }
                    if (InstitutionNames.isInstitution(name) && !HOLDER_ONLY_GROUPS.contains(group)) {
                        owner = owner.isPresent() ? owner : Optional.of(name);
                        operator = operator.isPresent() || !OPERATOR_GROUPS.contains(group) ? operator : Optional.of(name);
                    }
                }
            }
        }
        return new Labelled(owner, operator, List.copyOf(holders));
    }

    /** "澄江医科大学党委宣传部" publishes for 澄江医科大学; a name with no department is returned as it is. */
    static String organisationOf(String name) {
        Matcher department = DEPARTMENT.matcher(name);
        if (department.find()) {
            String organisation = name.substring(0, department.start());
            if (InstitutionNames.isInstitution(organisation)) {
                return organisation;
            }
        }
        return name;
    }
}
