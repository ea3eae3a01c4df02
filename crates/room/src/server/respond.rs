//! Every response the room sends, with the same headers: a content policy
//! that allows only the room's own files, no caching, no referrer, no
//! framing, no sniffing — and no CORS headers, so no other site's page can
//! read a reply.

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{self, HeaderName, HeaderValue};
use hyper::{Response, StatusCode};

/// The body type of every response.
pub type Body = Full<Bytes>;

/// `Content-Security-Policy`: only the room's own page, style and script;
/// no base URL, no other form target, never inside a frame.
pub const CSP: &str =
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const HEADERS: [(HeaderName, &str); 6] = [
    (header::CONTENT_SECURITY_POLICY, CSP),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "no-referrer"),
    (header::CACHE_CONTROL, "no-store"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    ),
];

/// A response with the room's headers.
pub fn with(status: StatusCode, content_type: &'static str, body: Bytes) -> Response<Body> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The one "not found": the same for a wrong code, a wrong path and a
/// barred client, so none tells anything.
pub fn not_found() -> Response<Body> {
    with(
        StatusCode::NOT_FOUND,
        "text/plain; charset=utf-8",
        Bytes::from_static(b"Not found\n"),
    )
}

/// A method the resource does not take.
pub fn wrong_method(allow: &'static str) -> Response<Body> {
    let mut response = with(
        StatusCode::METHOD_NOT_ALLOWED,
        "text/plain; charset=utf-8",
        Bytes::from_static(b"Method not allowed\n"),
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    response
}

/// A JSON reply to an answer: `{"status":"received",…}` or
/// `{"error":"…"}`, the error a fixed word the page translates.
pub fn json(status: StatusCode, body: &'static str) -> Response<Body> {
    with(
        status,
        "application/json; charset=utf-8",
        Bytes::from_static(body.as_bytes()),
    )
}
