package org.medadwatch.web;

/** A request that cannot be served, with the status and the message (Chinese) the page shows. */
public final class WebException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public WebException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    static WebException badRequest(String message) {
        return new WebException(400, "请求有误", message);
    }

    static WebException notFound(String message) {
        return new WebException(404, "未找到", message);
    }

    static WebException forbidden(String message) {
        return new WebException(403, "无权操作", message);
    }
}
