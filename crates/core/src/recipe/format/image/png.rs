//! The recipe in a PNG: an `iTXt` chunk with our keyword. The chunks are
//! walked here, not by an image decoder, so that nothing but the recipe's
//! chunk is ever copied or inflated, and every length is checked before use.

use std::io::Read as _;

use flate2::read::ZlibDecoder;

use super::{MAX_FILE_BYTES, MAX_IMAGE_BYTES, PNG_KEYWORD, no_recipe, too_large};

/// The eight bytes every PNG file starts with.
pub(super) const SIGNATURE: [u8; 8] = *b"\x89PNG\r\n\x1a\n";

/// PNG's own limit on a chunk's length (2³¹ − 1).
const MAX_PNG_CHUNK: u32 = 0x7fff_ffff;

/// The largest `iTXt` chunk of ours that is read: the recipe's limit plus
/// room for the keyword, the flags and the language fields.
const MAX_TEXT_CHUNK: u64 = MAX_FILE_BYTES + 4096;

const ITXT: [u8; 4] = *b"iTXt";
const IHDR: [u8; 4] = *b"IHDR";
const IEND: [u8; 4] = *b"IEND";

/// The recipe text in a PNG file's bytes: the one `iTXt` chunk with our
/// keyword, inflated if it is compressed.
///
/// Every chunk up to `IEND` must be whole and pass its CRC, so that a
/// truncated or damaged file is named as such even where the recipe itself
/// survived.
pub(super) fn recipe_text(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let Some(mut rest) = bytes.strip_prefix(&SIGNATURE) else {
        return Err("not a PNG picture: it does not start with the PNG signature".to_owned());
    };
    let mut found: Option<Vec<u8>> = None;
    loop {
        let (chunk, after) = next_chunk(rest)?;
        if chunk.kind == ITXT
            && let Some(text) = our_text(chunk.data)?
        {
            if found.is_some() {
                return Err("this image holds more than one recipe, so it is not clear \
                            which to open"
                    .to_owned());
            }
            found = Some(text);
        }
        if chunk.kind == IEND {
            break;
        }
        rest = after;
    }
    found.ok_or_else(|| no_recipe("a PNG picture"))
}

/// One chunk, checked: its length, that it is all there, and its CRC.
struct Chunk<'a> {
    kind: [u8; 4],
    data: &'a [u8],
}

/// The chunk at the start of `bytes`, and the bytes after it.
fn next_chunk(bytes: &[u8]) -> Result<(Chunk<'_>, &[u8]), String> {
    let truncated = |what: &str| {
        format!("the PNG is cut short: it ends inside {what}; the file is incomplete or damaged")
    };
    let Some((length, after)) = bytes.split_first_chunk::<4>() else {
        return Err(if bytes.is_empty() {
            "the PNG is cut short: it ends before its last chunk (IEND); the file is \
             incomplete or damaged"
                .to_owned()
        } else {
            truncated("a chunk's header")
        });
    };
    let Some((kind, after)) = after.split_first_chunk::<4>() else {
        return Err(truncated("a chunk's header"));
    };
    let length = u32::from_be_bytes(*length);
    let name = chunk_name(*kind);
    if length > MAX_PNG_CHUNK {
        return Err(format!(
            "not a valid PNG: its {name} chunk declares {length} bytes, over PNG's limit \
             of {MAX_PNG_CHUNK}"
        ));
    }
    // Our chunk is refused by its declared length, before anything of it is
    // read or copied.
    if *kind == ITXT && u64::from(length) > MAX_TEXT_CHUNK {
        return Err(format!(
            "a text chunk in this PNG declares {length} bytes, over the limit of \
             {MAX_TEXT_CHUNK} bytes for a recipe and its labels; it is not a recipe this app \
             can open safely"
        ));
    }
    let Some((data, after)) = usize::try_from(length)
        .ok()
        .and_then(|n| after.split_at_checked(n))
    else {
        return Err(truncated(&format!("its {name} chunk")));
    };
    let Some((crc, after)) = after.split_first_chunk::<4>() else {
        return Err(truncated(&format!("its {name} chunk")));
    };
    if u32::from_be_bytes(*crc) != chunk_crc(*kind, data) {
        return Err(format!(
            "the PNG is damaged: its {name} chunk fails its checksum (CRC), so what it holds \
             cannot be trusted"
        ));
    }
    Ok((Chunk { kind: *kind, data }, after))
}

/// A chunk type as text for a message (`iTXt`), whatever its bytes.
fn chunk_name(kind: [u8; 4]) -> String {
    kind.iter()
        .map(|&b| {
            if b.is_ascii_alphabetic() {
                char::from(b)
            } else {
                '?'
            }
        })
        .collect()
}

/// The CRC-32 PNG keeps after each chunk, over its type and data.
fn chunk_crc(kind: [u8; 4], data: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(&kind);
    hasher.update(data);
    hasher.finalize()
}

