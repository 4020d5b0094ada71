//! Times each stage over a JSONL file, one thread: where a document's time goes.
//!
//! ```sh
//! cargo run --release --example stage_times -- ../shared/corpora/bbc/articles.jsonl
//! ```

use std::time::Instant;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stage_times FILE.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| gazette::input::parse_record(l.as_bytes(), "f", 1, &Default::default()).text)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let load = Instant::now();
    let p = gazette::Pipeline::new(gazette::Lexicons::builtin(), Default::default());
    println!("{:18} {:7.3} s", "load lexicons", load.elapsed().as_secs_f64());
    let lex = p.lexicons();
    let (mut t_an, mut t_ent, mut t_q, mut t_f) = (0.0, 0.0, 0.0, 0.0);
    for t in &texts {
        let s = Instant::now();
        let a = p.analyse(t);
        let s1 = Instant::now();
        let m = gazette::entities::find_mentions(&a, lex, None);
        let s2 = Instant::now();
        let q = gazette::quotes::find_quotes(&a, &m, &lex.quote_words);
        let s3 = Instant::now();
        let f = gazette::figures::find_figures(&a, &m, &q, lex);
        let s4 = Instant::now();
        std::hint::black_box(f.len());
        t_an += (s1 - s).as_secs_f64();
        t_ent += (s2 - s1).as_secs_f64();
        t_q += (s3 - s2).as_secs_f64();
        t_f += (s4 - s3).as_secs_f64();
    }
    let mb = bytes as f64 / 1e6;
    for (name, t) in
        [("normalise+segment", t_an), ("entities", t_ent), ("quotes", t_q), ("figures", t_f)]
    {
        println!("{name:18} {:7.3} s  {:7.1} MB/s", t, mb / t);
    }
}
