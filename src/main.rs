//! `cx-recipe`: the window without arguments, the command line with them.

use std::process::ExitCode;

use cx_recipe::cli::{self, Invocation};

fn main() -> ExitCode {
    let outcome = match cli::parse() {
        Invocation::Window { file } => cx_recipe::app::run(file),
        Invocation::Subcommand(subcommand) => cli::run(subcommand),
        Invocation::Done(outcome) => outcome,
    };
    outcome.into()
}
