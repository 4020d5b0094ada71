//! The `gazette` binary: parse arguments, call the library, exit.

fn main() {
    std::process::exit(gazette::cli::main_with_args(std::env::args_os()));
}
