/**
 * The statistical recall booster. The rules are precise but miss phrasings nobody wrote down;
 * {@link org.medadwatch.detect.claims.ClaimBooster} scores each sentence of an ad page with a
 * sentence-level claim classifier (OpenNLP maxent over Han character unigrams, bigrams and
 * trigrams of the folded sentence, one model with a NONE outcome) and, for each category the
 * rules did not find on the page, reports the best sentence above that category's threshold as
 * one LOW finding {@code MODEL-CATEGORY} to be confirmed by an analyst. The model is trained from
 * {@code rules/classifier/claims-training.txt}; the thresholds were chosen on a held-out corpus
 * so that no page without violations gets flagged.
 */
package org.medadwatch.detect.claims;
