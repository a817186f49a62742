package org.medadwatch.extract;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.page.PageSignal;

/**
 * Reads the structural hints that a page solicits patients or buyers: booking forms, chat
 * widgets, calls to book or buy, labelled hotlines and price lists. Each signal is one small
 * test; none of them is a finding on its own (a public hospital may well have a booking form),
 * detection weighs them.
 */
final class SignalFinder {
    private static final Pattern FORM_FIELD = Pattern.compile(
            "(?i)name|tel|phone|mobile|date|姓名|名字|电话|手机|联系方式|日期|时间|年龄|病情|症状");
    private static final Pattern FORM_SUBMIT = Pattern.compile("预约|提交|挂号|报名|咨询|登记");
    /** Chat tools seen on private-hospital sites: 商务通 (swt, zoosnet, LR_), 53kf, 快商通, live800, 乐语 ... */
    private static final Pattern WIDGET_SCRIPT = Pattern.compile(
            "(?i)swt|shangwutong|商务通|zoosnet|53kf|\\bkf|kf\\d|kf[._/-]|kefu|qiao|\\bLR_|lrkf|kuaishang|快商通|live800"
            + "|looyu|乐语|talk99|udesk|meiqia|easemob|onlineservice|chat\\.");
    private static final Pattern FLOATING = Pattern.compile("(?i)float|fixed|kefu|online|swt|side-?bar|right-?bar");
    private static final Pattern BOOKING_CTA = Pattern.compile(
            "预约挂号|在线预约|在线挂号|网上挂号|在线咨询|立即咨询|免费咨询|点击咨询|咨询医生|咨询专家|预约专家|立即预约|马上预约|点击预约|立即挂号");
    /**
     * A label that invites the reader to call: 咨询电话, 预约热线, and the looser forms of the same
     * invitation (预约专家号, 挂号专线, 就诊热线, 专家电话, 戒酒咨询, 预约陈主任).
     */
    /** The place's own number as a patient passes it on: "他们家电话", "医院电话", "助理微信". */
    static final String OWN_NUMBER_LABEL = "(?:医院|诊所|门诊部?|他们家|他家|她家|院方|助理)的?(?:电话|热线|微信|手机)";
    private static final Pattern HOTLINE = Pattern.compile(
            "咨询电话|咨询热线|预约电话|预约热线|24小时|服务热线|订购热线|订购电话|客服热线|客服电话|免费热线|热线电话|健康热线|医生微信"
            + "|" + OWN_NUMBER_LABEL
            + "|(?:预约|挂号|咨询|问诊|就诊|就医|求诊|专家|名医|主任|医生|报名|订购|购买)\\p{IsHan}{0,3}?(?:电话|热线|专线|手机|微信|号)\\s?[:：]?"
            + "|(?:预约|咨询|挂号|报名)\\p{IsHan}{0,4}?[:：]"
            // a shop's customer service: "客服：020-…", "在线客服：" (not a listing's "联系人：刘先生", which a shop to let
            // or a notice prints as well)
            + "|客服\\s?[:：]"
            // a post passing on how to book: "贴一下我当时的预约方式，需要的自取："
            + "|(?:预约|挂号)方式[^。！？!?\\n]{0,10}?[:：]"
            // an invitation to call: "报名请拨打：", "拿不准的打我们热线", "欢迎致电", "或者打电话0871-…咨询"
            + "|拨打|致电|打电话|打(?:我们|我|咱们|店里|本店)的?(?:热线|电话|专线)"
            // a sales adviser's line: "会籍顾问：", "健康顾问电话："
            + "|顾问(?:电话|热线|手机|微信)?\\s?[:：]"
            // any hotline by its topic: 心理热线, 男科热线, 康复专线, VIP专线; not a newsroom's or an office's
            + "|(?<=[\\p{IsHan}A-Za-z])(?<!报料|爆料|新闻|举报|投诉|监督|值班)(?:热线|专线)\\s?[:：]");
    /**
     * Another field's label starting after a hotline label: "急诊科：…（24小时） 投诉受理：0796-…". The
     * number after it is that field's (a complaint desk's, an office's), not the hotline's. A label that
     * names whom to call ("张医生：", "客服微信：") continues the hotline and does not cut it.
     */
    private static final Pattern NEXT_FIELD = Pattern.compile(
            "[^\\p{IsHan}0-9]\\s*(\\p{IsHan}{2,8})\\s?[:：]");
    /** WeChat as sellers write it to slip past keyword filters: 薇信, 威信, V信, vx. */
    private static final String WECHAT = "(?:微信|薇信|威信|徽信|[vV]信|[vVwW][xX])";
    private static final Pattern CONTACT_FIELD = Pattern.compile("医生|大夫|主任|专家|老师|客服|服务|电话|手机|热线|专线|咨询|预约|挂号|" + WECHAT);
    private static final Pattern PURCHASE_CTA = Pattern.compile(
            "立即购买|立即订购|马上订购|马上抢购|立即抢购|加入购物车|加V|加v|(?:添?加|联系)(?:客服|老师|助理|顾问|店长|我)?的?" + WECHAT + "|(?<!诊间)扫码(?!缴费|支付|付款|结算|签到|取号)|订购热线|订购电话|下单"
            // live commerce: the numbered product link, the yellow cart, "拍下即送"
            + "|[0-9一二三四五六七八九十]号链接|小黄车|购物车|点击(?:下方)?链接|拍下(?:即|立|就|再|后|的家人|的朋友)"
            + "|拍[一二两三四五六七八九十\\d]+(?:盒|件|单|瓶|套|份)"
            // a social seller's "DM me": "回购直接私我", "找我拿货", "私❤或者+V：shou_0312", a reply's "私你了"
            + "|私我|私信我(?:下单|拿|买|订)|找我(?:拿货|下单|订)|私[❤♥💗💕]|私你了|\\+\\s?[vV](?:信)?\\s?[:：]?\\s?[A-Za-z0-9_-]{5,}"
            // a note's shopping card: "左下角商品卡可以直接拍", "去购买 >", "评论区扣1我私你链接"
            + "|商品卡|去购买|(?:私|发)你链接");
    /** A WeChat ID to consult on, which serves as a hotline does: "諮詢微信：chenshi_zy", "预约医生微信：km-kq8866". */
    private static final Pattern CONSULT_WECHAT_ID = Pattern.compile(
            "(?:咨询|预约|挂号|问诊|医生|专家|主任|大夫|助理|顾问)\\p{IsHan}{0,2}?" + WECHAT + "号?\\s?[:：]\\s?[A-Za-z][-_A-Za-z0-9]{5,19}");
    /**
     * A seller's "DM me to sign up" in a group chat or a post, with the number or WeChat ID to do it on close
     * by: "想报名的私聊我，微信 zhenyan_vip，电话 025-84461120". It invites a reply as a hotline does.
     */
    private static final Pattern SIGN_UP_BY_MESSAGE = Pattern.compile(
            "(?:报名|预约|咨询|想做|想打)[^。！？!?\\n]{0,6}?(?:私聊|私信|私|联系|找|加)(?:我|群主|顾问|客服|老师|助理)"
            + "[^。！？!?\\n]{0,40}?(?:" + WECHAT + "号?\\s?[:：]?\\s?[A-Za-z][-_A-Za-z0-9]{5,19}|\\d{3,4}[- ]?\\d{7,8}|1[3-9]\\d{9})");
    /** A number that is also the seller's WeChat: "電話：0757-83361205（微信同號）". Offices print no such thing. */
    private static final Pattern PHONE_ALSO_WECHAT = Pattern.compile("\\d{4}\\s?[)）]?\\s?[（(]?(?:微信同号|同微信|微信同步|可加微信)");
    private static final Pattern PRICE = Pattern.compile("[¥￥]\\s?\\d|\\d(?:\\.\\d+)?\\s?元");
    private static final Pattern PRICE_WORD = Pattern.compile(
            "原价|特价|仅需|只需|疗程价|优惠价|会员价|促销价|特惠价|活动价|折后价|体验价|秒杀价|价格|价目|收费标准|套餐[:：]|单次"
            + "|专属价|直播价|到手价|券后价"
            // a price by the dose or piece, as a clinic prices its decoction or a shop its sachets: "每剂15元"
            + "|每(?:剂|贴|盒|瓶|支|袋|疗程|个|次)\\s?\\d+(?:\\.\\d+)?\\s?元");

