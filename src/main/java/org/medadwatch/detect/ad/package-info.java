/**
 * Is this page an advertisement, and is it a medical one? {@link org.medadwatch.detect.ad.AdJudge}
 * is the whole public face: it runs an OpenNLP document categorizer over the page text, tokenised
 * as Chinese character bigrams and unigrams ({@link org.medadwatch.detect.ad.CharNgramTokenizer}),
 * and combines its scores with the page's structural signals and facts in
 * {@link org.medadwatch.detect.ad.AdSignals}, a short list of log-odds weights each of which
 * leaves a reason in the {@link org.medadwatch.detect.ad.AdAssessment}. A popular-science page
 * that carries the institution's own booking phone, form or consultation widget is a disguised
 * medical ad (互联网广告管理办法 §7) and is judged as one; a newsroom hotline or a government
 * office's phone is not. The model is trained from {@code rules/classifier/ad-training.txt}.
 */
package org.medadwatch.detect.ad;
