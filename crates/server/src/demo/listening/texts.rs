//! The needs survey's texts: written by each community's organiser in the community's language,
//! and their translations (English everywhere, Ukrainian in Wawer). Every translation has the
//! same shape as its original: the questions of `super::QUESTIONS`, each with its options.

/// A survey's texts in one language: the title, the description and per question its prompt and
/// options (none for scales and free text).
pub struct Texts {
    pub title: &'static str,
    pub description: &'static str,
    pub questions: &'static [(&'static str, &'static [&'static str])],
}

pub const WAWER_PL: Texts = Texts {
    title: "Czego potrzebujesz w Wawrze? Ankieta sąsiedzka 2026",
    description: "Planujemy zajęcia i spotkania na przyszły rok w domu kultury i w bibliotece. \
                  Ankieta jest anonimowa — nie zapisujemy, kto co odpowiedział. Papierowe ankiety \
                  można zostawić w bibliotece przy ul. Żegańskiej. Wyniki pokażemy wszystkim \
                  członkom społeczności.",
    questions: &[
        ("Ile masz lat?", &["poniżej 30", "30–64", "65 i więcej"]),
        (
            "Czego chcesz się nauczyć? (można zaznaczyć kilka odpowiedzi)",
            &[
                "Obsługa smartfona i internetu, sprawy urzędowe online",
                "Język polski dla nowych sąsiadów",
                "Gotowanie",
                "Ogrodnictwo i uprawa warzyw",
                "Pierwsza pomoc",
                "Drobne naprawy w domu i przy rowerze",
            ],
        ),
        (
            "Jak dobrze czujesz się poinformowany(-a) o wydarzeniach w okolicy? (1 — wcale, 5 — bardzo dobrze)",
            &[],
        ),
        (
            "Skąd najczęściej dowiadujesz się, co dzieje się w okolicy?",
            &[
                "Tablice ogłoszeń i plakaty",
                "Od sąsiadów i znajomych",
                "Facebook i inne media społecznościowe",
                "Lokalna gazeta lub radio",
                "Micropolis",
            ],
        ),
        (
            "Kiedy możesz brać udział w zajęciach? (można zaznaczyć kilka odpowiedzi)",
            &[
                "W tygodniu rano",
                "W tygodniu po południu",
                "W tygodniu wieczorem",
                "W weekendy",
            ],
        ),
        (
            "Jak łatwo jest Ci poprosić sąsiadów o pomoc, gdy jej potrzebujesz? (1 — bardzo trudno, 5 — bardzo łatwo)",
            &[],
        ),
        ("Czego brakuje Ci w okolicy?", &[]),
    ],
};

pub const WAWER_EN: Texts = Texts {
    title: "What do you need in Wawer? Neighbourhood survey 2026",
    description: "We are planning next year's activities and meetings at the culture centre and \
                  the library. The survey is anonymous — we do not record who answered what. Paper \
                  forms can be left at the library on Żegańska Street. We will show the results to \
                  all members of the community.",
    questions: &[
        ("How old are you?", &["under 30", "30–64", "65 and over"]),
        (
            "What would you like to learn? (tick all that apply)",
            &[
                "Using a smartphone and the internet, public services online",
                "Polish for new neighbours",
                "Cooking",
                "Gardening and growing vegetables",
                "First aid",
                "Small repairs at home and on bikes",
            ],
        ),
        (
            "How well informed do you feel about local events? (1 — not at all, 5 — very well)",
            &[],
        ),
        (
            "Where do you usually hear about what is happening locally?",
            &[
                "Noticeboards and posters",
                "From neighbours and friends",
                "Facebook and other social media",
                "Local newspaper or radio",
                "Micropolis",
            ],
        ),
        (
            "When can you take part in activities? (tick all that apply)",
            &[
                "Weekday mornings",
                "Weekday afternoons",
                "Weekday evenings",
                "Weekends",
            ],
        ),
        (
            "How easy is it for you to ask neighbours for help when you need it? (1 — very hard, 5 — very easy)",
            &[],
        ),
        ("What is missing in the neighbourhood?", &[]),
    ],
};

pub const WAWER_UK: Texts = Texts {
    title: "Що вам потрібно у Вавері? Сусідське опитування 2026",
    description: "Ми плануємо заняття та зустрічі на наступний рік у будинку культури та в \
                  бібліотеці. Опитування анонімне — ми не записуємо, хто що відповів. Паперові \
                  анкети можна залишити в бібліотеці на вулиці Жеганській. Результати ми покажемо \
                  всім учасникам спільноти.",
    questions: &[
        ("Скільки вам років?", &["до 30", "30–64", "65 і більше"]),
        (
            "Чого ви хотіли б навчитися? (можна позначити кілька відповідей)",
            &[
                "Користування смартфоном та інтернетом, державні послуги онлайн",
                "Польська мова для нових сусідів",
                "Кулінарія",
                "Садівництво та вирощування овочів",
                "Перша допомога",
                "Дрібний ремонт удома та велосипеда",
            ],
        ),
        (
            "Наскільки добре ви поінформовані про події поблизу? (1 — зовсім ні, 5 — дуже добре)",
            &[],
        ),
        (
            "Звідки ви найчастіше дізнаєтеся, що відбувається поблизу?",
            &[
                "Дошки оголошень і плакати",
                "Від сусідів і знайомих",
                "Facebook та інші соцмережі",
                "Місцева газета чи радіо",
                "Micropolis",
            ],
        ),
        (
            "Коли ви можете брати участь у заняттях? (можна позначити кілька відповідей)",
            &[
                "У будні вранці",
                "У будні вдень",
                "У будні ввечері",
                "У вихідні",
            ],
        ),
        (
            "Наскільки легко вам попросити сусідів про допомогу, коли вона потрібна? (1 — дуже важко, 5 — дуже легко)",
            &[],
        ),
        ("Чого вам бракує в районі?", &[]),
    ],
};