    private final PhoneFinder phones;

    SignalFinder(PhoneFinder phones) {
        this.phones = phones;
    }

    /** The signals {@code doc} (whose visible text is {@code text}) shows, WECHAT_ARTICLE aside. */
    Set<PageSignal> find(Document doc, String visibleText) {
        // the signals' words are written in simplified characters and half-width digits: a page in traditional ones
        // (訂購熱線) reads as its twin, a full-width phone (预约热线：０３５４－６２２８９０１) as a phone
        String text = TextFolder.simplified(WidthFolder.fold(visibleText));
        Set<PageSignal> signals = EnumSet.noneOf(PageSignal.class);
        if (hasBookingForm(doc)) {
            signals.add(PageSignal.BOOKING_FORM);
        }
        if (hasConsultWidget(doc)) {
            signals.add(PageSignal.CONSULT_WIDGET);
        }
        if (hasBookingCallToAction(doc)) {
            signals.add(PageSignal.BOOKING_CALL_TO_ACTION);
        }
        if (hasConsultPhone(text) || CONSULT_WECHAT_ID.matcher(text).find() || PHONE_ALSO_WECHAT.matcher(text).find()
                || SIGN_UP_BY_MESSAGE.matcher(text).find()) {
            signals.add(PageSignal.CONSULT_PHONE);
        }
        if (PURCHASE_CTA.matcher(text).find()) {
            signals.add(PageSignal.PURCHASE_CALL_TO_ACTION);
        }
        if (PRICE.matcher(text).find() && PRICE_WORD.matcher(text).find()) {
            signals.add(PageSignal.PRICE_LIST);
        }
        return signals;
    }

