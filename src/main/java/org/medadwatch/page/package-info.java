/**
 * The page model shared by the stages: what extraction makes of a fetched or saved page
 * ({@link org.medadwatch.page.ExtractedPage}) and what detection reads. Records only, no logic.
 */
package org.medadwatch.page;
