//! `cx-recipew`: the same program as `cx-recipe`, built as a Windows GUI
//! program, as pythonw is to python. The Start menu entry, shortcuts and
//! Open with start this one, so no console window opens behind the
//! window (closing that console would end the app without asking about
//! unsaved changes). In cmd or PowerShell, `cx-recipe` prints, is waited
//! for and returns its exit code. Built with the `windows-app` feature.

#![windows_subsystem = "windows"]

use std::process::ExitCode;

fn main() -> ExitCode {
    cx_recipe::run().into()
}
