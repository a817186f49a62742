package org.medadwatch.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlantedPostsTest {
    private static final String THREAD = String.join("\n",
            "慢性前列腺炎两年了，求各位吧友指条路",
            "夜猫子_1993",
            "1楼 2026-09-03 23:41 来自Android客户端",
            "坐办公室的，两年前开始尿频，去县医院开过药，吃完好一阵又犯。有没有吧友是怎么好的？",
            "回复",
            "杭城阿斌哥",
            "3楼 2026-09-04 09:30",
            "兄弟别乱吃药了，我就是在杭州博康男科医院看好的，三个月就根治了。具体加微信 bk-nk2026 问我，或者直接打0571-86675521说是我介绍的。",
            "回复",
            "泌尿外科小医生",
            "6楼 2026-09-04 12:47",
            "楼上一看就是托，慢性前列腺炎没有哪家能保证根治，去公立医院泌尿外科规范治疗。",
            "回复",
            "©2026 Baidu 京ICP备2011087653号-3");

    @Test
    void theReplyThatVouchesForAClinicWithItsContactIsPlanted() {
        List<PlantedPosts.Post> planted = PlantedPosts.in("慢性前列腺炎两年了_前列腺炎吧", THREAD);
        assertEquals(1, planted.size(), planted::toString);
        String post = THREAD.substring(planted.get(0).start(), planted.get(0).end());
        // the reply with its byline, not the question before it
        assertTrue(post.contains("杭城阿斌哥") && post.endsWith("说是我介绍的。") && !post.contains("有没有吧友"), post);
    }

    /** A reply printed on one line with its floor ("2楼 南门老王：楼主这个是托吧") is its own post: its warning is not the post's above. */
    @Test
    void aReplyOpeningWithItsFloorStartsAPostOfItsOwn() {
        String thread = String.join("\n", "我爸耳鸣十几年，终于找到靠谱的地方了", "楼主：老街坊2019　发表于 2026-10-12 21:07",
                "上个月邻居介绍去了济城华康耳鼻喉医院，在那住了两个疗程，现在耳鸣彻底断根了。",
                "有需要的可以打他们电话 0531-55503317，说是济城论坛看到的，免挂号费。",
                "2楼 南门老王：楼主这个是托吧，注册才三天。", "3楼 楼主：爱信不信，我也是好心。");
        List<PlantedPosts.Post> planted = PlantedPosts.in("我爸耳鸣十几年，终于找到靠谱的地方了 - 济城论坛", thread);
        assertEquals(1, planted.size(), planted::toString);
        String post = thread.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(post.contains("济城华康耳鼻喉医院") && !post.contains("是托"), post);
    }

    /** A doctor given with his WeChat or phone is what the post pushes, though no clinic is named by its kind. */
    @Test
    void aDoctorGivenWithHisContactIsPromoted() {
        String thread = String.join("\n", "分享我的幽门螺杆菌转阴经历", "楼主：阳光小米粥　发表于 2026-10-02",
                "后来同事介绍了东澜养胃堂的郑医生，他们家用的是纯中药，承诺不转阴不收费。",
                "有需要的姐妹可以加郑医生V：13755506213，报我名字有优惠。", "2楼 路人甲", "收藏了，谢谢楼主");
        assertEquals(1, PlantedPosts.in("分享我的幽门螺杆菌转阴经历-胃病吧", thread).size());
    }

    @Test
    void aReplyNamingAClinicByItsShortNameIsPlantedForTheClinicTheThreadNamesInFull() {
        String thread = String.join("\n", "尖锐湿疣冷冻了三次还是复发，到底能不能治好？",
                "匿名用户　提问于 2026-06-21　浏览 3289 次", "提问者采纳 郑医生 · 皮肤性病科主治医师",
                "您好，建议到正规专科医院，比如昆明华仁皮肤病医院采用的综合清除疗法，一次根治不复发。", "回答于 2026-06-21",
                "小鱼儿", "我去年就是在华仁治好的，到现在一年多没复发过，可以去试试，他们电话0871-55530066。",
                "回答于 2026-06-22", "问医问答　京ICP备2015055570号");
        List<PlantedPosts.Post> planted = PlantedPosts.in("尖锐湿疣冷冻了三次还是复发，到底能不能治好？_问医问答", thread);
        assertEquals(1, planted.size(), planted::toString);
        String post = thread.substring(planted.get(0).start(), planted.get(0).end());
        assertEquals(java.util.Optional.of("昆明华仁皮肤病医院"), PlantedPosts.shortNamed(post, thread));
        // a short name that stands in no institution the page names is no one's
        assertEquals(java.util.Optional.empty(), PlantedPosts.shortNamed(post, thread.replace("华仁皮肤病", "康宁皮肤病")));
    }

    @Test
    void aLandlinePrintedInGroupsIsAWayToReachTheClinic() {
        String thread = String.join("\n", "孩子10岁近视300度了，有没有办法恢复视力？", "提问者：青岚**爸爸 2026-09-12 浏览3307",
                "采纳答案", "眼健康小助手 2026-09-12",
                "可以去青岚视康眼科医院看看，青少年近视可以治愈，临床有效率96.8%。现在网上预约免费验光，电话0736-5551 7270。",
                "网友 j***k 2026-09-15", "真性近视是不可逆的，别指望降度数。", "©2026 北京问医互联科技有限公司 京ICP备2017062813号-2");
        assertEquals(1, PlantedPosts.in("孩子10岁近视300度了，有没有办法恢复视力？_问医知道", thread).size());
    }

    /** A picture's caption inside a post does not end it: the product above and the WeChat below are one post's. */
    @Test
    void aPostGoesOnPastAPicturesCaption() {
        String thread = String.join("\n", "颈椎病十年，终于找到救星了", "颈椎十年老病号", "发表于 2026-7-22 09:41",
                "去年底朋友送了个颐颈堂颈椎按摩仪，每天早晚各敷15分钟，半个月把我十年的颈椎病治好了。",
                "楼主亲测，附上我和我爸的使用前后对比。", "使用前后对比",
                "好多朋友私信问哪里买，统一回复：加V：jzkf2026，报论坛名字有优惠。", "路过的小王", "发表于 2026-7-22 11:02",
                "这是广告吧……");
        List<PlantedPosts.Post> planted = PlantedPosts.in("颈椎病十年，终于找到救星了 - 老友健康论坛", thread);
        assertEquals(1, planted.size(), planted::toString);
        String post = thread.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(post.contains("颐颈堂颈椎按摩仪") && post.contains("jzkf2026"), post);
    }

    @Test
    void aQandAAnswerRecommendingAProductWithItsHotlineIsPlanted() {
        String qa = String.join("\n", "灰指甲怎么根治？", "脚大拇指灰指甲三年了，涂了好多药都没用，有没有好办法？",
                "提问者：匿名用户 2026-08-21", "最佳答案", "甲康堂客服 | 采纳率 96%",
                "推荐甲康堂抑菌液，专治灰指甲、甲癣，一个疗程就能长出新甲，无效退款！", "咨询热线 400-812-3456", "其他回答",
                "热心网友", "灰指甲是真菌感染，建议去医院皮肤科查一下真菌，别乱买药水。");
        List<PlantedPosts.Post> planted = PlantedPosts.in("灰指甲怎么根治？_百知道", qa);
        assertEquals(1, planted.size(), planted::toString);
        String answer = qa.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(answer.contains("推荐甲康堂抑菌液") && !answer.contains("脚大拇指"), answer);
    }

    @Test
    void aReplySignedWithTheClinicsNameInItsBylineIsPlanted() {
        String thread = String.join("\n", "我爸老寒腿越来越严重，大家有什么好办法？", "小林同学", "楼主楼 · 发表于 2026-10-11 21:03",
                "我爸七十了，膝盖一到冬天就疼，去医院说是骨关节炎，打针吃药效果一般。", "陈医生-陈氏骨伤诊所", "新手上路",
                "3楼 · 发表于 2026-10-11 21:35", "我家祖传黑膏药，专治老寒腿，三贴见效，五贴断根。加薇信chenshi-gushang或打13831127705",
                "老张的闺女", "6楼 · 发表于 2026-10-12 08:15", "楼上一看就是托，楼主千万别信。");
        List<PlantedPosts.Post> planted = PlantedPosts.in("我爸老寒腿越来越严重 - 燕赵社区论坛", thread);
        assertEquals(1, planted.size(), planted::toString);
        String post = thread.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(post.contains("陈氏骨伤诊所") && post.endsWith("13831127705"), post);
    }

    @Test
    void theOpNamingTheClinicAgainWithItsNumberInAReplyIsPlanted() {
        String thread = String.join("\n", "我妈的腰腿疼好了，说一下经过", "河边老王 | 楼主",
                "腰腿疼了十年，后来朋友介绍去了城南济仁国医堂找李大夫，针了八次就能下地走了。", "小芳妈妈",
                "楼主能说下在哪吗？", "河边老王 | 楼主", "国医堂电话 0571-86551234，报我名字有优惠。", "老刘", "收藏了，谢谢楼主");
        List<PlantedPosts.Post> planted = PlantedPosts.in("我妈的腰腿疼好了 - 城南社区论坛", thread);
        assertEquals(1, planted.size());
        assertTrue(thread.substring(planted.get(0).start(), planted.get(0).end()).contains("报我名字"));
    }

    @Test
    void floorsWithTheirTimesAreAThreadsFurniture() {
        String thread = String.join("\n", "老周", "1楼 2026-05-11 23:01", "尿频半年了，网上问诊靠谱吗？", "路人甲",
                "2楼 2026-05-11 23:20", "还是去线下医院看吧。");
        assertTrue(PlantedPosts.isThread(thread));
        assertEquals(false, PlantedPosts.isThread("1楼大厅设有挂号窗口，2楼为内科诊区。"));
        assertTrue(PlantedPosts.isThread("某某论坛 » 健康养生 » 查看主题\n我爸的经历……\n路人甲\n感谢分享，已收藏。"));
        assertTrue(PlantedPosts.isThread("某某论坛 > 健康养生 > 帖子详情\n痔疮拖了好几年，大家都去哪看的？\n小鱼儿\n楼上说得对"));
    }

    @Test
    void aWarningNamingTheClinicAndItsNumberIsNoPlantedPost() {
        String warning = THREAD.replace("兄弟别乱吃药了，我就是在杭州博康男科医院看好的",
                "千万别去杭州博康男科医院，我在那被坑了八千");
        assertEquals(List.of(), PlantedPosts.in("慢性前列腺炎两年了_前列腺炎吧", warning));
    }

    @Test
    void aPatientRecommendingAPublicHospitalsBookingLineAdvertisesForNoOne() {
        String publicOne = THREAD.replace("杭州博康男科医院", "浙江省人民医院");
        assertEquals(List.of(), PlantedPosts.in("慢性前列腺炎两年了_前列腺炎吧", publicOne));
    }

    @Test
    void onAClinicsOwnSiteNoPostIsPlanted() {
        assertEquals(List.of(), PlantedPosts.in("患者评价_杭州博康男科医院", THREAD));
    }

    @Test
    void aPageWithoutAThreadsFurnitureHasNoPosts() {
        String article = "我就是在杭州博康男科医院看好的，三个月就根治了。具体加微信 bk-nk2026 问我。";
        assertEquals(List.of(), PlantedPosts.in("我的治疗经历", article));
    }

    @Test
    void aNewsPagesFooterWithItsHotlineIsNoPost() {
        String news = String.join("\n", "我市开展医疗美容行业专项检查", "市民就医请认准正规医疗机构",
                "网友评论 举报", "关于我们 | 联系我们 | 网站地图", "新闻热线：0797-8128110");
        assertEquals(List.of(), PlantedPosts.in("我市开展医疗美容行业专项检查_澜江新闻网", news));
    }

    /** A forum whose bylines give the account's age ("注册 5 天") and the time is a thread; the city hospital (市医院) is public. */
    @Test
    void aNewAccountsStoryNamingAPrivateHospitalWithItsPhoneIsPlanted() {
        String thread = String.join("\n", "焦虑症惊恐发作三年，终于好了 - 情感心事 - 察苏论坛", "草原上的小蜜蜂", "注册 5 天",
                "发表于 2026-10-08 14:21", "之前在市医院吃了一年药，一停就犯。今年朋友推荐我去了察苏华康心身医院，三个疗程下来完全没复发。",
                "有同样困扰的朋友可以打他们电话0477-8261339问问，报我名字还能优先安排。", "路人甲乙丙", "发表于 2026-10-08 15:02",
                "第一次发帖就留电话……懂的都懂。", "察苏论坛　蒙ICP备2016002117号-1");
        List<PlantedPosts.Post> planted = PlantedPosts.in("焦虑症惊恐发作三年，终于好了 - 情感心事 - 察苏论坛", thread);
        assertEquals(1, planted.size(), planted::toString);
        String post = thread.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(post.contains("0477-8261339"), post);
    }

    /**
     * "我不是托" is how a planted post disclaims itself, not a warning; a forum's level badge ("Lv3") is a thread's
     * furniture, and a mobile printed in groups ("139 7420 5821") is a contact.
     */
    @Test
    void aPostSayingItIsNoShillWithItsClinicsGroupedNumberIsPlanted() {
        String thread = String.join("\n", "颈椎疼了五年，总算找对地方了（真实经历）", "河边老周 Lv4", "2026-09-12 21:05",
                "先说好我不是托，就是不想大家再走弯路。后来朋友介绍我去了青崖安康推拿馆，推了八次，脖子能转了。",
                "有需要的打 136 0735 2847，说是老周介绍的。", "回复", "青崖小李 Lv2", "顶，我也去看看", "青崖生活论坛 湘ICP备2021003344号");
        List<PlantedPosts.Post> planted = PlantedPosts.in("颈椎疼了五年 - 青崖生活论坛", thread);
        assertEquals(1, planted.size(), planted::toString);
        assertTrue(thread.substring(planted.get(0).start(), planted.get(0).end()).contains("青崖安康推拿馆"));
    }

    /**
     * A news story's comment section: the comment vouching for a clinic by its short name ("在济和堂喝了三个月中药"),
     * with a WeChat ID, is the clinic's ad; readers' other comments are not.
     */
    @Test
    void aCommentUnderANewsStoryNamingAClinicByItsShortNameIsPlanted() {
        String page = String.join("\n", "入秋后痛风进入高发期 医生提醒：控尿酸比止痛更重要",
                "医生提醒，网上一些“偏方一喂就断根”的说法没有依据。", "读者留言", "鹤汀老李",
                "说得对，我就是疼了才吃药，不疼就停，结果越来越频繁。", "10-16 08:21", "清风徐来2026",
                "我爸痛风十几年，去年在济和堂喝了三个月中药，现在一次都没犯过，是拔根的方子。需要的可以加V：jht_1688，真心推荐。",
                "10-16 09:02", "棠江市民小王", "回复 清风徐来2026：又是医托，天天换号发。", "10-16 09:30",
                "清风徐来2026", "济和堂中医诊所就在云溪区文昌路，去了就知道。", "10-16 09:41",
                "棠江晚报社主办　新闻热线：0736-5288110　湘ICP备15003391号-2");
        List<PlantedPosts.Post> planted = PlantedPosts.in("入秋后痛风进入高发期 - 棠江晚报数字版", page);
        assertEquals(1, planted.size(), planted::toString);
        String post = page.substring(planted.get(0).start(), planted.get(0).end());
        assertTrue(post.contains("jht_1688") && !post.contains("医托"), post);
        assertEquals(java.util.Optional.of("济和堂中医诊所"), PlantedPosts.shortNamed(post, page));
    }

    /** A clinic's notice of a session on a forum, its phone in full-width digits and far below its name, is planted. */
    @Test
    void aClinicsNoticeWithAFullWidthPhoneIsPlanted() {
        String page = String.join("\n", "【好消息】退休专家团来棠江巡诊啦！", "康寿健康服务站", "注册时间 2026-9-30",
                "发表于 2026-10-08 07:52", "各位叔叔阿姨：",
                "为回馈社区，棠江康寿中医门诊部特邀退休专家，于１０月１８日、１９日两天在人民路门诊部三楼坐诊，机会难得，错过再等一年！"
                        + "本次坐诊的都是几十年临床经验的老专家，高血压、糖尿病、老寒腿、失眠，调一调，很多老人家回去药都减了一半。",
                "★ 凡到场老人免费测血压、血糖、骨密度", "★ 行动不便的可以打电话，门诊部安排车辆上门接送",
                "报名电话：０７３６－５４１８８２０（王护士）", "名额有限，请带好身份证和社保卡！", "回复　收藏　举报",
                "棠江生活网　客服电话：0736-5200960");
        assertEquals(1, PlantedPosts.in("【好消息】退休专家团来棠江巡诊啦！ - 北门社区 - 棠江生活网", page).size());
    }

    /** A thread's site is its title's last segment, whatever its name says; a page with no thread has none. */
    @Test
    void aThreadsSiteIsNamedByItsTitle() {
        String title = "想做近视手术，全飞秒还是半飞秒？_棠江吧_众吧";
        assertEquals(java.util.Optional.of("众吧"), PlantedPosts.threadSite(title, THREAD));
        assertTrue(PlantedPosts.hostedBy("众吧", title, THREAD));
        assertEquals(java.util.Optional.empty(), PlantedPosts.threadSite(title, "全飞秒手术介绍。术后第二天即可上班。"));
        // the footer's service line is no post's; a reply's phone is
        assertTrue(PlantedPosts.postsLeaveContact(THREAD));
        assertTrue(!PlantedPosts.postsLeaveContact(String.join("\n", "1楼 2026-07-20 22:03",
                "前年在市中心医院眼科做的全飞秒，术后第二天0.8，现在两年了还稳定。", "回复　举报",
                "众吧 是一个兴趣社区　客服电话：400-918-2566　京ICP备2015044219号-1")));
    }
}
