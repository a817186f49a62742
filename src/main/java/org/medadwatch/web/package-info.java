/**
 * The review web UI (Chinese, server-rendered): analysts log in, filter and search clues, read a
 * clue with its evidence in context and its archived page, confirm or dismiss it, change its
 * jurisdiction, one clue or many at once; supervisors dispatch batches and record feedback;
 * admins manage accounts. {@link org.medadwatch.web.WebApp#create} builds the Javalin app from
 * {@link org.medadwatch.web.Services} and hands it out unstarted. Handlers validate their input,
 * make one service call and render with {@link org.medadwatch.web.Html}, whose text and
 * attribute values are always escaped; everything from a crawled page is treated as hostile.
 *
 * <h2>Routes (least role)</h2>
 * <pre>
 * GET  /login, POST /login, POST /logout        public (CSRF-checked; login rate-limited: 429)
 * GET  /clues  ?status&amp;category&amp;region&amp;site&amp;from&amp;to&amp;sort&amp;dir&amp;page&amp;q   analyst
 * POST /clues/bulk  numbers=…&amp;action=confirm|dismiss|jurisdiction          analyst
 * GET  /clues/{no}, POST /clues/{no}/confirm|dismiss|jurisdiction          analyst
 * GET  /clues/{no}/archive (text), /clues/{no}/archive/raw (sandboxed)      analyst
 * GET  /search?q=                                                            analyst
 * GET  /users, POST /users, POST /users/{name}/disable|enable                admin
 * </pre>
 *
 * <h2>Stable element ids and names (for the browser tests)</h2>
 * <ul>
 * <li>login: {@code form#login}, {@code input[name=username]#username}, {@code input[name=password]#password},
 *     {@code button#login-button}, error {@code #login-error}; logout {@code form#logout button#logout-button}</li>
 * <li>every POST form: hidden {@code input[name=_csrf]}</li>
 * <li>list: {@code form#filter} with {@code [name=q]#filter-q}, {@code select[name=status]#filter-status},
 *     {@code select[name=category]#filter-category}, {@code [name=region]#filter-region}, {@code [name=site]#filter-site},
 *     {@code [name=from]#filter-from}, {@code [name=to]#filter-to}, {@code select[name=sort]#filter-sort},
 *     {@code select[name=dir]#filter-dir}, {@code button#filter-button}; totals {@code #clue-total},
 *     {@code #counts-status span[data-status]}, {@code #counts-category span[data-category]};
 *     {@code table#clue-table tr[data-number]} with {@code input[name=numbers]} and {@code a.clue-link};
 *     {@code input#select-all}; {@code #pager a#page-prev / a#page-next}</li>
 * <li>bulk: {@code form#bulk}, {@code button#bulk-confirm}, {@code textarea[name=reason]#bulk-reason},
 *     {@code button#bulk-dismiss}, {@code select[name=jurisdiction]#bulk-jurisdiction-select}, {@code button#bulk-jurisdiction}</li>
 * <li>detail: {@code table#facts}, {@code #page-url}, {@code a#page-link} (only for http/https), {@code #evidence mark},
 *     {@code #basis}, {@code a#view-archive}, {@code form#confirm-form button#confirm}, {@code input[name=comment]#confirm-comment},
 *     {@code form#dismiss-form textarea[name=reason]#reason button#dismiss},
 *     {@code form#jurisdiction-form select[name=jurisdiction]#jurisdiction button#change-jurisdiction},
 *     {@code ul#other-findings}, {@code table#history}</li>
 * <li>archive: {@code #archive-url}, {@code #archive-title}, {@code #archive-text}, {@code iframe#archive-frame[sandbox]}</li>
 * <li>search: {@code form#search input[name=q]}, {@code button#search-button}, {@code #search-count}, {@code ol#search-results}</li>
 * <li>users: {@code table#user-table tr[data-username]}, {@code form#add-user} with {@code #new-username},
 *     {@code #new-password}, {@code select[name=role]#new-role}, {@code button#add-user-button};
 *     {@code button#disable-NAME} / {@code button#enable-NAME}</li>
 * <li>errors: {@code #error}</li>
 * </ul>
 */
package org.medadwatch.web;
