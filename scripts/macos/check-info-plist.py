#!/usr/bin/env python3
"""Checks packaging/macos/Info.plist with Python's plistlib, as CI can
without a Mac: it parses; its version is Cargo.toml's; it names the
executable and icon make-app.sh puts in the bundle and a minimum macOS; it
declares the recipe type (exported, .ron) and the document types for
recipes and exported charts, offered without taking over PNG or SVG."""

import pathlib
import plistlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


with open(root / "packaging/macos/Info.plist", "rb") as f:
    info = plistlib.load(f)

cargo = (root / "Cargo.toml").read_text(encoding="utf-8")
version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
expect(info.get("CFBundleShortVersionString") == version,
       f"CFBundleShortVersionString is not Cargo.toml's {version}")
expect(info.get("CFBundleVersion") == version, f"CFBundleVersion is not {version}")
expect(info.get("CFBundleExecutable") == "cx-recipe", "the executable is not cx-recipe")
expect(info.get("CFBundleIconFile") == "cx-recipe", "the icon is not cx-recipe(.icns)")
expect(info.get("CFBundlePackageType") == "APPL", "not an application bundle")
expect(re.fullmatch(r"\d+\.\d+", info.get("LSMinimumSystemVersion", "")),
       "no minimum macOS version")
expect(info.get("NSHighResolutionCapable") is True, "not high-resolution capable")

exported = {t.get("UTTypeIdentifier"): t for t in info.get("UTExportedTypeDeclarations", [])}
recipe = exported.get("org.cx-recipe.recipe", {})
tags = recipe.get("UTTypeTagSpecification", {})
expect("ron" in tags.get("public.filename-extension", []), "the recipe type is not .ron")
expect("application/x-cx-recipe" in tags.get("public.mime-type", []),
       "the recipe type lacks the MIME type of assets/cx-recipe.xml")
expect(recipe.get("UTTypeConformsTo"), "the recipe type conforms to nothing")

documents = {}
for kind in info.get("CFBundleDocumentTypes", []):
    for uti in kind.get("LSItemContentTypes", []):
        documents[uti] = kind
for uti in ["org.cx-recipe.recipe", "public.png", "public.svg-image"]:
    expect(uti in documents, f"no document type for {uti}")
for uti in ["public.png", "public.svg-image"]:
    expect(documents.get(uti, {}).get("LSHandlerRank") == "Alternate",
           f"{uti} must be offered (Alternate), not taken over")

if problems:
    for p in problems:
        print(f"FAIL: Info.plist: {p}", file=sys.stderr)
    sys.exit(1)
print(f"PASS: Info.plist parses (plistlib), version {version}, "
      f"{len(documents)} document content types, recipe type exported")
