//! The `gazette` binary: parse arguments, call the library, exit.

/// Many small strings are made and dropped per document on every thread;
/// mimalloc's per-thread pools make that several times cheaper than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(gazette::cli::main_with_args(std::env::args_os()));
}
