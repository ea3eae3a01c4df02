//! `cx-recipe room`: the participants' room without a window. Prints the
//! participants' address (with the code) on its first line, then how to
//! join, logs each answer as it is stored, and closes the room on Ctrl+C.
//! With `--form OUT.html` it writes the participant form for email instead.

use std::io::{self, IsTerminal as _};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use cx_recipe_room::{
    Mode, Room, RoomConfig, RoomEvent, default_folder, default_interface, write_form,
};

use super::console::{Console, Stop};
use super::report::one_line;
use super::{Failure, Outcome};
use crate::recipe::format;

/// How often the log looks for new answers.
const POLL: Duration = Duration::from_millis(100);

/// The arguments of `room`.
#[derive(Debug, clap::Args)]
pub(super) struct RoomArgs {
    /// The recipe participants answer: its title and its ingredients (with
    /// the library's descriptions); its amounts are not shown.
    recipe: PathBuf,
    /// The port to listen on; 0 takes any free port.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The address to listen on: this machine's address on the meeting's
    /// network. Default: the interface with the default route; 127.0.0.1
    /// keeps the room to this machine.
    #[arg(long, value_name = "ADDR")]
    bind: Option<IpAddr>,
    /// The room's folder, one recipe file per participant. Default:
    /// RECIPE-answers beside the recipe; what is there is picked up.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The points each participant shares out (1–10000).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    points: u32,
    /// Free amounts (0–100 for each ingredient) instead of a points budget.
    #[arg(long, conflicts_with = "points")]
    free: bool,
    /// Write the participant form as one HTML file to email for pre-work
    /// (it saves the answer as a recipe file), and exit; no room opens.
    #[arg(long, value_name = "OUT.html")]
    form: Option<PathBuf>,
}

pub(super) fn run(console: &mut Console, args: &RoomArgs) -> Result<Outcome, Stop> {
    let recipe = format::load(&args.recipe)?;
    let mode = if args.free {
        Mode::Free
    } else {
        Mode::Points(args.points)
    };
    if let Some(form) = &args.form {
        write_form(&recipe, mode, form).map_err(|e| Failure::usage(e.to_string()))?;
        say(
            console,
            &format!(
                "wrote {} (the participant form for {} ingredients)",
                form.display(),
                recipe.ingredients.len()
            ),
        );
        return Ok(Outcome::Ok);
    }
    let bind = args.bind.or_else(default_interface).ok_or_else(|| {
        Failure::usage(
            "no network found to open the room on: give --bind ADDR \
             (127.0.0.1 keeps it to this machine)"
                .to_owned(),
        )
    })?;
    let recipe_path = std::path::absolute(&args.recipe).unwrap_or_else(|_| args.recipe.clone());
    let folder = args
        .out
        .clone()
        .unwrap_or_else(|| default_folder(&recipe_path));
    let (stop, stopped) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .map_err(|e| Failure::usage(format!("cannot watch for Ctrl+C: {e}")))?;
    let config = RoomConfig {
        recipe_path: Some(recipe_path),
        port: args.port,
        mode,
        ..RoomConfig::new(recipe, folder, bind)
    };
    let room = Room::open(config).map_err(|e| Failure::usage(e.to_string()))?;
    say(console, room.address());
    say(
        console,
        &format!(
            "Room code {} · answers go to {} ({} there now)",
            room.code().shown(),
            room.folder().display(),
            answers(room.answer_count())
        ),
    );
    say(
        console,
        "Participants open the address above (or scan the code) on the same network; Ctrl+C closes the room.",
    );
    if io::stdout().is_terminal() {
        say(console, &room.qr().to_terminal());
    }
    while stopped.recv_timeout(POLL).is_err() {
        while let Some(event) = room.try_event() {
            log(console, &event);
        }
    }
    while let Some(event) = room.try_event() {
        log(console, &event);
    }
    let (count, folder) = (room.answer_count(), room.folder().display().to_string());
    room.close();
    say(
        console,
        &format!("Room closed: {} in {folder}", answers(count)),
    );
    Ok(Outcome::Ok)
}

/// One line of the log: answers on stdout, refusals and failures on stderr.
fn log(console: &mut Console, event: &RoomEvent) {
    match event {
        RoomEvent::Answer(answer) => {
            let file = answer
                .file
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let who = if answer.name.is_empty() {
                String::new()
            } else {
                format!(" from {}", one_line(&answer.name))
            };
            let replaced = if answer.replaced {
                ", replacing the earlier one"
            } else {
                ""
            };
            say(
                console,
                &format!(
                    "answer{who}: {}{replaced} · {} in the room",
                    one_line(&file),
                    answer.participants
                ),
            );
        }
        RoomEvent::Refused { client, reason } => {
            console.note(&format!("refused from {client}: {}", reason.describe()));
        }
        RoomEvent::NotSaved { message } => {
            console.note(&format!(
                "error: an answer could not be saved: {}",
                one_line(message)
            ));
        }
    }
}

/// "1 answer", "3 answers".
fn answers(n: usize) -> String {
    if n == 1 {
        "1 answer".to_owned()
    } else {
        format!("{n} answers")
    }
}

/// A line on stdout; a closed pipe never stops the room.
fn say(console: &mut Console, line: &str) {
    // The room's work is the answers, its log only a report (as `fmt`'s).
    let _ = console.list(line);
}
