package org.medadwatch.detect.text;

import java.util.regex.Pattern;

/**
 * Whether a page is a classifieds site's ("… - 黔岫分类网", "桐川信息港 > 医疗健康 > 详情") or stands in a site's
 * section for merchants ("首页 > 邻里公告 > 商家活动", "首页 › 便民服务 › 健康服务"): what it prints is a business's
 * listing, the site only hosts it. Named in the title or the breadcrumb, not in a report's prose about such a
 * site. Read by both the advertiser finder (the listing's business) and the ad decision (a listing is an ad).
 */
public final class ClassifiedsPage {
    private static final String MARK = "分类网|分类信息|信息港|同城网|便民网|便民信息|便民服务|商家黄页|便民广告|分类广告|商家活动";
    private static final Pattern TITLE = Pattern.compile(MARK);
    /** The site as the breadcrumb's first crumb, or the section as any crumb. */
    private static final Pattern CRUMB = Pattern.compile(
            "(?:" + MARK + ")\\s*[›>»]|[›>»]\\s*(?:" + MARK + ")\\s*(?:[›>»]|$)", Pattern.MULTILINE);
    /** A name that is the site's own: "黔岫分类网", "桐川信息港". */
    private static final Pattern SITE_NAME = Pattern.compile("(?:" + MARK + ")$");

    private ClassifiedsPage() {
    }

    /** @param text the page's text, width-folded or as printed */
    public static boolean in(String title, String text) {
        return TITLE.matcher(TextFolder.simplified(title)).find() || CRUMB.matcher(text).find();
    }

    /** Whether {@code name} is such a site's own name, not a business listed on it. */
    public static boolean isSite(String name) {
        return SITE_NAME.matcher(name).find();
    }
}
