package org.medadwatch.detect;

import java.util.Arrays;
import java.util.Optional;

/** The 13 violation categories of the taxonomy: the contract between rules, clue sheets and corpora. */
public enum Category {
    CURE_GUARANTEE("保证治愈/隐含保证治愈"),
    EFFICACY_RATE("宣传治愈率、有效率等诊疗效果"),
    SAFETY_ASSERTION("功效、安全性断言"),
    TESTIMONIAL("利用患者、医生、专家、机构名义或形象作证明"),
    COMPARISON("与其他医疗机构、药品比较，贬低他人"),
    ABSOLUTE_TERM("绝对化用语"),
    UNAPPROVED_AD("未经审查发布医疗广告"),
    MILITARY_NAME("使用解放军、武警部队名义"),
    FORBIDDEN_THERAPY("违规宣传禁止类、限制类技术"),
    INDUCEMENT("以免费、减免、赠礼等诱导就医"),
    DISEASE_CLAIM_NONMEDICAL("非医疗/药品/器械广告宣称疾病治疗功能"),
    ILLEGAL_COSMETIC_MEDICINE("生活美容机构开展医疗美容"),
    PUBLIC_HOSPITAL_IMPERSONATION("借用公立医院名义、冒充公立或医保资质");

    private final String chineseName;

    Category(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<Category> find(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
