//! One whole run (read, process, write CSV) on one thread, with or without
//! the figures stage: `scripts/stage_cost.py` counts its instructions to
//! tell what figures add to a run end to end.
//!
//! ```sh
//! cargo run --release --example whole_run -- ../shared/corpora/bbc/articles.jsonl [--skip-figures]
//! ```

use gazette::run::{Destination, ExtractConfig, OutputFormat};
use gazette::{Lexicons, Pipeline, PipelineOptions};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let input = args.next().expect("usage: whole_run FILE [--skip-figures]");
    let skip_figures = args.next().as_deref() == Some("--skip-figures");
    let out = tempfile::tempdir().expect("a temporary folder");
    let options = PipelineOptions { skip_figures, ..Default::default() };
    let lexicons = Lexicons::load(true, &[]).expect("the default gazetteers");
    let pipeline = Pipeline::new(lexicons, options);
    let config = ExtractConfig {
        inputs: vec![input.into()],
        destination: Destination::Folder(out.path().join("out")),
        format: OutputFormat::Csv,
        input: Default::default(),
        threads: 1,
        dedupe: true,
        skip_duplicates: false,
        plain_csv: false,
        progress: false,
    };
    let summary = gazette::run::extract(&config, &pipeline, &mut std::io::sink()).expect("a run");
    println!("{} documents, {} bytes of text", summary.documents, summary.bytes);
}
