package org.medadwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.medadwatch.page.PageSignal;

class SignalFinderTest {
    private final SignalFinder finder = new SignalFinder(new PhoneFinder());
    private final VisibleTextRenderer renderer = new VisibleTextRenderer();

    private Set<PageSignal> signals(String html) {
        Document doc = Jsoup.parse(html);
        return finder.find(doc, renderer.render(doc));
    }

    @Test
    void plainArticleHasNoSignals() {
        assertEquals(Set.of(), signals("<p>慢性胃炎是消化科的常见病。</p><form><input name=q><button>搜索</button></form>"));
    }

    @Test
    void formAskingForNameAndPhoneIsABookingForm() {
        assertEquals(Set.of(PageSignal.BOOKING_FORM),
                signals("<form><input name=xm placeholder=请输入姓名><input name=sj></form>"));
    }

    @Test
    void formWithBookingSubmitIsABookingForm() {
        assertEquals(Set.of(PageSignal.BOOKING_FORM), signals("<form><input name=a><input type=submit value=提交></form>"));
    }

    @Test
    void chatScriptIsAConsultWidget() {
        assertEquals(Set.of(PageSignal.CONSULT_WIDGET),
                signals("<script src=\"http://pht.zoosnet.net/JS/LsJS.aspx?siteid=PHT1\"></script><p>正文</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_WIDGET), signals("<script>var LR_sitename='x';</script>"));
        assertEquals(Set.of(PageSignal.CONSULT_WIDGET),
                signals("<script src=\"//www.53kf.com/kf.php?arg=123\"></script>"));
    }

    @Test
    void floatingOnlineConsultBoxIsAConsultWidget() {
        assertEquals(Set.of(PageSignal.CONSULT_WIDGET),
                signals("<div class=float-box style=\"position:fixed\"><span>在线咨询</span></div>"));
    }

    @Test
    void bookingLinkIsACallToAction() {
        assertEquals(Set.of(PageSignal.BOOKING_CALL_TO_ACTION), signals("<a href=/yy>预约挂号</a>"));
        assertEquals(Set.of(PageSignal.BOOKING_CALL_TO_ACTION), signals("<button>免费咨询</button>"));
    }

    @Test
    void theBookingItemOfASitesHeaderOrMenuIsNoCallToActionOfThePage() {
        assertEquals(Set.of(), signals("<div class=\"hos-top\"><span>某某市第一人民医院</span><a>预约挂号</a></div>"
                + "<p>陈明华，主任医师。出诊时间：周二上午</p>"));
        assertEquals(Set.of(), signals("<nav><a href=/yy>在线预约</a></nav><p>专家介绍</p>"));
        assertEquals(Set.of(PageSignal.BOOKING_CALL_TO_ACTION),
                signals("<nav><a href=/>首页</a></nav><div class=\"content\"><a href=/yy>立即预约</a></div>"),
                "a booking button in the page's own content still solicits");
    }

    @Test
    void aSocialSellersDmMeIsAPurchaseCallToAction() {
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>一盒30包，三盒一周期，老顾客回购直接私我～</p>"));
        assertEquals(Set.of(), signals("<p>有问题可以私信我们的客服</p>"));
    }

    @Test
    void aPostPassingOnHowToBookIsAConsultPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE),
                signals("<p>贴一下我当时的预约方式，需要的自取：某某医院睡眠中心 0571-86917000</p>"));
    }

    @Test
    void aSellersDmMeToSignUpWithItsNumberIsAConsultPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE),
                signals("<p>想报名的私聊我，微信 zhenyan_vip，电话 025-84461120</p>"));
        assertEquals(Set.of(), signals("<p>想报名的私聊我</p>"), "no number to reply on");
    }

    @Test
    void phoneAfterHotlineLabelIsAConsultPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>24小时咨询热线：0571-87163320</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>VIP专线：0793-6299399</p>"), "a hotline by its Latin name");
        assertEquals(Set.of(), signals("<p>举报电话：0598-8236510</p>"));
    }

    @Test
    void looserInvitationsToCallAreConsultPhones() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>预约专家号：0515-88213366（某某肿瘤医院）</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>戒酒咨询：0758-2851120（24小时）</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>挂号专线 0871-63018899</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>专家手机：18951506120</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>心理热线：0731-88620477</p>"), "a hotline by its topic");
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>男科专线：0731-88620477</p>"));
        assertEquals(Set.of(), signals("<p>报料热线：027-86771100</p>"), "a newsroom's line");
        assertEquals(Set.of(), signals("<p>值班室：0598-8236510</p>"));
        assertEquals(Set.of(), signals("<p>预约挂号请通过医院公众号办理</p>"));
    }

    @Test
    void aNumberUnderAnotherFieldsLabelIsNotTheHotlines() {
        // a guide's contact list: the emergency desk's hours, then the complaint desk's own number
        assertEquals(Set.of(), signals("<p>急诊科：0797-6612120（24小时） 投诉受理：0797-6612006</p>"));
        assertEquals(Set.of(), signals("<p>预约挂号方式见下。咨询： 院办 收费处：0797-6612001</p>"));
        // whom to call continues the hotline
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>24小时咨询：\n李医生：13907971234</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>24小时 服务：0797-6612888</p>"));
    }

    @Test
    void anInstitutionsNumberPassedOnInAPostIsAConsultPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>想去的打他们家电话 0591-83307722 就行</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>或者打医院电话 025-84660000</p>"));
        assertEquals(Set.of(), signals("<p>他们家离地铁站很近</p>"));
    }

    @Test
    void anInvitationToCallIsAConsultPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>报名请拨打：0452-2419908</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>拿不准的打我们热线 400-117-3265</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>欢迎致电 0592-2093318 了解详情</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>会籍顾问：010-85296631 / 13701157820</p>"));
        assertEquals(Set.of(), signals("<p>出现胸痛请立即拨打120</p>"), "no number of the page's own");
        assertEquals(Set.of(), signals("<p>拨打电话时请注意礼貌</p>"));
    }

    @Test
    void orderingWordsAreAPurchaseCallToAction() {
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>库存有限，立即订购！</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>详情请加微信了解</p>"));
        // WeChat spelt to slip past keyword filters, with whom to add in between
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>👉添加客服薇信：fuan2025</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>想要的联系老师vx：abc123</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>想要的私❤或者+V：shoushou_0312</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>多少钱一支呀</p><p>私你了宝</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>地址：長沙市開福區湘雅路206號</p><p>諮詢微信：chenshi_zy</p>"));
        assertEquals(Set.of(), signals("<p>关注我们的微信公众号：rmrb2026</p>"));
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>電話：0757-83361205（微信同號）</p>"));
        assertEquals(Set.of(), signals("<p>蔷薇信步开满了小院</p>"));
        // a note's shopping card
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>👇左下角商品卡可以直接拍，评论区扣1我私你链接～</p>"));
    }

    @Test
    void liveCommerceLinksAreAPurchaseCallToAction() {
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>1号链接：桑叶玉米须茶</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>点小黄车，今晚拍下再送一盒</p>"));
        assertEquals(Set.of(), signals("<p>记者拍下了现场的照片</p>"));
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>拍两盒再减30，点左下角购物车</p>"));
    }

    @Test
    void aShopsCustomerServiceLineIsAWayToRespond() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>广州某日化有限公司　客服：020-3000-8866</p>"));
        assertEquals(Set.of(), signals("<p>电话：020-3000-8866</p>"));
        assertEquals(Set.of(), signals("<p>门面转让，房东直租。联系人：刘先生　电话：13907930000</p>"));
    }

    @Test
    void payingByScanningIsNoPurchaseCallToAction() {
        assertEquals(Set.of(PageSignal.PURCHASE_CALL_TO_ACTION), signals("<p>扫码添加顾问微信</p>"));
        assertEquals(Set.of(), signals("<p>缴费（诊间扫码、自助机或窗口）</p>"));
        assertEquals(Set.of(), signals("<p>请在诊区扫码签到后候诊</p>"));
    }

    @Test
    void pricesWithPriceWordsAreAPriceList() {
        assertEquals(Set.of(PageSignal.PRICE_LIST), signals("<p>水光针原价1980元，特价980元</p>"));
        assertEquals(Set.of(PageSignal.PRICE_LIST), signals("<p>疗程价 ¥1580</p>"));
        assertEquals(Set.of(PageSignal.PRICE_LIST), signals("<p>今天直播间专属价 ¥129 一盒</p>"));
        assertEquals(Set.of(), signals("<p>前后花了四万多元，病情反而加重了。</p>"));
    }

    /** A clinic prices its decoction by the dose and its sachets by the piece, with no word for price. */
    @Test
    void pricesByTheDoseAreAPriceList() {
        assertEquals(Set.of(PageSignal.PRICE_LIST), signals("<p>防疫汤：成人每剂15元，可代煎。香囊每个20元。</p>"));
        assertEquals(Set.of(), signals("<p>每个孩子都领到了一本手册，前后花了四万多元。</p>"));
    }

    @Test
    void aBookingLineInFullWidthDigitsIsAConsultationPhone() {
        assertEquals(Set.of(PageSignal.CONSULT_PHONE), signals("<p>预约热线：０３５４－６２２８９０１</p><p>地址：岚泽市澄河区新建北路88号</p>"));
    }

    @Test
    void scanningToSettleWithAnInsuranceCodeIsNoCallToBuy() {
        assertEquals(Set.of(), signals("<p>本公司医保定点门店全面支持医保电子凭证扫码结算。</p>"));
    }
}
