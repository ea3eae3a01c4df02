//! A stranger's picture is untrusted input: each hostile image gives a clear
//! error naming the file, from the real binary, and nothing panics.

use std::fs;
use std::io::Write as _;
use std::path::Path;

use cx_recipe::recipe::format::{self, FileKind, image};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use proptest::prelude::*;

use crate::images::{export, run, stderr};
use crate::repo_path;

/// A PNG's chunks: (type, data), after the signature.
fn chunks(png: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    let mut rest = &png[8..];
    let mut out = Vec::new();
    while !rest.is_empty() {
        let length = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = rest[4..8].try_into().unwrap();
        out.push((kind, rest[8..8 + length].to_vec()));
        rest = &rest[12 + length..];
    }
    out
}

/// A PNG of `chunks`, each with its right CRC.
fn assemble(chunks: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in chunks {
        png.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        png.extend_from_slice(kind);
        png.extend_from_slice(data);
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        png.extend_from_slice(&crc.finalize().to_be_bytes());
    }
    png
}

/// An `iTXt` chunk's data: `keyword`, compressed or not, then `text`.
fn itxt(keyword: &str, compressed: bool, text: &[u8]) -> Vec<u8> {
    let mut data = keyword.as_bytes().to_vec();
    data.extend_from_slice(&[0, u8::from(compressed), 0, 0, 0]);
    data.extend_from_slice(text);
    data
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The exported chart of Ideal CX, as bytes.
fn exported_png() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = export(&repo_path("recipes/ideal-cx.ron"), dir.path(), "c.png");
    fs::read(path).unwrap()
}

/// The exported chart with its recipe chunk's data replaced.
fn with_recipe_chunk(data: Vec<u8>) -> Vec<u8> {
    let mut parts = chunks(&exported_png());
    let at = parts.iter().position(|(k, _)| k == b"iTXt").unwrap();
    parts[at].1 = data;
    assemble(&parts)
}

/// `check` on `bytes` saved as `name`: exit 1, and stderr starts with the
/// file and holds `expected`.
fn refused(dir: &Path, name: &str, bytes: &[u8], expected: &str) {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    let shown = path.display().to_string();
    let out = run(&["check", &shown]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{name}: {err}");
    assert!(err.starts_with(&shown), "{name}: {err}");
    assert!(
        err.contains(expected),
        "{name}: expected {expected:?} in {err}"
    );
    assert!(!err.contains("panicked"), "{name}: {err}");
}

#[test]
fn an_oversized_chunk_length_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = exported_png();
    // Our chunk comes right after IHDR: its length field is at byte 33.
    assert_eq!(&png[37..41], b"iTXt");
    png[33..37].copy_from_slice(&0x7000_0000_u32.to_be_bytes());
    refused(dir.path(), "long.png", &png, "declares 1879048192 bytes");
    png[33..37].copy_from_slice(&0xffff_fff0_u32.to_be_bytes());
    refused(dir.path(), "huge.png", &png, "over PNG's limit");
}

#[test]
fn a_compressed_bomb_is_refused_while_inflating() {
    let dir = tempfile::tempdir().unwrap();
    let zeros = zlib(&vec![0; 50 * 1024 * 1024]);
    assert!(zeros.len() < 1024 * 1024, "{} bytes", zeros.len());
    let png = with_recipe_chunk(itxt(image::PNG_KEYWORD, true, &zeros));
    refused(
        dir.path(),
        "bomb.png",
        &png,
        "inflates to more than the limit",
    );
}

#[test]
fn a_picture_larger_than_a_recipe_may_be_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut parts = chunks(&exported_png());
    // 3 MiB of another program's private data before the end.
    let end = parts.len() - 1;
    parts.insert(end, (*b"prVt", vec![7; 3 * 1024 * 1024]));
    let path = dir.path().join("large.png");
    fs::write(&path, assemble(&parts)).unwrap();
    let recipe = format::load(&path).unwrap();
    assert_eq!(recipe.title, "Ideal CX");
}

#[test]
fn a_compressed_recipe_reads_like_a_plain_one() {
    let original = fs::read(repo_path("recipes/ideal-cx.ron")).unwrap();
    let png = with_recipe_chunk(itxt(image::PNG_KEYWORD, true, &zlib(&original)));
    let recipe = image::parse_file(&png, FileKind::Png, "z.png").unwrap();
    assert_eq!(format::to_ron(&recipe).unwrap().as_bytes(), original);
}