pub const MIDDELFART_DA: Texts = Texts {
    title: "Hvad mangler du i Middelfart? Spørgeskema til borgerne",
    description: "Biblioteket og kulturhuset planlægger næste års aktiviteter. Besvarelserne er \
                  anonyme — vi gemmer ikke, hvem der har svaret hvad. Papirskemaer kan afleveres \
                  ved bibliotekets skranke. Alle medlemmer af fællesskabet kan se resultaterne.",
    questions: &[
        (
            "Hvor gammel er du?",
            &["under 30", "30–64", "65 og derover"],
        ),
        (
            "Hvad kunne du tænke dig at lære? (sæt gerne flere krydser)",
            &[
                "Smartphone, internet og MitID",
                "Dansk for nye naboer",
                "Madlavning",
                "Havearbejde og køkkenhave",
                "Førstehjælp",
                "Små reparationer i hjemmet og på cyklen",
            ],
        ),
        (
            "Hvor godt føler du dig informeret om lokale arrangementer? (1 — slet ikke, 5 — meget godt)",
            &[],
        ),
        (
            "Hvor hører du oftest om, hvad der sker i byen?",
            &[
                "Opslagstavler og plakater",
                "Fra naboer og venner",
                "Facebook og andre sociale medier",
                "Lokalavisen eller radioen",
                "Micropolis",
            ],
        ),
        (
            "Hvornår kan du deltage i aktiviteter? (sæt gerne flere krydser)",
            &[
                "Hverdage om formiddagen",
                "Hverdage om eftermiddagen",
                "Hverdage om aftenen",
                "I weekenden",
            ],
        ),
        (
            "Hvor let er det for dig at bede naboer om hjælp, når du har brug for det? (1 — meget svært, 5 — meget let)",
            &[],
        ),
        ("Hvad mangler der i dit nærområde?", &[]),
    ],
};

pub const MIDDELFART_EN: Texts = Texts {
    title: "What are you missing in Middelfart? A survey for residents",
    description: "The library and the culture house are planning next year's activities. The \
                  answers are anonymous — we do not record who answered what. Paper forms can be \
                  handed in at the library desk. All members of the community can see the results.",
    questions: &[
        ("How old are you?", &["under 30", "30–64", "65 and over"]),
        (
            "What would you like to learn? (tick all that apply)",
            &[
                "Smartphone, internet and MitID",
                "Danish for new neighbours",
                "Cooking",
                "Gardening and growing vegetables",
                "First aid",
                "Small repairs at home and on bikes",
            ],
        ),
        (
            "How well informed do you feel about local events? (1 — not at all, 5 — very well)",
            &[],
        ),
        (
            "Where do you usually hear about what is happening in town?",
            &[
                "Noticeboards and posters",
                "From neighbours and friends",
                "Facebook and other social media",
                "The local paper or radio",
                "Micropolis",
            ],
        ),
        (
            "When can you take part in activities? (tick all that apply)",
            &[
                "Weekday mornings",
                "Weekday afternoons",
                "Weekday evenings",
                "Weekends",
            ],
        ),
        (
            "How easy is it for you to ask neighbours for help when you need it? (1 — very hard, 5 — very easy)",
            &[],
        ),
        ("What is missing where you live?", &[]),
    ],
};

