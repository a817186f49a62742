/**
 * The bundled demo: invented hospital, salon, shop and news sites and public-account articles,
 * served from the jar on loopback addresses, for the {@code demo} command and for tests that
 * need a realistic site to scan.
 */
package org.medadwatch.demo;
