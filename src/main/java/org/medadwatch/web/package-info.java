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
 * GET  /stats ?from&amp;to (YYYY-MM-DD, default the last 30 days), /stats.xlsx ?from&amp;to  analyst
 * GET  /batches, POST /batches  jurisdiction&amp;numbers=…&amp;comment          supervisor
 * GET  /batches/{no}, /batches/{no}/sheet.xlsx, /batches/{no}/sheet.csv (UTF-8 BOM)  supervisor
 * POST /clues/{no}/viewed (签收), /clues/{no}/feedback  outcome&amp;note&amp;date    supervisor
 * GET  /overdue  (deadline: {@link org.medadwatch.web.WebConfig#overdueDays()}, serve --overdue-days)  supervisor
 * GET  /users, POST /users, POST /users/{name}/disable|enable                admin
 * </pre>
 *
 * <h2>Stable element ids and names (for the browser tests)</h2>
 * <ul>
 * <li>login: {@code form#login}, {@code input[name=username]#username}, {@code input[name=password]#password},
 *     {@code button#login-button}, error {@code #login-error}; logout {@code form#logout button#logout-button}</li>
 * <li>every POST form: hidden {@code input[name=_csrf]}</li>
 * <li>list: the scan line {@code p#scan-status} with {@code #scan-last}, {@code #scan-next}, {@code #scan-running}
 *     (while a scan runs) and {@code #scan-failed} (after a failed scheduled scan);
 *     {@code form#filter} with {@code [name=q]#filter-q}, {@code select[name=status]#filter-status},
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
 *     {@code td#jurisdiction-fact[data-source]} (a {@code Jurisdiction.Source} name, {@code MANUAL} when an analyst
 *     set it), {@code ul#other-findings} (the page's other clues, one item each), {@code table#history}</li>
 * <li>archive: {@code #archive-url}, {@code #archive-title}, {@code #archive-text}, {@code iframe#archive-frame[sandbox]}</li>
 * <li>search: {@code form#search input[name=q]}, {@code button#search-button}, {@code #search-count}, {@code ol#search-results}</li>
 * <li>users: {@code table#user-table tr[data-username]}, {@code form#add-user} with {@code #new-username},
 *     {@code #new-password}, {@code select[name=role]#new-role}, {@code button#add-user-button};
 *     {@code button#disable-NAME} / {@code button#enable-NAME}</li>
 * <li>dispatch: {@code form#dispatch} with {@code select[name=jurisdiction]#dispatch-jurisdiction},
 *     {@code table#dispatch-clues tr[data-number] input[name=numbers]} (the CONFIRMED clues; {@code #dispatch-none}
 *     when there are none), {@code textarea[name=comment]#dispatch-comment}, {@code button#dispatch-button};
 *     {@code table#batch-table tr[data-batch]} with {@code a.batch-link}, {@code td.clue-count}; {@code #batch-none}</li>
 * <li>batch: {@code table#batch-facts}, {@code #batch-number}, {@code table#batch-clues tr[data-number]}
 *     ({@code td[data-status]}), {@code a#download-xlsx}, {@code a#download-csv}</li>
 * <li>clue detail, dispatched (supervisor): {@code form#viewed button#mark-viewed}, {@code form#feedback} with
 *     {@code select[name=outcome]#feedback-outcome} (values: {@link org.medadwatch.review.Outcome} names),
 *     {@code textarea[name=note]#feedback-note}, {@code input[name=date][type=date]#feedback-date},
 *     {@code button#feedback-button}; recorded outcome {@code #feedback-recorded[data-outcome]}</li>
 * <li>overdue: {@code #overdue-summary}, {@code table#overdue-table tr[data-number][data-reason]} with
 *     {@code td.reason} (未签收/未处置) and {@code td.days}; {@code #overdue-none}</li>
 * <li>stats: {@code form#stats-period} with {@code #stats-from}, {@code #stats-to}, {@code #stats-button};
 *     {@code #stat-pages}, {@code #stat-ads}, {@code #stat-clues}, {@code #stat-dispatched}, {@code #stat-viewed},
 *     {@code #stat-handled}, {@code #stat-rate} (e.g. {@code 50.0%}); {@code table#stats-by-category tr[data-category]},
 *     {@code table#stats-by-region}, {@code table#stats-by-status tr[data-status]}; inline SVG bar charts
 *     {@code svg#chart-days}, {@code svg#chart-categories} (each bar a {@code rect[data-value]}); {@code a#download-stats}</li>
 * <li>errors: {@code #error}</li>
 * </ul>
 */
package org.medadwatch.web;