pub const CAGLIARI_IT: Texts = Texts {
    title: "Di cosa ha bisogno il Centro Storico? Questionario per gli abitanti",
    description: "Le associazioni del quartiere preparano le attività del prossimo anno. Le \
                  risposte sono anonime: non registriamo chi ha risposto cosa. I moduli cartacei si \
                  possono lasciare al forno di quartiere a Stampace o in biblioteca. I risultati \
                  saranno visibili a tutti i membri della comunità.",
    questions: &[
        ("Quanti anni hai?", &["meno di 30", "30–64", "65 e oltre"]),
        (
            "Cosa ti piacerebbe imparare? (puoi scegliere più risposte)",
            &[
                "Usare lo smartphone e internet, SPID e servizi online",
                "Italiano per nuovi vicini",
                "Cucina",
                "Giardinaggio e orti urbani",
                "Primo soccorso",
                "Piccole riparazioni in casa e in bici",
            ],
        ),
        (
            "Quanto ti senti informato/a sugli eventi del quartiere? (1 — per niente, 5 — moltissimo)",
            &[],
        ),
        (
            "Da dove vieni a sapere più spesso cosa succede nel quartiere?",
            &[
                "Bacheche e manifesti",
                "Da vicini e amici",
                "Facebook e altri social",
                "Giornale locale o radio",
                "Micropolis",
            ],
        ),
        (
            "Quando puoi partecipare alle attività? (puoi scegliere più risposte)",
            &[
                "Giorni feriali, mattina",
                "Giorni feriali, pomeriggio",
                "Giorni feriali, sera",
                "Fine settimana",
            ],
        ),
        (
            "Quanto ti è facile chiedere aiuto ai vicini quando ne hai bisogno? (1 — molto difficile, 5 — molto facile)",
            &[],
        ),
        ("Cosa manca nel quartiere?", &[]),
    ],
};

pub const CAGLIARI_EN: Texts = Texts {
    title: "What does the Centro Storico need? A survey for residents",
    description: "The neighbourhood's associations are preparing next year's activities. The \
                  answers are anonymous: we do not record who answered what. Paper forms can be \
                  left at the neighbourhood bakery in Stampace or at the library. All members of \
                  the community will see the results.",
    questions: &[
        ("How old are you?", &["under 30", "30–64", "65 and over"]),
        (
            "What would you like to learn? (tick all that apply)",
            &[
                "Using a smartphone and the internet, SPID and online services",
                "Italian for new neighbours",
                "Cooking",
                "Gardening and urban vegetable plots",
                "First aid",
                "Small repairs at home and on bikes",
            ],
        ),
        (
            "How well informed do you feel about events in the neighbourhood? (1 — not at all, 5 — very well)",
            &[],
        ),
        (
            "Where do you usually hear about what is happening in the neighbourhood?",
            &[
                "Noticeboards and posters",
                "From neighbours and friends",
                "Facebook and other social media",
                "Local newspaper or radio",
                "Micropolis",
            ],
        ),
        (
            "When can you take part in activities? (tick all that apply)",
            &[
                "Weekday mornings",
                "Weekday afternoons",
                "Weekday evenings",
                "Weekends",
            ],
        ),
        (
            "How easy is it for you to ask neighbours for help when you need it? (1 — very hard, 5 — very easy)",
            &[],
        ),
        ("What is missing in the neighbourhood?", &[]),
    ],
};

/// Wawer's feedback on its smartphone course, named, in Polish and Ukrainian.
pub const COURSE_PL: Texts = Texts {
    title: "Smartfon bez tajemnic — jak było na kursie?",
    description: "Kilka pytań po kursie dla seniorów. Ankieta jest imienna, żeby prowadzący mogli \
                  dopytać o szczegóły; wyniki widzą tylko organizatorzy.",
    questions: &[
        (
            "Na ile kurs był dla Ciebie przydatny? (1 — wcale, 5 — bardzo)",
            &[],
        ),
        (
            "Co przydało Ci się najbardziej?",
            &[
                "Wiadomości i rozmowy wideo",
                "Zdjęcia",
                "E-recepta i Internetowe Konto Pacjenta",
                "Bezpieczne płatności",
            ],
        ),
        (
            "Czy zapiszesz się na kolejny kurs?",
            &["Tak", "Może", "Nie"],
        ),
        ("Uwagi dla prowadzących", &[]),
    ],
};

pub const COURSE_UK: Texts = Texts {
    title: "Смартфон без таємниць — як пройшов курс?",
    description: "Кілька запитань після курсу для людей старшого віку. Опитування іменне, щоб \
                  ведучі могли уточнити деталі; результати бачать лише організатори.",
    questions: &[
        (
            "Наскільки корисним був для вас курс? (1 — зовсім ні, 5 — дуже)",
            &[],
        ),
        (
            "Що вам знадобилося найбільше?",
            &[
                "Повідомлення та відеодзвінки",
                "Фотографії",
                "Електронний рецепт та Інтернет-кабінет пацієнта",
                "Безпечні платежі",
            ],
        ),
        (
            "Чи запишетеся ви на наступний курс?",
            &["Так", "Можливо", "Ні"],
        ),
        ("Зауваження для ведучих", &[]),
    ],
};

/// Middelfart's survey about the library's opening hours, still being written.
pub const DRAFT_DA: Texts = Texts {
    title: "Bibliotekets åbningstider",
    description: "Vi overvejer at ændre åbningstiderne fra nytår. Hvornår passer det dig at komme?",
    questions: &[
        (
            "Hvornår bruger du biblioteket?",
            &[
                "Hverdage før kl. 12",
                "Hverdage kl. 12–17",
                "Hverdage efter kl. 17",
                "Lørdag",
                "Søndag",
            ],
        ),
        (
            "Hvor tilfreds er du med de nuværende åbningstider? (1 — slet ikke, 5 — meget)",
            &[],
        ),
        ("Har du andre ønsker til biblioteket?", &[]),
    ],
};
