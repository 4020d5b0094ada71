//! Gazetteer build time and matching speed at 10k, 100k and all aliases.
//!
//! ```sh
//! cargo bench --bench gazetteer
//! ```

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gazette::gazetteer::{Folded, Gazetteer, GazetteerFiles};
use gazette::lexicon::DataFile;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The shipped places, officials and organisations, cut to about `aliases` aliases.
fn files(aliases: usize) -> GazetteerFiles {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut out = GazetteerFiles::default();
    let mut left = aliases;
    for name in ["organisations.tsv", "officials.tsv", "places.tsv"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let mut kept = String::new();
        for line in text.lines() {
            let data = !line.starts_with('#') && !line.starts_with("id\t");
            if data {
                if left == 0 {
                    break;
                }
                let n = 1 + line
                    .split('\t')
                    .nth(5)
                    .map_or(0, |a| a.split('|').filter(|a| !a.is_empty()).count());
                left = left.saturating_sub(n);
            }
            kept.push_str(line);
            kept.push('\n');
        }
        out.entities.push((0, DataFile::new(name, kept)));
    }
    out
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("gazetteer build");
    g.sample_size(10);
    for (label, n) in
        [("10k aliases", 10_000), ("100k aliases", 100_000), ("all aliases", usize::MAX)]
    {
        let f = files(n);
        g.bench_function(label, |b| {
            b.iter(|| black_box(Gazetteer::build(&f).unwrap().entities.len()))
        });
    }
    g.finish();
}

fn scan(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut text = String::new();
    for e in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        if e.path().extension().is_some_and(|x| x == "txt") {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap());
        }
    }
    let text = text.repeat(200);
    let mut g = c.benchmark_group("gazetteer match (anchored at capitals)");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    for (label, n) in
        [("10k aliases", 10_000), ("100k aliases", 100_000), ("all aliases", usize::MAX)]
    {
        let gz = Gazetteer::build(&files(n)).unwrap();
        g.bench_function(label, |b| {
            b.iter(|| {
                let folded = Folded::new(&text);
                let mut found = Vec::new();
                let mut hits = 0;
                let bytes = text.as_bytes();
                for i in 0..bytes.len() {
                    if bytes[i].is_ascii_uppercase()
                        && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                    {
                        gz.matcher.matches_at(&folded, &text, i, &mut found);
                        hits += found.len();
                    }
                }
                assert!(hits > 0);
                black_box(hits)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, build, scan);
criterion_main!(benches);
