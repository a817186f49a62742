package org.medadwatch.detect.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplaintTitleTest {
    @Test
    void aTitleThatComplainsOrExposesIsAComplaint() {
        assertTrue(ComplaintTitle.in("沈阳博康男科医院承诺包治，治不好拒不退款 - 消费保投诉平台"));
        assertTrue(ComplaintTitle.in("曝光：某医美机构虚假宣传"));
    }

    @Test
    void anAdsOwnWarningIsNoComplaint() {
        assertFalse(ComplaintTitle.in("别再被坑了，正规植发看这里"));
    }

    @Test
    void theAccusedAnsweringAComplaintSpeaksInItsOwnVoice() {
        assertFalse(ComplaintTitle.in("关于近期网络投诉的情况说明"));
        assertFalse(ComplaintTitle.in("南昌仁济肛肠医院关于网络举报的声明"));
    }
}
