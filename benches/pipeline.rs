//! Throughput of each stage and of a whole run, in bytes of article text per
//! second, on the BBC corpus of `../shared/corpora` when it is there, else
//! on a synthetic corpus built from the sample articles in `examples/` (so
//! the bench needs nothing outside the repo).
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```
//!
//! For real corpora and peak memory, see `scripts/throughput.py`; for each
//! stage's cost in instructions, `scripts/stage_cost.py`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The same allocator as the binary, so the bench measures what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use gazette::run::{Destination, ExtractConfig, OutputFormat};
use gazette::{Document, Lexicons, Pipeline};

/// About `target` bytes of articles: the BBC corpus of `../shared/corpora`
/// when it is there (real news, as issues 3 and 5 measure), else the
/// samples in `examples/articles`, numbered so no two are equal. The
/// samples are short and dense with figures: against them the figures
/// stage looks about three times dearer than on real news.
fn corpus(target: usize) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpora/bbc/articles.jsonl");
    let (samples, numbered): (Vec<String>, bool) = match std::fs::read_to_string(&bbc) {
        Ok(jsonl) => {
            eprintln!("corpus: {}", bbc.display());
            let text = |l: &str| {
                let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
                v["text"].as_str().expect("a text field").to_string()
            };
            (jsonl.lines().filter(|l| !l.trim().is_empty()).map(text).collect(), false)
        }
        Err(_) => {
            eprintln!("corpus: examples/articles (no ../shared/corpora/bbc)");
            let mut samples: Vec<String> = std::fs::read_dir(root.join("examples/articles"))
                .expect("examples/articles")
                .filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .collect();
            samples.sort();
            (samples, true)
        }
    };
    let mut out = Vec::new();
    let mut bytes = 0;
    let mut i = 0;
    while bytes < target {
        let sample = &samples[i % samples.len()];
        let text = if numbered { format!("{sample}\n\nBulletin {i}.") } else { sample.clone() };
        bytes += text.len();
        out.push(text);
        i += 1;
    }
    out
}

fn stages(c: &mut Criterion) {
    let docs = corpus(4 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalise", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| gazette::normalize::normalize(d).text.len()).sum();
            assert!(n > 0);
            black_box(n)
        })
    });
    g.bench_function("normalise+boilerplate+segment", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| pipeline.analyse(d).sentences.len()).sum();
            assert!(n > docs.len());
            black_box(n)
        })
    });
    // Each extraction stage alone, on analyses made once, so their costs can
    // be compared with the stages before them (quotes and figures must each
    // cost at most 15% of what comes before them).
    let analyses: Vec<_> = docs.iter().map(|d| pipeline.analyse(d)).collect();
    let lex = pipeline.lexicons();
    g.bench_function("entities", |b| {
        b.iter(|| {
            let n: usize =
                analyses.iter().map(|a| gazette::entities::find_mentions(a, lex, None).len()).sum();
            assert!(n > 0);
            black_box(n)
        })
    });
    let mentions: Vec<_> =
        analyses.iter().map(|a| gazette::entities::find_mentions(a, lex, None)).collect();
    g.bench_function("quotes", |b| {
        b.iter(|| {
            let n: usize = analyses
                .iter()
                .zip(&mentions)
                .map(|(a, m)| gazette::quotes::find_quotes(a, m, &lex.quote_words).len())
                .sum();
            assert!(n > 0);
            black_box(n)
        })
    });
    let quotes: Vec<_> = analyses
        .iter()
        .zip(&mentions)
        .map(|(a, m)| gazette::quotes::find_quotes(a, m, &lex.quote_words))
        .collect();
    g.bench_function("figures", |b| {
        b.iter(|| {
            let n: usize = analyses
                .iter()
                .zip(&mentions)
                .zip(&quotes)
                .map(|((a, m), q)| gazette::figures::find_figures(a, m, q, lex).len())
                .sum();
            assert!(n > 0);
            black_box(n)
        })
    });
    let documents: Vec<Document> = docs
        .iter()
        .enumerate()
        .map(|(i, t)| Document::from_text(i.to_string(), t.clone()))
        .collect();
    g.bench_function("process (one thread)", |b| {
        b.iter(|| {
            let n: u64 = documents.iter().map(|d| pipeline.process(d).document.sentences).sum();
            assert!(n > 0);
            black_box(n)
        })
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let docs = corpus(8 << 20);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let mut jsonl = String::new();
    for (i, d) in docs.iter().enumerate() {
        let rec = serde_json::json!({"id": i, "text": d});
        jsonl.push_str(&rec.to_string());
        jsonl.push('\n');
    }
    std::fs::write(&input, &jsonl).unwrap();
    let bytes: usize = docs.iter().map(String::len).sum();
    let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
    // The same run without the figures stage: what figures cost end to end
    // (issue 5 holds them to 15% of the throughput).
    let no_figures = Pipeline::new(
        Lexicons::builtin(),
        gazette::PipelineOptions { skip_figures: true, ..Default::default() },
    );
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    for threads in [1, 2] {
        let config = ExtractConfig {
            inputs: vec![input.clone()],
            destination: Destination::Folder(dir.path().join(format!("out{threads}"))),
            format: OutputFormat::Csv,
            input: Default::default(),
            threads,
            dedupe: true,
            skip_duplicates: false,
            plain_csv: false,
            progress: false,
        };
        for (name, p) in [("", &pipeline), (", no figures", &no_figures)] {
            g.bench_function(format!("read+process+write csv, {threads} threads{name}"), |b| {
                b.iter(|| {
                    let s = gazette::run::extract(&config, p, &mut std::io::sink()).unwrap();
                    assert_eq!(s.documents as usize, docs.len());
                    black_box(s)
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
