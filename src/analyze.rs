//! analyze: the one text analyzer of the site, used at build time (the lexicon's forms, `check`)
//! and, written again in `static/js/analyzer.js`, in the browser (questions, search). The two
//! are held together by shared test vectors (`tests/analyzer-vectors.json`). Steps: fold case,
//! Latin accents and apostrophes; normalise Arabic (tashkeel, tatweel, alef, yaa, taa marbuta,
//! hamza carriers, digits); split into words, a hyphenated word giving its parts and its joined
//! form ("start-up" → start, up, startup; "R&D" → rd); drop stop words; stem lightly (French, English, or
//! Arabic for words in Arabic script, whatever the page's language).

/// Folds one character into what it is compared as (possibly nothing, possibly two letters).
fn fold_char(c: char, out: &mut String) {
    let mapped: &str = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => "i",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => "o",
        'û' | 'ü' | 'ú' | 'ù' | 'Û' | 'Ü' | 'Ú' | 'Ù' => "u",
        'ÿ' | 'Ÿ' => "y",
        'ñ' | 'Ñ' => "n",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        // Apostrophes separate words: "l'incubateur" is "l incubateur".
        '\'' | '\u{2019}' | '\u{02BC}' | '`' => " ",
        // Combining accents (a decomposed "é") vanish like the precomposed ones.
        '\u{0300}'..='\u{036F}' => "",
        // Arabic: short vowels and other marks, the tatweel, Quranic marks vanish.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => "",
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => "\u{0627}",
        '\u{0649}' => "\u{064A}",
        '\u{0629}' => "\u{0647}",
        '\u{0624}' => "\u{0648}",
        '\u{0626}' => "\u{064A}",
        '\u{0660}'..='\u{0669}' => {
            out.push(char::from(b'0' + (c as u32 - 0x0660) as u8));
            return;
        }
        '\u{06F0}'..='\u{06F9}' => {
            out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8));
            return;
        }
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(mapped);
}

/// Lower case, no Latin accents, Arabic normalised: the form text is compared in.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// The language whose rules a word follows: Arabic script is Arabic on every page; other words
/// follow the page's language, and English on the Arabic pages.
fn rules_for(word: &str, lang: &str) -> &'static str {
    if word.chars().any(is_arabic) {
        "ar"
    } else if lang == "fr" {
        "fr"
    } else {
        "en"
    }
}

/// Stop words per language, folded; given by the lexicon.
#[derive(Debug, Clone, Default)]
pub struct Stops {
    pub fr: Vec<String>,
    pub en: Vec<String>,
    pub ar: Vec<String>,
}

impl Stops {
    fn of(&self, rules: &str) -> &[String] {
        match rules {
            "fr" => &self.fr,
            "ar" => &self.ar,
            _ => &self.en,
        }
    }
}

/// The words of `text` as the index and the questions compare them, in order.
pub fn analyze(text: &str, lang: &str, stops: &Stops) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    // Words are runs of letters and digits; a hyphen or an ampersand between two of them joins
    // a compound ("start-up", "R&D").
    for run in folded.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&')) {
        let parts: Vec<&str> = run.split(['-', '&']).filter(|p| !p.is_empty()).collect();
        for part in &parts {
            push_word(part, lang, stops, &mut out);
        }
        if parts.len() > 1 {
            push_word(&parts.concat(), lang, stops, &mut out);
        }
    }
    out
}

fn push_word(word: &str, lang: &str, stops: &Stops, out: &mut Vec<String>) {
    if word.chars().count() < 2 && !word.chars().all(|c| c.is_ascii_digit()) {
        return;
    }
    let rules = rules_for(word, lang);
    if stops.of(rules).iter().any(|s| s == word) {
        return;
    }
    out.push(stem(word, rules));
}

/// A word's stem under the rules of `rules` ("fr", "en" or "ar").
pub fn stem(word: &str, rules: &str) -> String {
    match rules {
        "fr" => stem_fr(word),
        "ar" => stem_ar(word),
        _ => stem_en(word),
    }
}

/// Removes the first suffix of `suffixes` that leaves at least `min` characters.
fn strip_one(word: &str, suffixes: &[&str], min: usize) -> Option<String> {
    suffixes.iter().find_map(|s| {
        let stem = word.strip_suffix(s)?;
        (stem.chars().count() >= min).then(|| stem.to_string())
    })
}

