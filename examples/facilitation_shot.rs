//! The workshop screens in a real window, for screenshots: opens the window
//! as `cx-recipe` does and at once compares or blends the files given,
//! through the public API (`CxApp::execute`), since neither a file dialog
//! nor a drop can be scripted.
//!
//! ```text
//! cargo run --example facilitation_shot -- compare OPEN.ron OTHER.ron
//! cargo run --example facilitation_shot -- blend A.ron B.ron C.ron …
//! cargo run --example facilitation_shot -- reveal STEPS A.ron B.ron …
//!
//! cargo run --example facilitation_shot -- present FILE.ron
//! ```
//!
//! `reveal` blends, then moves the reveal STEPS steps on; `present` opens
//! the file and presents it. `CX_SHOT_PRESENT=1` projects the screen (F5)
//! after the rest; `CX_SHOT_THEME=dark` or `high-contrast` chooses the
//! theme. The window is 1920 × 1080 unless `CX_SHOT_SIZE=WxH` says
//! otherwise.

use std::path::PathBuf;
use std::process::ExitCode;

use cx_recipe::app::command::{Command, ViewCommand, WorkshopCommand};
use cx_recipe::app::dialogs::NativeDialogs;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::app::{APP_ID, AppConfig, CxApp};

const USAGE: &str = "usage: facilitation_shot compare OPEN.ron OTHER.ron\n\
                     \x20      facilitation_shot blend A.ron B.ron …\n\
                     \x20      facilitation_shot reveal STEPS A.ron B.ron …\n\
                     \x20      facilitation_shot present FILE.ron";

/// What to open at start, and the commands to run on it.
fn plan(args: &[String]) -> Option<(Option<PathBuf>, Vec<Command>)> {
    let (mode, rest) = args.split_first()?;
    let paths = |files: &[String]| files.iter().map(PathBuf::from).collect::<Vec<_>>();
    match (mode.as_str(), rest) {
        ("compare", [open, other]) => Some((
            Some(PathBuf::from(open)),
            vec![Command::Workshop(WorkshopCommand::ComparePath(
                PathBuf::from(other),
            ))],
        )),
        ("blend", files) if !files.is_empty() => Some((
            None,
            vec![Command::Workshop(WorkshopCommand::BlendPaths(paths(files)))],
        )),
        ("reveal", [steps, files @ ..]) if !files.is_empty() => {
            let steps: usize = steps.parse().ok()?;
            let mut commands = vec![Command::Workshop(WorkshopCommand::BlendPaths(paths(files)))];
            commands.extend(std::iter::repeat_n(
                Command::Workshop(WorkshopCommand::RevealNext),
                steps,
            ));
            Some((None, commands))
        }
        ("present", [file]) => Some((
            Some(PathBuf::from(file)),
            vec![Command::View(ViewCommand::EnterPresentation)],
        )),
        _ => None,
    }
}

/// The commands the environment adds: a theme first, the projection last.
fn with_environment(mut commands: Vec<Command>) -> Vec<Command> {
    let theme = match std::env::var("CX_SHOT_THEME").as_deref() {
        Ok("dark") => Some(ThemeChoice::Dark),
        Ok("high-contrast") => Some(ThemeChoice::HighContrast),
        Ok("light") => Some(ThemeChoice::Light),
        _ => None,
    };
    if let Some(theme) = theme {
        commands.insert(0, Command::View(ViewCommand::SetTheme(theme)));
    }
    if std::env::var("CX_SHOT_PRESENT").is_ok_and(|v| v == "1") {
        commands.push(Command::View(ViewCommand::EnterPresentation));
    }
    commands
}

/// The window's size: `CX_SHOT_SIZE=WxH`, else a projector's 1920 × 1080.
fn size() -> [f32; 2] {
    let parsed = std::env::var("CX_SHOT_SIZE").ok().and_then(|s| {
        let (w, h) = s.split_once('x')?;
        Some([w.parse().ok()?, h.parse().ok()?])
    });
    parsed.unwrap_or([1920.0, 1080.0])
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((open_at_start, commands)) = plan(&args).map(|(o, c)| (o, with_environment(c))) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let config = AppConfig {
        dialogs: Box::new(NativeDialogs::default()),
        recovery_folder: None,
        open_at_start,
        frame_log: None,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CX Recipe Designer")
            .with_app_id(APP_ID)
            .with_inner_size(size()),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let mut app = CxApp::new(cc, config);
            for command in commands {
                app.execute(&cc.egui_ctx, command);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("facilitation_shot: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
