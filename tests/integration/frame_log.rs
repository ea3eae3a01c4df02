//! `CX_RECIPE_FRAME_LOG`: one line per frame, egui's input time in seconds
//! and the milliseconds the frame took (`{:.3} {:.3}`), which
//! `scripts/measure-window.sh` counts and `scripts/measure-typing.sh` reads.

use std::fs;

use cx_recipe::app::{AppConfig, CxApp};
use egui_kittest::Harness;

use crate::gui::{FakeDialogs, english};

/// `x.yyy` with exactly three decimals.
fn three_decimals(field: &str) -> Option<f64> {
    let (whole, decimals) = field.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(decimals) && decimals.len() == 3).then(|| field.parse().ok())?
}

#[test]
fn each_frame_logs_its_time_and_how_long_it_took() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("frames.log");
    let config = AppConfig {
        dialogs: Box::new(FakeDialogs::default()),
        recovery_folder: None,
        open_at_start: None,
        frame_log: Some(log.clone()),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, english()));
    harness.run();
    let before = fs::read_to_string(&log).unwrap().lines().count();
    let steps = harness.run();
    let text = fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        before + usize::try_from(steps).unwrap(),
        "{text}"
    );
    let mut last_time = 0.0;
    for line in lines {
        let fields: Vec<&str> = line.split(' ').collect();
        let &[time, ms] = fields.as_slice() else {
            panic!("not two fields: {line:?}");
        };
        let time = three_decimals(time).unwrap_or_else(|| panic!("time: {line:?}"));
        let ms = three_decimals(ms).unwrap_or_else(|| panic!("ms: {line:?}"));
        assert!(time >= last_time, "{line:?} after {last_time}");
        assert!((0.0..60_000.0).contains(&ms), "{line:?}");
        last_time = time;
    }
}
