//! Property tests: for any text, offsets map back into the original and
//! every segment slices it.

use gazette::normalize::normalize;
use gazette::{Lexicons, Pipeline};
use proptest::prelude::*;

/// Characters that exercise every fold and the NFC path.
fn article_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Kyiv".to_string()),
        Just("Kyi\u{308}v".to_string()),
        Just("“quoted,” he said.".to_string()),
        Just("U.S. ".to_string()),
        Just("Maj. Gen. ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("    ".to_string()),
        Just("\u{a0}\u{200b}\u{ad}\u{feff}".to_string()),
        Just("…—–".to_string()),
        Just("ﬁ１½".to_string()),
        Just("Recommended Stories\n".to_string()),
        Just("e\u{301}\u{327}".to_string()),
        // Folds that change length next to capitals: the gazetteer walk must
        // never stop inside one character's fold.
        Just("Straße KAß Æsir Œuvre İstanbul ".to_string()),
        Just("\"It was 1,500,\" Mayor Ihor Terekhov said. ".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Characters of `s` between two char offsets.
fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end - start).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_offset_maps_into_the_original(text in article_text()) {
        let norm = normalize(&text);
        let n = text.chars().count();
        prop_assert_eq!(norm.original_chars, n);
        let mut last = 0;
        for (i, _) in norm.text.char_indices().chain(std::iter::once((norm.text.len(), ' '))) {
            let o = norm.to_original(i);
            prop_assert!(o <= n, "offset {} beyond {} chars", o, n);
            prop_assert!(o >= last, "offsets go backwards");
            last = o;
        }
        prop_assert_eq!(norm.to_original(norm.text.len()), n);
    }

    #[test]
    fn segments_slice_the_original(text in article_text()) {
        let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
        let a = pipeline.analyse(&text);
        for p in &a.paragraphs {
            prop_assert!(p.start < p.end && p.end <= a.norm.text.len());
            let (s, e) = (a.orig(p.start) as usize, a.orig(p.end) as usize);
            let orig = chars(&text, s, e);
            prop_assert!(!orig.trim().is_empty(), "paragraph maps to blank original {:?}", orig);
        }
        for s in &a.sentences {
            prop_assert!(a.paragraphs[s.paragraph].contains(s.span));
            // The original slice normalises to exactly the sentence.
            let orig = chars(&text, a.orig(s.span.start) as usize, a.orig(s.span.end) as usize);
            let again = normalize(&orig);
            prop_assert_eq!(again.text.trim(), s.span.slice(&a.norm.text), "from {:?}", orig);
        }
    }

    #[test]
    fn processing_never_panics(text in article_text()) {
        let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
        let r = pipeline.process(&gazette::Document::from_text("p", text));
        prop_assert!(r.document.sentences >= r.document.paragraphs);
    }
}