/// French, light: plural, then one derivational or verbal ending (on folded words).
fn stem_fr(word: &str) -> String {
    let mut w = word.to_string();
    if w.chars().count() >= 5 && w.ends_with("aux") {
        w.truncate(w.len() - 3);
        w.push_str("al");
    } else if w.chars().count() >= 4 && (w.ends_with('s') || w.ends_with('x')) {
        w.pop();
    }
    const ENDINGS: &[&str] = &[
        "issement", "ements", "ement", "ations", "ation", "atrice", "ateur", "iere", "ier", "euse",
        "eur", "isme", "iste", "ite", "ive", "if", "ique", "able", "ee", "er", "ez", "e",
    ];
    strip_one(&w, ENDINGS, 3).unwrap_or(w)
}

/// English, light: plural, then one common ending.
fn stem_en(word: &str) -> String {
    let mut w = word.to_string();
    let n = w.chars().count();
    if n > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.pop();
    }
    const ENDINGS: &[&str] = &[
        "ations", "ation", "ings", "ing", "ers", "er", "ors", "or", "ed",
    ];
    strip_one(&w, ENDINGS, 3).unwrap_or(w)
}

/// Arabic, light (after Larkey's light10): the conjunction و, an attached preposition and the
/// article in front; plural, feminine and possessive endings behind. A taa marbuta written
/// as taa before a possessive ("شركتي") goes with it.
fn stem_ar(word: &str) -> String {
    let len = |s: &str| s.chars().count();
    let mut w = word.to_string();
    // The conjunction و only: a leading ف is as often the word's own letter (فرصة).
    if len(&w) >= 4 {
        if let Some(rest) = w.strip_prefix('و') {
            w = rest.to_string();
        }
    }
    const ARTICLES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];
    let mut had_article = false;
    for a in ARTICLES {
        if let Some(rest) = w.strip_prefix(a) {
            if len(rest) >= 2 {
                w = rest.to_string();
                had_article = true;
                break;
            }
        }
    }
    if !had_article && len(&w) >= 5 {
        for p in ["ب", "ل", "ك"] {
            if let Some(rest) = w.strip_prefix(p) {
                w = rest.to_string();
                break;
            }
        }
        if let Some(rest) = w.strip_prefix("ال").filter(|r| len(r) >= 2) {
            w = rest.to_string();
        }
    }
    const POSSESSIVES: &[&str] = &["كم", "هم", "نا", "ها", "ك", "ي"];
    const ENDINGS: &[&str] = &["ات", "ان", "ون", "ين", "يه", "ه"];
    if let Some(stem) = strip_one(&w, POSSESSIVES, 3) {
        w = match stem.strip_suffix('ت') {
            Some(s) if len(s) >= 3 => s.to_string(),
            _ => stem,
        };
    }
    strip_one(&w, ENDINGS, 2).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(text: &str, lang: &str) -> Vec<String> {
        let stops = Stops {
            fr: vec![
                "je".into(),
                "un".into(),
                "pour".into(),
                "ma".into(),
                "l".into(),
            ],
            en: vec!["for".into(), "a".into()],
            ar: vec!["عن".into()],
        };
        analyze(text, lang, &stops)
    }

    #[test]
    fn compounds_give_their_parts_and_their_joined_form() {
        assert_eq!(a("start-up", "en"), ["start", "up", "startup"]);
        assert_eq!(a("startup", "fr"), ["startup"]);
    }

    #[test]
    fn french_plurals_feminines_and_verbs_meet() {
        assert_eq!(a("financement", "fr"), a("financer", "fr"));
        assert_eq!(a("incubateurs", "fr"), a("incubateur", "fr"));
        assert_eq!(a("Santé", "fr"), a("sante", "fr"));
        assert_eq!(a("locaux", "fr"), a("local", "fr"));
        assert_eq!(
            a("je cherche l'incubateur pour ma startup", "fr"),
            ["cherch", "incub", "startup"]
        );
    }

    #[test]
    fn english_plurals_and_endings_meet() {
        assert_eq!(a("companies", "en"), a("company", "en"));
        assert_eq!(a("funding", "en"), a("fund", "en"));
    }

    #[test]
    fn arabic_is_normalised_and_lightly_stemmed() {
        assert_eq!(a("الحاضنات", "ar"), a("حاضنة", "ar"));
        assert_eq!(a("لشركتي", "ar"), a("شركة", "ar"));
        assert_eq!(a("الناشئة", "ar"), a("ناشئ", "ar"));
        assert_eq!(a("تَمْوِيل", "ar"), a("تمويل", "ar"));
        assert_eq!(a("أبحث عن تمويل", "ar"), a("ابحث تمويل", "ar"));
        // Latin words on Arabic pages follow the English rules.
        assert_eq!(a("startups", "ar"), ["startup"]);
        assert_eq!(a("٢٠٢٣", "ar"), ["2023"]);
    }
}
