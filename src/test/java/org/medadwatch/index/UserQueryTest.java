package org.medadwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {
    @Test
    void quotesMakeOnePhraseAndSpacesSplit() {
        assertEquals(List.of("无痛人流", "治愈率"), UserQuery.phrases(" 无痛人流　治愈率 "));
        assertEquals(List.of("治愈率 99%", "根治"), UserQuery.phrases("\"治愈率 99%\" 根治"));
        assertEquals(List.of("未闭合"), UserQuery.phrases("\"未闭合"));
        assertEquals(List.of("中文引号"), UserQuery.phrases("“中文引号”"));
        assertEquals(List.of(), UserQuery.phrases("\"\"   "));
    }
}
