package org.medadwatch.page;

/** Structural hints, read from the markup, that a page solicits patients or buyers. */
public enum PageSignal {
    /** A form that takes a name and phone or date: online booking (预约挂号, 在线预约). */
    BOOKING_FORM,
    /** A live-chat or consultation widget script (商务通, 快商通, 53kf and the like). */
    CONSULT_WIDGET,
    /** A link or button inviting the reader to book or consult (预约, 挂号, 在线咨询). */
    BOOKING_CALL_TO_ACTION,
    /** A phone number labelled as a hotline or consultation line (咨询电话, 24小时热线, 预约电话). */
    CONSULT_PHONE,
    /** An invitation to buy or order (立即购买, 订购热线, 加微信, 扫码下单). */
    PURCHASE_CALL_TO_ACTION,
    /** Prices of services or products (原价/特价/¥/元/疗程价). */
    PRICE_LIST,
    /** The page has the WeChat public-account article layout. */
    WECHAT_ARTICLE,
    /** A thread's post that pushes a private clinic or a product with a phone or WeChat ID beside it (PlantedPosts). */
    PLANTED_POST
}
