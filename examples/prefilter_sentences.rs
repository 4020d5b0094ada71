//! Lists the sentences the figures prefilter sends to the reader, each
//! marked `F` when it gave a figure and `N` when it gave none: what the
//! prefilter lets through for nothing, and where figures may be missed.
//!
//! ```sh
//! cargo run --release --example prefilter_sentences -- ../shared/corpora/bbc/articles.jsonl > sentences.tsv
//! cut -f1 sentences.tsv | sort | uniq -c
//! ```

use std::collections::HashSet;

fn main() {
    let path = std::env::args().nth(1).expect("usage: prefilter_sentences FILE.jsonl");
    let file = std::fs::read_to_string(&path).expect("a readable JSONL file");
    let p = gazette::Pipeline::new(gazette::Lexicons::builtin(), Default::default());
    let lex = p.lexicons();
    for line in file.lines() {
        let text =
            gazette::input::parse_record(line.as_bytes(), &path, 1, &Default::default()).text;
        let a = p.analyse(&text);
        let m = gazette::entities::find_mentions(&a, lex, None);
        let q = gazette::quotes::find_quotes(&a, &m, &lex.quote_words);
        let f = gazette::figures::find_figures(&a, &m, &q, lex);
        let with: HashSet<usize> = f.iter().map(|x| x.sentence).collect();
        for (si, s) in a.sentences.iter().enumerate() {
            if lex.figure_words.may_hold_figure(&a.norm.text, s.span, a.sentence_words(si)) {
                let tag = if with.contains(&si) { "F" } else { "N" };
                println!("{tag}\t{}", s.span.slice(&a.norm.text).replace('\n', " "));
            }
        }
    }
}
