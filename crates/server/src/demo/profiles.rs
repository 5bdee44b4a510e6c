//! The demo people's profiles: bios, stories, the languages they speak (Polish, Ukrainian, Danish,
//! Italian, English, Sardinian, Arabic, Russian, Irish…) and their skills, each field shown to
//! an audience of its own, so that each community's directory has something to find — in Wawer,
//! who speaks Ukrainian and can help with a tax form. A few people show nothing at all.

use domain::AppError;
use domain::accounts::{AccountStore as _, Email};
use domain::profiles::{self, ProfileInput};
use domain::time;
use store::Db;

const PUBLIC: &str = "public";
const MEMBERS: &str = "members";
const PRIVATE: &str = "private";

/// One person's profile: e-mail, bio and its audience, story and its audience, languages as
/// `code:level` and their audience, skills and their audience.
struct DemoProfile {
    email: &'static str,
    bio: (&'static str, &'static str),
    story: (&'static str, &'static str),
    languages: (&'static [&'static str], &'static str),
    skills: (&'static [&'static str], &'static str),
}

const PROFILES: &[DemoProfile] = &[
    // Wawer.
    DemoProfile {
        email: "agnieszka@wawer.example",
        bio: (
            "Prowadzę Dom Kultury Wawer. Pytajcie o sale, warsztaty i wydarzenia.",
            PUBLIC,
        ),
        story: (
            "Mieszkam w Wawrze od urodzenia. Pamiętam, jak w domu kultury **nie było nawet ogrzewania** — \
             dziś jest tu chór, kawiarenka językowa i warsztaty dla dzieci.",
            MEMBERS,
        ),
        languages: (&["pl:native", "en:fluent"], PUBLIC),
        skills: (&["organizacja wydarzeń", "wnioski o granty"], PUBLIC),
    },
    DemoProfile {
        email: "tomasz@wawer.example",
        bio: (
            "Biblioteka Wawer: zajęcia komputerowe dla seniorów we wtorki.",
            PUBLIC,
        ),
        story: ("", PRIVATE),
        languages: (&["pl:native", "de:conversational"], MEMBERS),
        skills: (&["komputery", "smartfony", "e-recepta"], PUBLIC),
    },
    DemoProfile {
        email: "ewa@wawer.example",
        bio: ("Mama trójki dzieci, działkowiczka.", PRIVATE),
        story: ("", PRIVATE),
        languages: (&["pl:native", "en:conversational"], MEMBERS),
        skills: (&["szycie", "ogrodnictwo"], MEMBERS),
    },
    DemoProfile {
        email: "halina@wawer.example",
        bio: (
            "Emerytowana nauczycielka polskiego. Lubię piec i opowiadać.",
            MEMBERS,
        ),
        story: (
            "Uczyłam w szkole na Marysinie przez trzydzieści lat. Teraz mam więcej czasu niż \
             siły — ale na korepetycje z polskiego zawsze się znajdzie.",
            PRIVATE,
        ),
        languages: (&["pl:native", "ru:conversational"], MEMBERS),
        skills: (&["korepetycje z polskiego", "pieczenie"], MEMBERS),
    },
    DemoProfile {
        email: "marek@wawer.example",
        bio: ("", PRIVATE),
        story: ("", PRIVATE),
        languages: (&["pl:native"], PRIVATE),
        skills: (&["przeprowadzki", "majsterkowanie"], PUBLIC),
    },
    DemoProfile {
        email: "olena@wawer.example",
        bio: ("Księgowa z Charkowa, w Wawrze od 2022 roku.", PUBLIC),
        story: (
            "Przyjechałam z córką w marcu 2022. Sąsiedzi pomogli nam ze wszystkim — teraz ja \
             pomagam innym z **PIT-ami** i pismami z urzędu.\n\nПриїхала з донькою в березні 2022 \
             року. Тепер допомагаю іншим із податковими деклараціями.",
            MEMBERS,
        ),
        languages: (
            &["uk:native", "ru:native", "pl:fluent", "en:conversational"],
            PUBLIC,
        ),
        skills: (
            &["formularze podatkowe", "pit", "księgowość", "tłumaczenia"],
            MEMBERS,
        ),
    },
    DemoProfile {
        email: "dmytro@wawer.example",
        bio: ("Elektryk. Chętnie pomogę przy drobnych naprawach.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["uk:native", "pl:conversational"], PUBLIC),
        skills: (&["elektryka", "naprawa rowerów"], PUBLIC),
    },
    DemoProfile {
        email: "sarah@wawer.example",
        bio: ("English teacher in Wawer and Cagliari.", PUBLIC),
        story: (
            "I taught English in Cairo for six years before moving to Warsaw. I run the \
             language café at the library on Thursdays.\n\nأهلاً وسهلاً! في مقهى اللغات نتكلم \
             الإنجليزية والعربية والبولندية.",
            PUBLIC,
        ),
        languages: (
            &[
                "en:native",
                "ar:conversational",
                "it:conversational",
                "pl:basic",
            ],
            PUBLIC,
        ),
        skills: (&["english conversation", "cv writing"], MEMBERS),
    },
    // Middelfart.
    DemoProfile {
        email: "mette@middelfart.example",
        bio: (
            "Kulturhuset Middelfart. Spørg mig om lokaler og foreninger.",
            PUBLIC,
        ),
        story: ("", PRIVATE),
        languages: (&["da:native", "en:fluent", "de:conversational"], PUBLIC),
        skills: (&["foreningsarbejde", "fundraising"], PUBLIC),
    },
    DemoProfile {
        email: "lars@middelfart.example",
        bio: ("", PRIVATE),
        story: ("", PRIVATE),
        languages: (&["da:native"], MEMBERS),
        skills: (&["cykelreparation", "træarbejde"], PUBLIC),
    },
    DemoProfile {
        email: "anders@middelfart.example",
        bio: ("Revisor på deltid.", MEMBERS),
        story: ("", PRIVATE),
        languages: (&["da:native", "en:fluent"], MEMBERS),
        skills: (&["selvangivelse", "regnskab"], MEMBERS),
    },
    DemoProfile {
        email: "kirsten@middelfart.example",
        bio: ("Pensioneret sygeplejerske.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["da:native", "sv:conversational"], PUBLIC),
        skills: (&["strikning", "lektiehjælp"], PUBLIC),
    },
    DemoProfile {
        email: "iryna@middelfart.example",
        bio: ("Fra Odesa. Lærer dansk på sprogskolen.", PUBLIC),
        story: (
            "Jeg var matematiklærer i Odesa. I Middelfart hjælper jeg børn med matematik — \
             på ukrainsk, engelsk og lidt dansk.",
            MEMBERS,
        ),
        languages: (&["uk:native", "ru:fluent", "en:fluent", "da:basic"], PUBLIC),
        skills: (&["matematik", "tolkning"], MEMBERS),
    },
    DemoProfile {
        email: "james@middelfart.example",
        bio: ("", PRIVATE),
        story: ("", PRIVATE),
        languages: (
            &["en:native", "ar:conversational", "da:conversational"],
            PUBLIC,
        ),
        skills: (&["english conversation", "fiskeri"], PUBLIC),
    },
    // Cagliari.
    DemoProfile {
        email: "giulia@cagliari.example",
        bio: ("Associazione di quartiere, Castello.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["it:native", "sc:conversational", "en:fluent"], PUBLIC),
        skills: (&["progettazione sociale", "bandi"], PUBLIC),
    },
    DemoProfile {
        email: "marco@cagliari.example",
        bio: ("Falegname nella Marina da trent'anni.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["it:native", "sc:native"], PUBLIC),
        skills: (&["restauro", "falegnameria"], PUBLIC),
    },
    DemoProfile {
        email: "antonio@cagliari.example",
        bio: ("Pescatore in pensione.", PUBLIC),
        story: (
            "Ho pescato nel golfo per quarant'anni. Adesso insegno ai ragazzi a **riparare le \
             reti** al porticciolo.",
            PUBLIC,
        ),
        languages: (&["it:native", "sc:native"], MEMBERS),
        skills: (&["pesca", "riparazione reti"], PUBLIC),
    },
    DemoProfile {
        email: "maria@cagliari.example",
        bio: ("", PRIVATE),
        story: ("", PRIVATE),
        languages: (&["it:native", "fr:fluent"], MEMBERS),
        skills: (&["moduli fiscali", "caf"], MEMBERS),
    },
    DemoProfile {
        email: "oksana@cagliari.example",
        bio: ("Da Leopoli, a Cagliari dal 2022.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["uk:native", "it:conversational", "pl:basic"], PUBLIC),
        skills: (&["pasticceria", "traduzioni"], MEMBERS),
    },
    DemoProfile {
        email: "emma@cagliari.example",
        bio: ("Fotografa irlandese a Stampace.", PUBLIC),
        story: ("", PRIVATE),
        languages: (&["en:native", "ga:basic", "it:fluent"], PUBLIC),
        skills: (&["fotografia"], PUBLIC),
    },
];

/// Gives each demo person their profile, unless they already have one (the demo may be loaded
/// again over a database people have used).
pub async fn load(db: &Db) -> Result<(), AppError> {
    for demo in PROFILES {
        let email = Email::parse(demo.email).map_err(|m| AppError::internal(m.key))?;
        let Some((account, _)) = db.account_by_email(&email).await? else {
            continue;
        };
        let current = profiles::own(db, &account).await?;
        if !(current.bio.is_empty() && current.languages.is_empty() && current.skills.is_empty()) {
            continue;
        }
        let codes: Vec<&str> = demo
            .languages
            .0
            .iter()
            .filter_map(|entry| entry.split_once(':').map(|(code, _)| code))
            .collect();
        let levels: Vec<(&str, &str)> = demo
            .languages
            .0
            .iter()
            .filter_map(|entry| entry.split_once(':'))
            .collect();
        let input = ProfileInput {
            display_name: None,
            bio: Some(demo.bio.0),
            story: Some(demo.story.0),
            languages: Some(codes),
            language_levels: Some(levels),
            skills: Some(demo.skills.0.to_vec()),
            visibility: vec![
                ("bio", demo.bio.1),
                ("story", demo.story.1),
                ("languages", demo.languages.1),
                ("skills", demo.skills.1),
            ],
        };
        profiles::save(db, &account, &input, time::now()).await?;
    }
    Ok(())
}