    private static boolean hasBookingForm(Document doc) {
        for (Element form : doc.select("form")) {
            boolean personalField = false;
            for (Element field : form.select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea")) {
                String describe = field.attr("name") + " " + field.id() + " " + field.attr("placeholder")
                        + " " + labelFor(form, field);
                personalField |= FORM_FIELD.matcher(describe).find();
            }
            String submits = form.select("button, input[type=submit], input[type=button], input[type=image]").stream()
                    .map(e -> e.text() + " " + e.attr("value") + " " + e.attr("alt"))
                    .reduce("", String::concat);
            if (personalField || FORM_SUBMIT.matcher(submits).find()) {
                return true;
            }
        }
        return false;
    }

    private static String labelFor(Element form, Element field) {
        if (!field.id().isEmpty()) {
            Element label = form.selectFirst("label[for=" + field.id() + "]");
            if (label != null) {
                return label.text();
            }
        }
        Element parentLabel = field.closest("label");
        if (parentLabel != null) {
            return parentLabel.text();
        }
        Element previous = field.previousElementSibling();
        return previous == null ? "" : previous.text();
    }

    private static boolean hasConsultWidget(Document doc) {
        for (Element script : doc.select("script")) {
            if (WIDGET_SCRIPT.matcher(script.attr("src")).find()) {
                return true;
            }
            String code = script.data();
            if (code.contains("商务通") || code.contains("LR_") || code.contains("53kf") || code.contains("kuaishang")
                    || code.contains("live800") || code.contains("looyu") || code.contains("zoosnet")) {
                return true;
            }
        }
        for (Element e : doc.select("[class], [id], [style]")) {
            String where = e.className() + " " + e.id() + " " + e.attr("style");
            if (FLOATING.matcher(where).find() && e.text().contains("在线咨询")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A booking link or button in the page's own content. The 预约挂号 item of a site's header or
     * menu is on every page of a hospital's site, its doctors' profiles and guides included: it
     * says the site takes bookings, not that this page solicits (医疗广告认定指南).
     */
    private static boolean hasBookingCallToAction(Document doc) {
        for (Element e : doc.select("a, button, input[type=button], input[type=submit]")) {
            String label = TextFolder.simplified(e.text() + " " + e.attr("value") + " " + e.attr("title"));
            if (BOOKING_CTA.matcher(label).find() && !inSiteChrome(e)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CHROME_CLASS = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|menu|header|topbar|top)(?:$|[-_\\s])");

    private static boolean inSiteChrome(Element e) {
        for (Element a : e.parents()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("header")
                    || CHROME_CLASS.matcher(a.className()).find() || CHROME_CLASS.matcher(a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasConsultPhone(String text) {
        Matcher label = HOTLINE.matcher(text);
        while (label.find()) {
            int end = Math.min(text.length(), label.end() + 24);
            if (!phones.find(ownField(text.substring(label.end(), end))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** What follows a hotline label up to the next field's label, if another field starts there. */
    private static String ownField(String after) {
        Matcher next = NEXT_FIELD.matcher(after);
        while (next.find()) {
            if (!CONTACT_FIELD.matcher(next.group(1)).find()) {
                return after.substring(0, next.start());
            }
        }
        return after;
    }
}
