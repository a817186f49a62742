package org.medadwatch.detect.ad;

import java.util.regex.Pattern;
import org.medadwatch.detect.text.TextFolder;

/**
 * Whether a page is one of the pages every institution's site keeps about its own administration:
 * a price disclosure it is bound to publish (价格公示; a clinic's 收费标准 is its price list),
 * 院务公开, recruitment, a privacy policy, party work, a conference it hosts, a fire drill or staff
 * training, an error or maintenance page. A crawler following a hospital's site brings these back
 * with the site's chat widget, hotline bar and 预约挂号 menu around them; that furniture is on every
 * page, and the page itself offers no service. A title that also promotes ("价格公示_秋季惠民月",
 * a festival's "三八节项目价格公示") is an offer.
 */
final class SiteAdminPage {
    private static final Pattern TITLE = Pattern.compile(
            "价格公示|医疗服务价格|价格目录|院务公开|招聘|招生简章|招生计划"
            + "|隐私政策|用户协议|服务协议|免责声明|法律声明|版权声明"
            + "|党支部|党总支|党委|党建|主题党日|党员|党风廉政"
            + "|学术年会|学术会议|研讨会"
            // the institution's internal life: drills, staff training, awards, union and blood-drive news
            + "|消防|演练|技能培训|培训及考核|表彰大会|工会|无偿献血"
            + "|404|页面不存在|页面未找到|网站维护|维护中|网站地图");
    /** Offer words, and the festivals and shopping days a clinic's price list is made for ("三八节项目价格公示"). */
    private static final Pattern PROMOTION = Pattern.compile("惠民|优惠|特惠|特价|限时|免费|折扣|\\d折|秒杀|团购|福利|开放预约|预约开启"
            + "|(?:三八|妇女|女神|女王|母亲|父亲|重阳|七夕|情人|中秋|端午|元宵|儿童|教师)节|618|双11|双十一|双12|双十二|院庆|周年庆|开学季");

    private SiteAdminPage() {
    }

    static boolean in(String title) {
        String plain = TextFolder.simplified(title);
        return TITLE.matcher(plain).find() && !PROMOTION.matcher(plain).find();
    }
}
