use cx_recipe_core::recipe::{Ingredient, Unit, palette_colour};

use super::*;

const MARKUP: &str = "<script>alert(1)</script>";

fn recipe(title: &str) -> Recipe {
    Recipe {
        title: title.to_owned(),
        ingredients: ["Efficiency", MARKUP, "{{data}}"]
            .iter()
            .enumerate()
            .map(|(i, n)| Ingredient::new(*n, 1.0, Unit::Part, palette_colour(i)))
            .collect(),
        ..Recipe::default()
    }
}

fn questions(title: &str) -> Questions {
    Questions::new(&recipe(title), Mode::default()).unwrap()
}

/// The text of the page's JSON data block.
fn data_block(html: &str) -> &str {
    let start = html.find("id=\"room-data\">").unwrap() + "id=\"room-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

#[test]
fn the_served_page_has_nothing_inline_but_its_data() {
    let code = RoomCode::parse("k7m2x9pq").unwrap();
    let page = served(&questions(MARKUP), &code);
    let html = std::str::from_utf8(&page.html).unwrap();
    // One script element with a source, one data block, no inline style,
    // no handler attributes: the policy `default-src 'self'` runs it all.
    assert_eq!(html.matches("<script").count(), 2, "{html}");
    assert!(html.contains("<script src=\"/k7m2-x9pq/page.js\"></script>"));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/k7m2-x9pq/page.css\">"));
    assert!(!html.contains("<style") && !html.contains(" style="));
    assert!(!html.split(" on").skip(1).any(|rest| {
        rest.split_once('=')
            .is_some_and(|(name, _)| name.chars().all(|c| c.is_ascii_lowercase()))
    }));
    // The title is text in the HTML, and JSON data cannot close its block.
    assert!(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    let data = data_block(html);
    assert!(!data.contains('<') && !data.contains('>'), "{data}");
    let parsed: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(parsed["title"], MARKUP);
    assert_eq!(parsed["items"][1]["name"], MARKUP);
    assert_eq!(parsed["items"][2]["name"], "{{data}}");
    assert_eq!(parsed["answerUrl"], "/k7m2-x9pq/answer");
    assert_eq!(parsed["points"], 100);
    assert_eq!(parsed["mode"], "room");
    assert!(parsed["items"][0]["desc"]["de"].as_str().unwrap().len() > 10);
    assert_eq!(parsed["words"]["es"]["lang"], "es");
}

#[test]
fn the_form_allows_exactly_its_own_style_and_script() {
    let html = form_html(&recipe("Pre-work"), Mode::Free).unwrap();
    let policy = format!(
        "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:;",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(CSS)),
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(JS)),
    );
    assert!(html.contains(&policy), "{html}");
    assert!(html.contains(&format!("<style>{CSS}</style>")));
    assert!(html.contains(&format!("<script>{JS}</script>")));
    // No address of any kind: nothing to fetch.
    let addresses = html.matches("http://").count() + html.matches("https://").count();
    let svg_namespace = html.matches("\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(addresses, svg_namespace);
    assert!(!html.contains("src="));
    let parsed: serde_json::Value = serde_json::from_str(data_block(&html)).unwrap();
    assert_eq!(parsed["mode"], "file");
    assert_eq!(parsed["answerUrl"], serde_json::Value::Null);
    assert_eq!(parsed["points"], serde_json::Value::Null);
}

#[test]
fn the_inline_style_and_script_cannot_end_their_elements() {
    assert!(!JS.to_lowercase().contains("</script"));
    assert!(!CSS.to_lowercase().contains("</style"));
}

#[test]
fn writing_the_form_is_atomic_and_refuses_an_empty_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("form.html");
    write_form(&recipe("Pre-work"), Mode::default(), &path).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let empty = Recipe::default();
    assert!(matches!(
        write_form(&empty, Mode::default(), &dir.path().join("x.html")),
        Err(RoomError::Recipe(_))
    ));
    assert!(!dir.path().join("x.html").exists());
}

#[test]
fn filling_is_one_pass() {
    let html = fill(&[("title", "{{data}}".to_owned()), ("data", "D".to_owned())]);
    assert!(html.contains("<title>{{data}}</title>"));
    assert!(html.contains("{{csp}}"), "an unfilled name stays as it is");
    assert_eq!(escape("a&<>\"'"), "a&amp;&lt;&gt;&quot;&#39;");
}
