//! The framework's floor: a bare eframe window with one label, built with the
//! same eframe features and window size as the app, to compare start-up time, idle frames,
//! CPU and memory with (`scripts/measure-window.sh`).
//!
//! Like the app, it appends one line per frame drawn to the file named by
//! `CX_RECIPE_FRAME_LOG`, when that is set: egui's input time in seconds and
//! the milliseconds the frame's UI code took, as `{time:.3} {ms:.3}`.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Instant;

use eframe::egui;

/// The whole app: a label, and the optional frame log.
struct Hello {
    frame_log: Option<File>,
}

impl eframe::App for Hello {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let Self { frame_log } = self;
        let started = Instant::now();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from eframe");
        });
        let frame_ms = started.elapsed().as_secs_f64() * 1000.0;
        let time = ui.input(|i| i.time);
        if let Some(log) = frame_log
            && let Err(e) = writeln!(log, "{time:.3} {frame_ms:.3}")
        {
            eprintln!("hello: could not write the frame log ({e}); no longer logging frames");
            *frame_log = None;
        }
    }
}

fn main() -> ExitCode {
    let frame_log = match std::env::var_os("CX_RECIPE_FRAME_LOG") {
        None => None,
        Some(path) => match OpenOptions::new().create(true).append(true).open(&path) {
            Ok(file) => Some(file),
            Err(e) => {
                eprintln!("hello: CX_RECIPE_FRAME_LOG={}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Hello")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "hello",
        options,
        Box::new(|_cc| Ok(Box::new(Hello { frame_log }))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hello: {e}");
            ExitCode::FAILURE
        }
    }
}
