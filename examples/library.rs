//! Using gazette as a library: analyse one text file and print what each
//! stage saw (boilerplate, paragraphs, sentences) with original offsets.
//!
//! ```sh
//! cargo run --example library -- examples/articles/kherson-port.txt
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: library FILE")?;
    let (text, _) = gazette::input::decode_text(std::fs::read(&path)?);
    let pipeline = gazette::Pipeline::new(gazette::Lexicons::builtin(), Default::default());
    let a = pipeline.analyse(&text);
    println!("date: {:?}  title: {:?}", a.date, a.title);
    for s in &a.boilerplate {
        let (start, end) = (a.orig(s.start), a.orig(s.end));
        println!("boilerplate [{start}..{end}] {:?}", short(s.slice(&a.norm.text)));
    }
    for s in &a.sentences {
        let (start, end) = (a.orig(s.span.start), a.orig(s.span.end));
        println!("p{} [{start}..{end}] {}", s.paragraph + 1, short(s.span.slice(&a.norm.text)));
    }
    Ok(())
}

fn short(s: &str) -> String {
    let one_line = s.replace('\n', " ");
    match one_line.char_indices().nth(100) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}
