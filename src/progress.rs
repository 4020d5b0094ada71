//! A progress line on stderr, drawn only when stderr is a terminal.

use std::io::IsTerminal;

/// Documents and megabytes so far, as an indicatif spinner; a no-op when
/// stderr is not a terminal or `-q` was given, so logs and pipes stay clean.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// A progress line if `wanted` and stderr is a terminal.
    pub fn new(wanted: bool) -> Self {
        let bar = (wanted && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .expect("valid template"),
            );
            bar
        });
        Progress { bar }
    }

    /// Shows the counts so far.
    pub fn update(&self, documents: u64, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{documents} documents, {:.1} MB", bytes as f64 / 1e6));
            bar.tick();
        }
    }

    /// Removes the line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
