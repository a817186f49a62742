package org.medadwatch.crawl;

import org.medadwatch.page.HttpHeader;
import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.UrlResolver;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crawler4j's fetch step, replaced. For a page URL it follows redirects itself (bounded, loop
 * and scope checked), sends conditional headers from {@link RevisitHints}, refuses non-HTML and
 * oversized bodies while streaming, and keeps the raw bytes for {@link FetchedPage}. Anything
 * that yields no page is reported to the listener here, and crawler4j sees a non-2xx status.
 * robots.txt requests go to crawler4j's own fetch unchanged.
 */
final class RawPageFetcher extends PageFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(RawPageFetcher.class);
    /** Status handed to crawler4j for URLs already reported: not 2xx, not a redirect it follows. */
    static final int REPORTED = 599;
    private static final int SNIFF_BYTES = 1024;

    private final CrawlRun run;
    private final RequestConfig requestConfig;

    RawPageFetcher(CrawlConfig config, BasicURLNormalizer normalizer, CrawlRun run)
            throws GeneralSecurityException {
        super(config, normalizer);
        this.run = run;
        this.requestConfig = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setConnectTimeout(Timeout.of(run.settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(run.settings.readTimeout()))
                .setConnectionRequestTimeout(Timeout.of(run.settings.connectTimeout()))
                .build();
    }

    @Override
    public PageFetchResult fetchPage(WebURL webUrl)
            throws InterruptedException, IOException, PageBiggerThanMaxSizeException, URISyntaxException {
        String url = webUrl.getURL();
        if (isRobotsTxt(url)) {
            return super.fetchPage(webUrl);
        }
        run.clearCurrent();
        PageFetchResult result = new PageFetchResult(false);
        result.setFetchedUrl(url);
        Optional<SeedRegistry.SeedState> seed = run.seeds.find(url);
        if (seed.isEmpty()) {
            LOG.warn("no seed owns {}; skipped", url);
            result.setStatusCode(REPORTED);
            return result;
        }
        Optional<CrawlRun.Fetched> page = fetchFollowingRedirects(seed.get(), url);
        if (page.isEmpty()) {
            result.setStatusCode(REPORTED);
            return result;
        }
        CrawlRun.Fetched f = page.get();
        run.setCurrent(f);
        result.setStatusCode(200);
        // crawler4j keeps its own bookkeeping under the requested URL; the page carries the final one
        result.setFetchedUrl(url);
        result.setResponseHeaders(f.headers().stream()
                .map(h -> new BasicHeader(h.name(), h.value())).toArray(Header[]::new));
        result.setEntity(new ByteArrayEntity(f.body(), ContentType.TEXT_HTML));
        return result;
    }

    private static boolean isRobotsTxt(String url) {
        try {
            return "/robots.txt".equals(URI.create(url).getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The page, or empty after reporting why there is none. */
    private Optional<CrawlRun.Fetched> fetchFollowingRedirects(SeedRegistry.SeedState seed, String startUrl)
            throws InterruptedException {
        List<String> chain = new ArrayList<>();
        String url = startUrl;
        while (true) {
            Step step = fetchOnce(seed, url, chain);
            if (step.page != null) {
                return Optional.of(step.page);
            }
            if (step.location == null) {
                return Optional.empty();
            }
            chain.add(url);
            Optional<String> next = run.normalizer.normalize(UrlResolver.resolveUrl(url, step.location));
            if (next.isEmpty()) {
                run.failed(seed, startUrl, FetchOutcome.REDIRECTED, "unusable Location: " + step.location);
                return Optional.empty();
            }
            String target = next.get();
            if (chain.contains(target)) {
                run.failed(seed, startUrl, FetchOutcome.REDIRECT_LOOP, "redirects back to " + target
                        + " after " + chain.size() + " hop(s)");
                return Optional.empty();
            }
            if (chain.size() > run.settings.maxRedirects()) {
                run.failed(seed, startUrl, FetchOutcome.REDIRECT_LOOP,
                        "more than " + run.settings.maxRedirects() + " redirects");
                return Optional.empty();
            }
            if (!SeedRegistry.sameSite(seed.seedUrl, target)) {
                run.failed(seed, startUrl, FetchOutcome.REDIRECTED, "to " + target + ", outside the seed's site");
                return Optional.empty();
            }
            Optional<String> trap = seed.traps.check(target);
            if (trap.isPresent()) {
                run.failed(seed, startUrl, FetchOutcome.TRAP, "redirect to " + target + ": " + trap.get());
                return Optional.empty();
            }
            if (!run.robotsAllow(target)) {
                run.failed(seed, startUrl, FetchOutcome.ROBOTS_DISALLOWED, "redirect to " + target
                        + " disallowed by robots.txt");
                return Optional.empty();
            }
            if (!run.claimRedirectTarget(target)) {
                run.failed(seed, startUrl, FetchOutcome.REDIRECTED, "to " + target + ", crawled under that name");
                return Optional.empty();
            }
            url = target;
        }
    }

    /** One request: a page, a Location to follow, or neither (already reported). */
    private record Step(CrawlRun.Fetched page, String location) {
    }

    private Step fetchOnce(SeedRegistry.SeedState seed, String url, List<String> chain)
            throws InterruptedException {
        HttpGet get;
        try {
            get = new HttpGet(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            run.failed(seed, url, FetchOutcome.CONNECTION_FAILED, "malformed URL: " + e.getMessage());
            return new Step(null, null);
        }
        get.setConfig(requestConfig);
        get.setHeader("User-Agent", run.settings.userAgent());
        get.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
        get.setHeader("Accept-Language", "zh-CN,zh;q=0.9");
        run.hints.find(url).ifPresent(v -> {
            v.etag().ifPresent(e -> get.setHeader("If-None-Match", e));
            v.lastModified().ifPresent(m -> get.setHeader("If-Modified-Since", m));
        });
        run.politeness.await(get.getAuthority() == null ? url : get.getAuthority().toString());
        HttpClientContext context = HttpClientContext.create();
        @SuppressWarnings("deprecation")
        CloseableHttpResponse response = execute(get, context, seed, url);
        if (response == null) {
            return new Step(null, null);
        }
        try {
            int status = response.getCode();
            List<HttpHeader> headers = new ArrayList<>();
            for (Header h : response.getHeaders()) {
                headers.add(new HttpHeader(h.getName(), h.getValue()));
            }
            if (status >= 300 && status < 400 && status != 304) {
                Header location = response.getFirstHeader("Location");
                if (location != null && isFollowed(status)) {
                    return new Step(null, location.getValue());
                }
                run.failed(seed, url, FetchOutcome.REDIRECTED, "HTTP " + status + " without a usable Location");
                return new Step(null, null);
            }
            FetchOutcome outcome = FetchOutcome.fromHttpStatus(status);
            if (outcome != FetchOutcome.FETCHED) {
                run.failed(seed, url, outcome, Optional.of(status), "HTTP " + status + " " + response.getReasonPhrase());
                return new Step(null, null);
            }
            Optional<String> contentType = Optional.ofNullable(response.getFirstHeader("Content-Type"))
                    .map(Header::getValue);
            if (contentType.isPresent() && !isHtmlType(contentType.get())) {
                run.failed(seed, url, FetchOutcome.NOT_HTML, "Content-Type " + contentType.get());
                return new Step(null, null);
            }
            HttpEntity entity = response.getEntity();
            long declared = entity == null ? 0 : entity.getContentLength();
            int max = run.settings.maxPageBytes();
            if (declared > max) {
                run.failed(seed, url, FetchOutcome.TOO_LARGE, "Content-Length " + declared + " > " + max);
                get.cancel();
                return new Step(null, null);
            }
            byte[] body;
            try {
                body = entity == null ? new byte[0] : readBounded(entity, max);
            } catch (IOException e) {
                run.failed(seed, url, FetchOutcome.fromException(e), "reading body: " + e);
                get.cancel();
                return new Step(null, null);
            }
            if (body == null) {
                run.failed(seed, url, FetchOutcome.TOO_LARGE, "body exceeds " + max + " bytes");
                get.cancel();
                return new Step(null, null);
            }
            Optional<String> binary = binarySignature(body);
            if (binary.isPresent()) {
                run.failed(seed, url, FetchOutcome.NOT_HTML, binary.get() + " served as "
                        + contentType.orElse("no Content-Type"));
                return new Step(null, null);
            }
            return new Step(new CrawlRun.Fetched(seed, url, status, headers, contentType, body,
                    Instant.now(run.clock), requestText(context, get), chain), null);
        } finally {
            try {
                response.close();
            } catch (IOException e) {
                LOG.debug("closing response for {}: {}", url, e.toString());
            }
        }
    }

    @SuppressWarnings("deprecation")
    private CloseableHttpResponse execute(HttpGet get, HttpClientContext context, SeedRegistry.SeedState seed,
            String url) {
        try {
            return httpClient.execute(get, context);
        } catch (IOException e) {
            run.failed(seed, url, FetchOutcome.fromException(e), e.toString());
            return null;
        } catch (RuntimeException e) {
            run.failed(seed, url, FetchOutcome.CONNECTION_FAILED, e.toString());
            return null;
        }
    }

    private static boolean isFollowed(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static boolean isHtmlType(String contentType) {
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mime.isEmpty() || mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }

    /** The body, or null when it grows past {@code max} (reading stops there). */
    private static byte[] readBounded(HttpEntity entity, int max) throws IOException {
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(Math.max(entity.getContentLength(), 8192), max));
            byte[] buf = new byte[16384];
            int total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Names a binary format recognised at the start of the body; empty for text. */
    static Optional<String> binarySignature(byte[] body) {
        if (startsWith(body, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(body, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(body, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF image");
        }
        if (startsWith(body, '%', 'P', 'D', 'F')) {
            return Optional.of("PDF document");
        }
        if (startsWith(body, 'P', 'K', 3, 4)) {
            return Optional.of("ZIP archive");
        }
        int n = Math.min(body.length, SNIFF_BYTES);
        int control = 0;
        boolean utf16 = startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF);
        for (int i = 0; i < n && !utf16; i++) {
            int b = body[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary content (NUL bytes)");
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n ? Optional.of("binary content (control bytes)") : Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The request line and headers as sent, after the client added its own. */
    private static String requestText(HttpClientContext context, HttpGet get) {
        HttpRequest sent = context.getRequest() != null ? context.getRequest() : get;
        StringBuilder sb = new StringBuilder();
        sb.append(sent.getMethod()).append(' ').append(get.getRequestUri()).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (Header h : sent.getHeaders()) {
            host |= h.getName().equalsIgnoreCase("Host");
            sb.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (!host && get.getAuthority() != null) {
            sb.insert(sb.indexOf("\r\n") + 2, "Host: " + get.getAuthority() + "\r\n");
        }
        return sb.append("\r\n").toString();
    }
}
