//! How text becomes searchable words. What is stored and what is asked pass through the same
//! folding, in Rust, so that both engines see the same plain words and answer alike: lower case,
//! no accents (`ż` is `z`, `ł` is `l`, `ø` is `o`, `й` is `и`), letters and digits only.
//!
//! Word forms are met halfway on the asking side only: a long word loses a common inflection
//! ending and a consonant that changes before it, and what remains is looked for as a prefix.
//! So "biblioteka" looks for `bibliote…` and finds "bibliotece" and "bibliotekach"; "бібліотека"
//! finds "бібліотеці". It is a light rule for five languages at once, not a stemmer: it finds
//! more rather than less, and never misses the exact word typed.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The text as searchable words, separated by single spaces.
pub fn fold(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    let mut between_words = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if between_words && !words.is_empty() {
                words.push(' ');
            }
            between_words = false;
            push_folded(c, &mut words);
        } else {
            between_words = true;
        }
    }
    words
}

/// Letters that no decomposition takes apart, then lower case.
fn push_folded(c: char, words: &mut String) {
    match c {
        'ł' | 'Ł' => words.push('l'),
        'ø' | 'Ø' => words.push('o'),
        'æ' | 'Æ' => words.push_str("ae"),
        'đ' | 'Đ' => words.push('d'),
        'ß' => words.push_str("ss"),
        'ı' => words.push('i'),
        _ => words.extend(c.to_lowercase()),
    }
}

/// Inflection endings of Polish, Ukrainian, Italian, Danish and English, folded, longest first
/// within each length so that the longest one that fits is taken.
const ENDINGS: &[&str] = &[
    "iami", "ach", "ego", "emu", "ich", "ymi", "ami", "ями", "ами", "ові", "еві", "ого", "ому",
    "ing", "ies", "erne", "ene", "och", "om", "ow", "em", "ie", "ej", "ym", "ах", "ях", "ів", "ом",
    "ою", "ею", "ам", "ям", "er", "en", "et", "es", "ed", "he", "hi", "a", "e", "i", "o", "u", "y",
    "s", "а", "я", "у", "ю", "о", "е", "и", "і", "ь",
];

/// Consonants that change before an ending ("biblioteka", "bibliotece"; "ręka", "ręce";
/// "нога", "нозі"): a stem that ends in one loses it too.
const ALTERNATING: &[char] = &['k', 'c', 'g', 'h', 'z', 'к', 'ц', 'г', 'з', 'х', 'с'];

/// Shortest part a word is cut down to.
const SHORTEST_STEM: usize = 4;

/// What a typed word is looked for as: a prefix shared by its usual forms.
pub fn stem(word: &str) -> &str {
    let length = word.chars().count();
    if length <= SHORTEST_STEM {
        return word;
    }
    let Some(cut) = ENDINGS
        .iter()
        .filter(|ending| word.ends_with(*ending))
        .filter(|ending| length - ending.chars().count() >= SHORTEST_STEM)
        .map(|ending| word.len() - ending.len())
        .min()
    else {
        return word;
    };
    let stem = &word[..cut];
    match stem.char_indices().last() {
        Some((last, c)) if ALTERNATING.contains(&c) && stem.chars().count() > SHORTEST_STEM + 1 => {
            &stem[..last]
        }
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(
            fold("Żółta  Łódź, w BIBLIOTECE!"),
            "zolta lodz w bibliotece"
        );
        assert_eq!(
            fold("Søren's æble-kage på Ærø"),
            "soren s aeble kage pa aero"
        );
        assert_eq!(fold("Їжак і йогурт — ҐАНОК"), "іжак і иогурт ґанок");
        assert_eq!(fold("perché città"), "perche citta");
        assert_eq!(fold("  "), "");
    }

    #[test]
    fn a_word_and_its_other_forms_share_the_stem_it_is_looked_for_by() {
        for (typed, found) in [
            ("biblioteka", "bibliotece"),
            ("biblioteka", "bibliotekach"),
            ("bibliotece", "biblioteka"),
            ("rowerów", "rower"),
            ("бібліотека", "бібліотеці"),
            ("українська", "українську"),
            ("biblioteca", "biblioteche"),
            ("biblioteket", "bibliotek"),
            ("meetings", "meeting"),
            ("gardening", "garden"),
        ] {
            let typed = fold(typed);
            let found = fold(found);
            assert!(
                found.starts_with(stem(&typed)),
                "{typed} is looked for as {}, which does not find {found}",
                stem(&typed)
            );
        }
    }

    #[test]
    fn short_words_are_looked_for_whole() {
        assert_eq!(stem("kot"), "kot");
        assert_eq!(stem("haven"), "haven");
        assert_eq!(stem("event"), "event");
    }
}
