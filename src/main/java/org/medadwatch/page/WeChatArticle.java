package org.medadwatch.page;

import java.util.Optional;

/** The parts of a WeChat public-account (公众号) article page. */
public record WeChatArticle(String title, String account, Optional<String> publishTime, String body) {
}