#[test]
fn another_keyword_or_no_chunk_is_no_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read(repo_path("recipes/ideal-cx.ron")).unwrap();
    let png = with_recipe_chunk(itxt("Description", false, &text));
    refused(dir.path(), "other.png", &png, ": no recipe in this image");
    let mut parts = chunks(&exported_png());
    parts.retain(|(k, _)| k != b"iTXt");
    refused(
        dir.path(),
        "plain.png",
        &assemble(&parts),
        ": no recipe in this image",
    );
}

#[test]
fn a_recipe_from_a_newer_version_inside_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let text = b"(version: 99, title: \"From the future\", ingredients: [])";
    let png = with_recipe_chunk(itxt(image::PNG_KEYWORD, false, text));
    refused(
        dir.path(),
        "newer.png",
        &png,
        "from a newer CX Recipe Designer",
    );
    refused(dir.path(), "newer.png", &png, "(embedded recipe):1:2:");
}

#[test]
fn bad_text_inside_gets_the_usual_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = b"(\n    version: 1,\n    flavour: 1,\n)";
    let png = with_recipe_chunk(itxt(image::PNG_KEYWORD, false, text));
    refused(dir.path(), "bad.png", &png, "(embedded recipe):3:5: ");
    refused(
        dir.path(),
        "bad.png",
        &png,
        "Unexpected field named `flavour`",
    );
}

#[test]
fn a_truncated_file_is_named_as_cut_short() {
    let dir = tempfile::tempdir().unwrap();
    let png = exported_png();
    for cut in [png.len() - 1, png.len() - 12, png.len() / 2, 40, 9] {
        refused(dir.path(), "cut.png", &png[..cut], "the PNG is cut short");
    }
    refused(dir.path(), "sig.png", &png[..8], "the PNG is cut short");
}

#[test]
fn a_bad_crc_is_named_as_damage() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = exported_png();
    // A byte of the recipe text inside our chunk.
    png[60] ^= 0x20;
    refused(
        dir.path(),
        "crc.png",
        &png,
        "its iTXt chunk fails its checksum",
    );
    let mut png = exported_png();
    let last = png.len() - 20;
    png[last] ^= 0x01;
    refused(dir.path(), "idat.png", &png, "fails its checksum");
}

#[test]
fn hostile_svgs_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">\
                  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg>&b;</svg>";
    refused(
        dir.path(),
        "laughs.svg",
        laughs.as_bytes(),
        "not an SVG this app can read",
    );
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>\
         <cx:recipe xmlns:cx=\"{}\">(version: 99)</cx:recipe></metadata></svg>",
        image::SVG_NAMESPACE
    );
    refused(
        dir.path(),
        "newer.svg",
        svg.as_bytes(),
        "from a newer CX Recipe Designer",
    );
    refused(
        dir.path(),
        "cut.svg",
        &svg.as_bytes()[..40],
        "not an SVG this app can read",
    );
    let many = format!("<svg>{}</svg>", "<g/>".repeat(1_000_001));
    refused(
        dir.path(),
        "many.svg",
        many.as_bytes(),
        "not an SVG this app can read",
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Exported PNGs with bytes changed near the start (signature, IHDR and
    /// the recipe chunk), cut anywhere and grown: a recipe or an error,
    /// never a panic.
    #[test]
    fn mutated_pngs_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
        tail in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut png = original_png().to_vec();
        let head = png.len().min(1024);
        for (at, byte) in &edits {
            png[at.index(head)] = *byte;
        }
        png.truncate(cut.index(png.len() + 1));
        png.extend_from_slice(&tail);
        let _ = image::parse_file(&png, FileKind::sniff(&png), "fuzz.png");
    }

    /// The recipe chunk's data mutated with its CRC made right again, so
    /// the changes reach the chunk's fields and the recipe parser.
    #[test]
    fn mutated_recipe_chunks_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
        compressed in any::<bool>(),
    ) {
        let mut parts = chunks(original_png());
        let at = parts.iter().position(|(k, _)| k == b"iTXt").unwrap();
        let mut data = parts[at].1.clone();
        if compressed {
            let text = data.split_off(14);
            data[10] = 1;
            data.extend_from_slice(&zlib(&text));
        }
        for (i, byte) in &edits {
            let i = i.index(data.len());
            data[i] = *byte;
        }
        data.truncate(cut.index(data.len() + 1));
        parts[at].1 = data;
        let png = assemble(&parts);
        let _ = image::parse_file(&png, FileKind::Png, "fuzz.png");
    }
}

/// One export for all the cases.
fn original_png() -> &'static [u8] {
    static PNG: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PNG.get_or_init(exported_png)
}
