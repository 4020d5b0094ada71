//! End-to-end tests of the `gazette` binary. One test binary; one module per
//! concern.

mod util;

mod cli;
mod determinism;
mod entities;
mod figures;
mod filter_mode;
mod inputs;
mod properties;
mod quotes;
mod seeds;
mod spreadsheet;
