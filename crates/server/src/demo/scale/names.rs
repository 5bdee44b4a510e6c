//! Who the generated residents are: a name and a language for resident number `n`, always the
//! same for the same number, from small lists of Polish, Ukrainian, Danish and Italian names.

use super::phrases::{DANISH, ITALIAN, POLISH, Phrases, UKRAINIAN};

struct Names {
    phrases: &'static Phrases,
    women: &'static [&'static str],
    men: &'static [&'static str],
    /// A surname as a man's and as a woman's, where the language tells them apart.
    surnames: &'static [(&'static str, &'static str)],
}

const POLISH_NAMES: Names = Names {
    phrases: &POLISH,
    women: &[
        "Anna",
        "Maria",
        "Katarzyna",
        "Małgorzata",
        "Agnieszka",
        "Barbara",
        "Ewa",
        "Krystyna",
        "Elżbieta",
        "Zofia",
        "Joanna",
        "Halina",
    ],
    men: &[
        "Piotr",
        "Krzysztof",
        "Andrzej",
        "Tomasz",
        "Jan",
        "Paweł",
        "Marek",
        "Michał",
        "Stanisław",
        "Józef",
        "Grzegorz",
        "Jerzy",
    ],
    surnames: &[
        ("Nowak", "Nowak"),
        ("Kowalski", "Kowalska"),
        ("Wiśniewski", "Wiśniewska"),
        ("Wójcik", "Wójcik"),
        ("Kowalczyk", "Kowalczyk"),
        ("Kamiński", "Kamińska"),
        ("Lewandowski", "Lewandowska"),
        ("Zieliński", "Zielińska"),
        ("Szymański", "Szymańska"),
        ("Woźniak", "Woźniak"),
        ("Dąbrowski", "Dąbrowska"),
        ("Kozłowski", "Kozłowska"),
    ],
};

const UKRAINIAN_NAMES: Names = Names {
    phrases: &UKRAINIAN,
    women: &[
        "Олена",
        "Оксана",
        "Ірина",
        "Наталія",
        "Тетяна",
        "Юлія",
        "Світлана",
        "Марія",
        "Анна",
        "Людмила",
        "Галина",
        "Вікторія",
    ],
    men: &[
        "Олександр",
        "Андрій",
        "Сергій",
        "Дмитро",
        "Володимир",
        "Михайло",
        "Іван",
        "Тарас",
        "Богдан",
        "Юрій",
        "Василь",
        "Микола",
    ],
    surnames: &[
        ("Шевченко", "Шевченко"),
        ("Коваленко", "Коваленко"),
        ("Бондаренко", "Бондаренко"),
        ("Мельник", "Мельник"),
        ("Ткаченко", "Ткаченко"),
        ("Кравченко", "Кравченко"),
        ("Бойко", "Бойко"),
        ("Коваль", "Коваль"),
        ("Олійник", "Олійник"),
        ("Лисенко", "Лисенко"),
        ("Левицький", "Левицька"),
        ("Савченко", "Савченко"),
    ],
};

const DANISH_NAMES: Names = Names {
    phrases: &DANISH,
    women: &[
        "Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Sofie", "Ida", "Freja",
        "Karen", "Birgitte",
    ],
    men: &[
        "Lars", "Jens", "Peter", "Michael", "Henrik", "Søren", "Niels", "Anders", "Rasmus", "Mads",
        "Frederik", "Jørgen",
    ],
    surnames: &[
        ("Jensen", "Jensen"),
        ("Nielsen", "Nielsen"),
        ("Hansen", "Hansen"),
        ("Pedersen", "Pedersen"),
        ("Andersen", "Andersen"),
        ("Christensen", "Christensen"),
        ("Larsen", "Larsen"),
        ("Sørensen", "Sørensen"),
        ("Rasmussen", "Rasmussen"),
        ("Jørgensen", "Jørgensen"),
        ("Petersen", "Petersen"),
        ("Madsen", "Madsen"),
    ],
};

const ITALIAN_NAMES: Names = Names {
    phrases: &ITALIAN,
    women: &[
        "Giulia",
        "Maria",
        "Francesca",
        "Chiara",
        "Sara",
        "Anna",
        "Valentina",
        "Martina",
        "Elena",
        "Giovanna",
        "Paola",
        "Alessandra",
    ],
    men: &[
        "Marco",
        "Giuseppe",
        "Antonio",
        "Giovanni",
        "Francesco",
        "Luca",
        "Alessandro",
        "Andrea",
        "Matteo",
        "Stefano",
        "Salvatore",
        "Roberto",
    ],
    surnames: &[
        ("Rossi", "Rossi"),
        ("Russo", "Russo"),
        ("Ferrari", "Ferrari"),
        ("Esposito", "Esposito"),
        ("Bianchi", "Bianchi"),
        ("Romano", "Romano"),
        ("Colombo", "Colombo"),
        ("Sanna", "Sanna"),
        ("Pinna", "Pinna"),
        ("Melis", "Melis"),
        ("Serra", "Serra"),
        ("Deiana", "Deiana"),
    ],
};

/// Out of 20 residents: 8 speak Polish, 5 Ukrainian, 4 Danish and 3 Italian.
fn names_for(share: usize) -> &'static Names {
    match share {
        0..8 => &POLISH_NAMES,
        8..13 => &UKRAINIAN_NAMES,
        13..17 => &DANISH_NAMES,
        _ => &ITALIAN_NAMES,
    }
}

/// Resident `number`'s name and language.
pub fn resident(number: u64) -> (String, &'static Phrases) {
    let mut bits = mix(number);
    let mut take = |count: usize| {
        let count = count.max(1) as u64;
        let value = bits % count;
        bits /= count;
        usize::try_from(value).unwrap_or_default()
    };
    let names = names_for(take(20));
    let woman = take(2) == 0;
    let first_names = if woman { names.women } else { names.men };
    let first = first_names
        .get(take(first_names.len()))
        .copied()
        .unwrap_or_default();
    let (his, hers) = names
        .surnames
        .get(take(names.surnames.len()))
        .copied()
        .unwrap_or_default();
    let surname = if woman { hers } else { his };
    (format!("{first} {surname}"), names.phrases)
}

/// SplitMix64's finaliser: neighbouring numbers get unrelated bits.
fn mix(number: u64) -> u64 {
    let mut z = number.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::resident;

    #[test]
    fn a_number_always_names_the_same_person_and_languages_mix() {
        assert_eq!(resident(7).0, resident(7).0);
        let locales: std::collections::HashSet<_> =
            (1..200).map(|number| resident(number).1.locale).collect();
        assert_eq!(locales.len(), 4);
    }
}
