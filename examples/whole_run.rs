//! One whole run (read, process, write CSV) on one thread, with or without
//! the figures stage: `scripts/stage_cost.py` counts its instructions to
//! tell what figures add to a run end to end.
//!
//! ```sh
//! cargo run --release --example whole_run -- ../shared/corpora/bbc/articles.jsonl [--skip-figures] [--threads N]
//! ```

use gazette::run::{Destination, ExtractConfig, OutputFormat};
use gazette::{Lexicons, Pipeline, PipelineOptions};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().expect("usage: whole_run FILE [--skip-figures] [--threads N]").clone();
    let skip_figures = args.iter().any(|a| a == "--skip-figures");
    let threads = args
        .iter()
        .position(|a| a == "--threads")
        .and_then(|i| args.get(i + 1))
        .map_or(1, |n| n.parse().expect("--threads takes a number"));
    let out = tempfile::tempdir().expect("a temporary folder");
    let options = PipelineOptions { skip_figures, ..Default::default() };
    let lexicons = Lexicons::load(true, &[]).expect("the default gazetteers");
    let pipeline = Pipeline::new(lexicons, options);
    let config = ExtractConfig {
        inputs: vec![input.into()],
        destination: Destination::Folder(out.path().join("out")),
        format: OutputFormat::Csv,
        input: Default::default(),
        threads,
        dedupe: true,
        skip_duplicates: false,
        plain_csv: false,
        progress: false,
    };
    let summary = gazette::run::extract(&config, &pipeline, &mut std::io::sink()).expect("a run");
    println!(
        "{} documents, {} bytes of text, {:.1} MB/s",
        summary.documents,
        summary.bytes,
        summary.mb_per_s()
    );
}
