//! `cx-recipe`: the window without arguments, the command line with them.

fn main() -> std::process::ExitCode {
    cx_recipe::cli::main()
}
