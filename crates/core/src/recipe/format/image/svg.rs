//! The recipe in an SVG: the text of a `<cx:recipe>` element in our
//! namespace, inside `<metadata>`. Renderers ignore `<metadata>`, so the
//! picture shows as before.

use roxmltree::{Document, ParsingOptions};

use super::{MAX_IMAGE_BYTES, MAX_SVG_NODES, SVG_NAMESPACE, no_recipe, too_large};

/// The `<metadata>` element that carries `text` (a recipe's canonical
/// text), to go inside an SVG's root element; `None` if `text` holds a
/// character XML cannot carry (the canonical text never does: RON escapes
/// control characters).
pub fn svg_metadata(text: &str) -> Option<String> {
    let mut escaped = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            // A raw carriage return would be read back as a line feed.
            '\r' => escaped.push_str("&#13;"),
            '\t' | '\n' => escaped.push(c),
            c if is_xml_char(c) => escaped.push(c),
            _ => return None,
        }
    }
    Some(format!(
        "<metadata><cx:recipe xmlns:cx=\"{SVG_NAMESPACE}\">{escaped}</cx:recipe></metadata>"
    ))
}

/// Whether XML 1.0 allows `c` in a document (tab, line feed and carriage
/// return are handled by the caller).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// The recipe text in an SVG file's bytes.
pub(super) fn recipe_text(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err("not an SVG this app can read: it is not UTF-8 text".to_owned());
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ParsingOptions {
        // No DTD, so no entities to expand (no "billion laughs").
        allow_dtd: false,
        nodes_limit: MAX_SVG_NODES,
    };
    let doc = Document::parse_with_options(text, options)
        .map_err(|e| format!("not an SVG this app can read: {e}"))?;
    if doc.root_element().tag_name().name() != "svg" {
        return Err(no_recipe("an XML file but not an SVG picture,"));
    }
    let mut found = doc.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().namespace() == Some(SVG_NAMESPACE)
            && n.tag_name().name() == "recipe"
    });
    let Some(element) = found.next() else {
        return Err(no_recipe("an SVG picture"));
    };
    if found.next().is_some() {
        return Err(
            "this image holds more than one recipe, so it is not clear which to open".to_owned(),
        );
    }
    // Text and CDATA sections alike, in order.
    let recipe: String = element
        .children()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect();
    Ok(recipe.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg_with(metadata: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">\
             {metadata}<rect width=\"1\" height=\"1\"/></svg>"
        )
    }

    #[test]
    fn escaped_text_reads_back_exactly() {
        let text = "// a <b> & c\r\n\t\"d\" ]]> 'e' é ✓\n";
        let svg = svg_with(&svg_metadata(text).unwrap());
        assert_eq!(recipe_text(svg.as_bytes()).unwrap(), text.as_bytes());
    }

    #[test]
    fn characters_xml_cannot_carry_are_not_embedded() {
        assert_eq!(svg_metadata("bell \u{7}"), None);
        assert_eq!(svg_metadata("\u{fffe}"), None);
    }

    #[test]
    fn cdata_and_another_prefix_read_too() {
        let svg = svg_with(&format!(
            "<metadata><r:recipe xmlns:r=\"{SVG_NAMESPACE}\">a<![CDATA[<b>]]>c</r:recipe></metadata>"
        ));
        assert_eq!(recipe_text(svg.as_bytes()).unwrap(), b"a<b>c");
    }

    #[test]
    fn pictures_without_a_recipe_say_so() {
        let e = recipe_text(svg_with("").as_bytes()).unwrap_err();
        assert!(e.starts_with("no recipe in this image"), "{e}");
        let e = recipe_text(b"<html/>").unwrap_err();
        assert!(e.contains("not an SVG picture"), "{e}");
        let e = recipe_text(b"<svg").unwrap_err();
        assert!(e.starts_with("not an SVG this app can read"), "{e}");
    }

    #[test]
    fn a_dtd_is_refused() {
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">\
                    <!ENTITY b \"&a;&a;&a;&a;\">]><svg>&b;</svg>";
        let e = recipe_text(bomb.as_bytes()).unwrap_err();
        assert!(e.starts_with("not an SVG this app can read"), "{e}");
    }
}
