//! The command line: clap definitions and the step from arguments to a run.
//! `main.rs` only calls [`main_with_args`].

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::input::InputOptions;
use crate::lexicon::Lexicons;
use crate::pipeline::{Pipeline, PipelineOptions};
use crate::run::{self, Destination, ExtractConfig, OutputFormat};

/// Turns dumps of English news articles into spreadsheet-ready tables of the
/// places, officials and organisations they mention, their quotes and their
/// figures.
#[derive(Debug, Parser)]
#[command(name = "gazette", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles from files, folders or stdin and write the tables.
    Extract(ExtractArgs),
    /// JSONL on stdin to JSONL on stdout, exactly one line out per line in
    /// (for Spark `rdd.pipe`, Hadoop Streaming and shell pipes).
    Filter(FilterArgs),
    /// Work with gazetteer and lexicon folders.
    Gazetteers {
        #[command(subcommand)]
        command: GazetteerCommand,
    },
}

#[derive(Debug, Subcommand)]
enum GazetteerCommand {
    /// Validate the data files in each folder; report file:line of every problem.
    Check {
        /// Folders of gazetteer and lexicon files.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Jsonl,
    Xlsx,
}

#[derive(Debug, Args)]
struct CommonArgs {
    /// Add a folder of gazetteer and lexicon files (repeatable).
    #[arg(long = "gazetteers", value_name = "DIR")]
    gazetteers: Vec<PathBuf>,
    /// Use only the folders given with --gazetteers.
    #[arg(long)]
    no_default_gazetteers: bool,
    /// Record field holding the text (default: text, content or body).
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
    /// Record field holding the id (default: id).
    #[arg(long, value_name = "NAME")]
    id_field: Option<String>,
    /// Record field holding the title (default: title).
    #[arg(long, value_name = "NAME")]
    title_field: Option<String>,
    /// Record field holding the date (default: date).
    #[arg(long, value_name = "NAME")]
    date_field: Option<String>,
    /// Extract from boilerplate too (menus, "Recommended Stories", captions).
    #[arg(long)]
    keep_boilerplate: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// Files (.txt, .jsonl, .ndjson, .csv, .tsv, optionally .gz), folders, or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Output folder; - writes JSONL to stdout.
    #[arg(short, long, value_name = "DIR|-", default_value = "gazette-out")]
    out: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: FormatArg,
    /// Worker threads (default: all cores, or RAYON_NUM_THREADS).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Do not mark duplicate documents.
    #[arg(long)]
    no_dedupe: bool,
    /// Keep duplicates in documents.csv but extract nothing from them.
    #[arg(long, conflicts_with = "no_dedupe")]
    skip_duplicates: bool,
    /// CSV without the BOM, the formula guard and Excel's cell limit.
    #[arg(long)]
    plain_csv: bool,
    /// No progress line (it is drawn on stderr only when stderr is a terminal).
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
struct FilterArgs {
    /// Worker threads (default 1: engines already run one process per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 1)]
    threads: usize,
    #[command(flatten)]
    common: CommonArgs,
}

impl CommonArgs {
    fn input_options(&self) -> InputOptions {
        InputOptions {
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            title_field: self.title_field.clone(),
            date_field: self.date_field.clone(),
        }
    }

    fn pipeline(&self) -> Result<Pipeline> {
        let lexicons = Lexicons::load(!self.no_default_gazetteers, &self.gazetteers)?;
        Ok(Pipeline::new(
            lexicons,
            PipelineOptions { keep_boilerplate: self.keep_boilerplate, ..Default::default() },
        ))
    }
}

fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Runs the command line `args` (including the program name), writing
/// diagnostics to stderr; returns the process exit code.
pub fn main_with_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match dispatch(cli) {
        Ok(()) => 0,
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("gazette: error: {e}");
            1
        }
    }
}

fn dispatch(cli: Cli) -> Result<()> {
    let mut stderr = std::io::stderr();
    match cli.command {
        Command::Extract(a) => {
            let format = match a.format {
                FormatArg::Csv => OutputFormat::Csv,
                FormatArg::Jsonl => OutputFormat::Jsonl,
                FormatArg::Xlsx => {
                    return Err(Error::Config(
                        "--format xlsx is not available yet: use csv (opens in Excel) or jsonl"
                            .into(),
                    ))
                }
            };
            let destination = if a.out.as_os_str() == "-" {
                Destination::Stdout
            } else {
                Destination::Folder(a.out.clone())
            };
            let config = ExtractConfig {
                inputs: a.inputs.clone(),
                destination,
                format,
                input: a.common.input_options(),
                threads: a.threads.filter(|&n| n > 0).unwrap_or_else(default_threads),
                dedupe: !a.no_dedupe,
                skip_duplicates: a.skip_duplicates,
                plain_csv: a.plain_csv,
                progress: !a.quiet,
            };
            let pipeline = a.common.pipeline()?;
            let summary = run::extract(&config, &pipeline, &mut stderr)?;
            let _ = writeln!(stderr, "{summary}");
            // Freeing a quarter of a million aliases one by one is wasted work
            // at exit: the process is about to end.
            std::mem::forget(pipeline);
        }
        Command::Filter(a) => {
            let pipeline = a.common.pipeline()?;
            let mut input = std::io::stdin().lock();
            let mut output = std::io::stdout().lock();
            let options = a.common.input_options();
            let summary = run::filter(&mut input, &mut output, &options, &pipeline, a.threads)?;
            if summary.unreadable > 0 {
                let _ = writeln!(stderr, "{summary}");
            }
        }
        Command::Gazetteers { command: GazetteerCommand::Check { dirs } } => {
            let mut problems = Vec::new();
            for dir in &dirs {
                if !dir.is_dir() {
                    return Err(Error::Config(format!("{}: not a folder", dir.display())));
                }
                problems.extend(crate::gazetteer::check_folder(dir)?);
                if let Err(e) = Lexicons::load(false, std::slice::from_ref(dir)) {
                    let text = e.to_string();
                    if !problems.iter().any(|p| p.to_string() == text) {
                        problems.push(e);
                    }
                }
            }
            for p in &problems {
                let _ = writeln!(stderr, "{p}");
            }
            if !problems.is_empty() {
                return Err(Error::Config(format!(
                    "{} problem(s) in the gazetteer folders",
                    problems.len()
                )));
            }
            let _ = writeln!(stderr, "gazette: {} folder(s) checked, no problems", dirs.len());
        }
    }
    Ok(())
}
