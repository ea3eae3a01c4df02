//! What each request gets. The path's first segment must be the room code;
//! after it, four fixed names and nothing else: no path from a request is
//! ever decoded, joined to a folder or looked up on disk.
//!
//! ```text
//! GET  /CODE/           the participant page
//! GET  /CODE/page.css   its style
//! GET  /CODE/page.js    its script
//! GET  /CODE/icon.svg   its icon
//! POST /CODE/answer     an answer (JSON, at most Limits::max_body_bytes)
//! ```

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use http_body_util::{BodyExt as _, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap};
use hyper::{Method, Request, Response, StatusCode};

use super::respond::{self, Body, json, not_found, wrong_method};
use super::shared::{Outcome, Shared};
use crate::answer::{self, Invalid};
use crate::quota::{ClientKey, Refusal};
use crate::server::RoomEvent;

/// Answers one request.
///
/// # Errors
/// Never: every failure is a response.
pub async fn handle(
    shared: Arc<Shared>,
    client: IpAddr,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let key = ClientKey::of(client);
    if shared.barred(key) || !host_is_ours(request.headers(), &shared) {
        return Ok(not_found());
    }
    let path = request.uri().path();
    let Some(route) = after_code(path, &shared).map(Route::of) else {
        // Browsers ask for an icon by themselves: not a guess.
        if path != "/favicon.ico" {
            shared.wrong_code(key);
        }
        return Ok(not_found());
    };
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let page = &shared.page;
    let response = match route {
        Route::Page if read => respond::with(
            StatusCode::OK,
            "text/html; charset=utf-8",
            page.html.clone(),
        ),
        Route::Style if read => asset("text/css; charset=utf-8", page.css),
        Route::Script if read => asset("text/javascript; charset=utf-8", page.js),
        Route::Icon if read => asset("image/svg+xml", page.icon),
        Route::Page | Route::Style | Route::Script | Route::Icon => wrong_method("GET, HEAD"),
        Route::Answer if request.method() == Method::POST => {
            answer(Arc::clone(&shared), client, request).await
        }
        Route::Answer => wrong_method("POST"),
        Route::Nothing => not_found(),
    };
    Ok(response)
}

/// The room's resources: a fixed list.
#[derive(Clone, Copy)]
enum Route {
    Page,
    Style,
    Script,
    Icon,
    Answer,
    Nothing,
}

impl Route {
    fn of(rest: &str) -> Self {
        match rest {
            "" => Self::Page,
            "page.css" => Self::Style,
            "page.js" => Self::Script,
            "icon.svg" => Self::Icon,
            "answer" => Self::Answer,
            _ => Self::Nothing,
        }
    }
}

fn asset(content_type: &'static str, bytes: &'static [u8]) -> Response<Body> {
    respond::with(StatusCode::OK, content_type, Bytes::from_static(bytes))
}

/// What follows `/CODE/` (empty for `/CODE` and `/CODE/`), or `None` when
/// the first segment is not the code.
fn after_code<'p>(path: &'p str, shared: &Shared) -> Option<&'p str> {
    let path = path.strip_prefix('/')?;
    let (segment, rest) = path.split_once('/').unwrap_or((path, ""));
    shared.code.matches(segment).then_some(rest)
}

/// Whether the request names the room by an IP address and its port (the
/// address participants open), or `localhost` on a loopback room. Any other
/// host name is a page elsewhere pointing a name at this machine (DNS
/// rebinding) and gets nothing.
fn host_is_ours(headers: &HeaderMap, shared: &Shared) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let Some((name, port)) = host.rsplit_once(':') else {
        return false;
    };
    if port.parse::<u16>().ok() != Some(shared.port) {
        return false;
    }
    if name.eq_ignore_ascii_case("localhost") {
        return shared.bind.is_loopback();
    }
    let name = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name);
    name.parse::<IpAddr>()
        .is_ok_and(|ip| shared.bind.is_unspecified() || ip == shared.bind)
}

/// `POST /CODE/answer`.
async fn answer(shared: Arc<Shared>, client: IpAddr, request: Request<Incoming>) -> Response<Body> {
    let started = Instant::now();
    let refused = |reason: Refusal| {
        shared.report(RoomEvent::Refused { client, reason });
        reply(reason)
    };
    let is_json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
        });
    if !is_json {
        return refused(Refusal::Malformed);
    }
    let max = shared.limits.max_body_bytes;
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return refused(Refusal::TooLarge);
    }
    let reading = Limited::new(request.into_body(), max).collect();
    let body = match tokio::time::timeout(shared.limits.body_timeout, reading).await {
        Err(_) => return refused(Refusal::TooSlow),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
            return refused(Refusal::TooLarge);
        }
        Ok(Err(_)) => return refused(Refusal::Malformed),
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    let answer = match answer::parse(&body, &shared.questions) {
        Ok(answer) => answer,
        Err(Invalid::Malformed) => return refused(Refusal::Malformed),
        Err(Invalid::Amounts) => return refused(Refusal::Invalid),
    };
    let writing = Arc::clone(&shared);
    let outcome =
        tokio::task::spawn_blocking(move || writing.store(client, &answer, started)).await;
    match outcome {
        Ok(Outcome::Stored { replaced: false }) => {
            json(StatusCode::OK, r#"{"status":"received","replaced":false}"#)
        }
        Ok(Outcome::Stored { replaced: true }) => {
            json(StatusCode::OK, r#"{"status":"received","replaced":true}"#)
        }
        Ok(Outcome::Refused(reason)) => reply(reason),
        Ok(Outcome::NotSaved) | Err(_) => json(
            StatusCode::INTERNAL_SERVER_ERROR,
            r#"{"error":"not_saved"}"#,
        ),
    }
}

/// The reply to a refused answer: a status and a fixed word.
fn reply(reason: Refusal) -> Response<Body> {
    match reason {
        Refusal::TooLarge => json(StatusCode::PAYLOAD_TOO_LARGE, r#"{"error":"too_large"}"#),
        Refusal::TooSlow => json(StatusCode::REQUEST_TIMEOUT, r#"{"error":"too_slow"}"#),
        Refusal::Malformed => json(StatusCode::BAD_REQUEST, r#"{"error":"malformed"}"#),
        Refusal::Invalid => json(StatusCode::UNPROCESSABLE_ENTITY, r#"{"error":"invalid"}"#),
        Refusal::TooManyFromClient => {
            json(StatusCode::TOO_MANY_REQUESTS, r#"{"error":"too_many"}"#)
        }
        Refusal::RoomFull => json(StatusCode::SERVICE_UNAVAILABLE, r#"{"error":"full"}"#),
    }
}
