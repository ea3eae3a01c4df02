//! Build script: Windows programs get their resources — the icon, the
//! version information and the application manifest
//! (packaging/windows/cx-recipe.rc) — compiled with mingw's `windres` (or
//! `rc.exe` under MSVC) and linked into every binary. Other targets get
//! nothing.

use std::env;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows");
    println!("cargo:rerun-if-changed=assets/icons/cx-recipe.ico");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let part = |name: &str| env::var(name).unwrap_or_else(|_| "0".to_owned());
    let macros = [
        format!("VERSION_MAJOR={}", part("CARGO_PKG_VERSION_MAJOR")),
        format!("VERSION_MINOR={}", part("CARGO_PKG_VERSION_MINOR")),
        format!("VERSION_PATCH={}", part("CARGO_PKG_VERSION_PATCH")),
    ];
    // The manifest decides DPI awareness, the code page and long paths: a
    // program built without it would look blurred, so it must be there.
    embed_resource::compile("packaging/windows/cx-recipe.rc", &macros)
        .manifest_required()
        .map_err(|e| e.to_string().into())
}