/// The text of an `iTXt` chunk if its keyword is ours; `None` for another
/// program's text.
///
/// Layout: keyword, 0, compression flag, compression method, language tag,
/// 0, translated keyword, 0, text.
fn our_text(data: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let damaged = || "the PNG's recipe chunk is damaged: its fields are incomplete".to_owned();
    let Some((keyword, rest)) = split_at_nul(data) else {
        return Err(damaged());
    };
    if keyword != PNG_KEYWORD.as_bytes() {
        return Ok(None);
    }
    let Some(([flag, method], rest)) = rest.split_first_chunk::<2>() else {
        return Err(damaged());
    };
    let Some((_language, rest)) = split_at_nul(rest) else {
        return Err(damaged());
    };
    let Some((_translated, text)) = split_at_nul(rest) else {
        return Err(damaged());
    };
    match (flag, method) {
        (0, _) => Ok(Some(text.to_vec())),
        (1, 0) => inflate(text).map(Some),
        _ => Err(format!(
            "the PNG's recipe chunk uses compression {flag}/{method}, which PNG does not define"
        )),
    }
}

/// The bytes before the first 0, and those after it.
fn split_at_nul(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let at = bytes.iter().position(|&b| b == 0)?;
    let (before, after) = bytes.split_at_checked(at)?;
    Some((before, after.get(1..)?))
}

/// Inflates zlib data, stopping one byte past the recipe limit: a small
/// chunk that would inflate to gigabytes (a decompression bomb) costs at
/// most that much memory.
fn inflate(compressed: &[u8]) -> Result<Vec<u8>, String> {
    let mut text = Vec::new();
    ZlibDecoder::new(compressed)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut text)
        .map_err(|e| format!("the PNG's compressed recipe cannot be inflated ({e})"))?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "the recipe compressed in this PNG inflates to more than the limit of \
             {MAX_FILE_BYTES} bytes for a recipe; it is not one this app can open safely"
        ));
    }
    Ok(text)
}

/// `png` (a PNG file's bytes) with `text` added as our `iTXt` chunk, right
/// after `IHDR` so that readers that stop at the image data still find it.
///
/// # Errors
/// If `png` does not start with the signature and a whole `IHDR` chunk, or
/// `text` is too long for one chunk.
pub fn embed_in_png(png: &[u8], text: &str) -> Result<Vec<u8>, String> {
    let not_png = || "the encoder's output does not start like a PNG".to_owned();
    let rest = png.strip_prefix(&SIGNATURE).ok_or_else(not_png)?;
    let (header, _) = next_chunk(rest)?;
    if header.kind != IHDR {
        return Err(not_png());
    }
    let at = SIGNATURE.len() + 12 + header.data.len();
    let (before, after) = png.split_at_checked(at).ok_or_else(not_png)?;

    let mut data = Vec::with_capacity(PNG_KEYWORD.len() + 5 + text.len());
    data.extend_from_slice(PNG_KEYWORD.as_bytes());
    // Keyword end, uncompressed, method 0, no language tag, no translation.
    data.extend_from_slice(&[0, 0, 0, 0, 0]);
    data.extend_from_slice(text.as_bytes());
    let length = u32::try_from(data.len())
        .ok()
        .filter(|&n| n <= MAX_PNG_CHUNK)
        .ok_or_else(|| "the recipe is too long to fit in one PNG chunk".to_owned())?;

    let mut out = Vec::with_capacity(png.len() + data.len() + 12);
    out.extend_from_slice(before);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(&ITXT);
    out.extend_from_slice(&data);
    out.extend_from_slice(&chunk_crc(ITXT, &data).to_be_bytes());
    out.extend_from_slice(after);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest whole PNG: a 1 × 1 grey pixel.
    fn tiny_png() -> Vec<u8> {
        let mut png = SIGNATURE.to_vec();
        let mut chunk = |kind: &[u8; 4], data: &[u8]| {
            png.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
            png.extend_from_slice(kind);
            png.extend_from_slice(data);
            png.extend_from_slice(&chunk_crc(*kind, data).to_be_bytes());
        };
        chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        chunk(
            b"IDAT",
            &[0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
        );
        chunk(b"IEND", &[]);
        png
    }

    #[test]
    fn embedded_text_reads_back() {
        let png = embed_in_png(&tiny_png(), "(title: \"x\")\n").unwrap();
        assert_eq!(recipe_text(&png).unwrap(), b"(title: \"x\")\n");
        // Right after IHDR.
        assert_eq!(png.get(37..41), Some(&ITXT[..]));
    }

    #[test]
    fn a_png_without_our_chunk_says_so() {
        let e = recipe_text(&tiny_png()).unwrap_err();
        assert!(e.starts_with("no recipe in this image"), "{e}");
    }

    #[test]
    fn two_recipes_are_refused() {
        let once = embed_in_png(&tiny_png(), "a").unwrap();
        let twice = embed_in_png(&once, "b").unwrap();
        let e = recipe_text(&twice).unwrap_err();
        assert!(e.contains("more than one recipe"), "{e}");
    }

    #[test]
    fn embedding_needs_a_png() {
        assert!(embed_in_png(b"GIF89a", "x").is_err());
        assert!(embed_in_png(&SIGNATURE, "x").is_err());
    }
}
