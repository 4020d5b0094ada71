fn main() {
    let path = std::env::args().nth(1).unwrap();
    let texts: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| gazette::input::parse_record(l.as_bytes(), "f", 1, &Default::default()).text)
        .collect();
    let p = gazette::Pipeline::new(gazette::Lexicons::builtin(), Default::default());
    let lex = p.lexicons();
    for t in &texts {
        let a = p.analyse(t);
        let m = gazette::entities::find_mentions(&a, lex, None);
        let q = gazette::quotes::find_quotes(&a, &m, &lex.quote_words);
        let f = gazette::figures::find_figures(&a, &m, &q, lex);
        let with: std::collections::HashSet<usize> = f.iter().map(|x| x.sentence).collect();
        for (si, s) in a.sentences.iter().enumerate() {
            if lex.figure_words.may_hold_figure(&a.norm.text, s.span, a.sentence_words(si)) {
                let tag = if with.contains(&si) { "F" } else { "N" };
                println!("{tag}\t{}", s.span.slice(&a.norm.text).replace('\n', " "));
            }
        }
    }
}
