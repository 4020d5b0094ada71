//! The `gazette` binary: parse arguments, call the library, exit.

/// Many small strings are made and dropped per document on every thread;
/// mimalloc's per-thread pools make that several times cheaper than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its index in `mi_option_e` of the
/// mimalloc v3 `mimalloc.h` that libmimalloc-sys builds (the crate names no
/// constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // Workers allocate each batch's rows while the writer thread frees the
    // last batch's. With mimalloc's default 10 ms purge delay those freed
    // pages go back to the OS and come back as fresh, zeroed pages: a fifth
    // of the system time and ~10% of the wall time of a 100 MB run. Keeping
    // them leaves peak memory where it was (the pages are reused).
    // SAFETY: sets a plain integer option before any thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    std::process::exit(gazette::cli::main_with_args(std::env::args_os()));
}
