//! Each demo community's participatory budget, in its own language: last year's round, finished,
//! with ballots from the members (two of them on paper) so that the results select some
//! projects and skip one that no longer fits; and this year's round, open for voting now, where
//! some members have already voted and the others still can.

use domain::AppError;
use domain::accounts::AccountId;
use domain::budgets::{
    BallotId, BudgetDraft, BudgetId, BudgetStore as _, Choice, Currency, NewBallot, ProjectDraft,
    ProjectId,
};
use domain::communities::CommunityId;
use domain::time::{self, Duration, Instant};
use store::Db;

/// A round as the demo writes it: its name, its total, and its projects (title, text, cost).
struct Round {
    title: &'static str,
    total: i64,
    projects: &'static [(&'static str, &'static str, i64)],
}

struct Budgets {
    slug: &'static str,
    currency: &'static str,
    rules: &'static str,
    finished: Round,
    open: Round,
}

/// The organiser (by position in the community's list) who types in paper ballots.
const ORGANISER: usize = 1;

/// A ballot: the voter (by position in the community's list), the projects chosen (by position
/// in the round), and whether it was cast on paper.
type DemoBallot = (usize, &'static [usize], bool);

/// Last year's ballots. With the costs below, every community's results take projects 0, 1 and
/// 2, skip project 4 (it no longer fits), and still fund project 3.
const FINISHED_BALLOTS: [DemoBallot; 7] = [
    (0, &[0, 1, 2], false),
    (1, &[0, 1], false),
    (2, &[0, 4, 3], false),
    (3, &[0, 2, 3], true),
    (4, &[1, 4], false),
    (5, &[0, 4], true),
    (6, &[1, 2], false),
];

/// This year's ballots so far; everyone else (Halina in Wawer among them) can still vote.
const OPEN_BALLOTS: [DemoBallot; 3] =
    [(0, &[0, 2], false), (4, &[1, 3], false), (5, &[2, 3], true)];

const BUDGETS: [Budgets; 3] = [
    Budgets {
        slug: "wawer",
        currency: "PLN",
        rules: "Głosować mogą wszyscy członkowie i członkinie naszej społeczności. Każda osoba \
                wybiera projekty, których łączny koszt nie przekracza puli.\n\n\
                - Projekty ustawiamy według liczby głosów.\n\
                - Wybieramy każdy projekt, który mieści się w pozostałej kwocie.\n\n\
                Głos można oddać przez internet albo na papierze w domu kultury.",
        finished: Round {
            title: "Budżet obywatelski Wawra 2025",
            total: 300_000,
            projects: &[
                (
                    "Ławki i zieleń przy pętli w Aninie",
                    "Sześć ławek z oparciem, klomby i dwa drzewa przy pętli autobusowej.",
                    80_000,
                ),
                (
                    "Siłownia plenerowa nad Wisłą",
                    "Osiem urządzeń do ćwiczeń dla dorosłych i seniorów przy ścieżce nad rzeką.",
                    150_000,
                ),
                (
                    "Warsztaty cyfrowe dla seniorów w bibliotece",
                    "Cotygodniowe zajęcia z telefonu, e-recepty i bankowości przez cały rok.",
                    40_000,
                ),
                (
                    "Budki lęgowe i łąka kwietna w Lesie Sobieskiego",
                    "Trzydzieści budek dla ptaków i łąka dla pszczół na skraju lasu.",
                    25_000,
                ),
                (
                    "Zadaszony parking rowerowy przy stacji Wawer",
                    "Czterdzieści miejsc dla rowerów pod dachem, z monitoringiem.",
                    120_000,
                ),
            ],
        },
        open: Round {
            title: "Budżet obywatelski Wawra 2026",
            total: 250_000,
            projects: &[
                (
                    "Oświetlenie ścieżki wzdłuż Wału Miedzeszyńskiego",
                    "Dwadzieścia lamp LED na ścieżce, którą wiele osób wraca wieczorem z pracy.",
                    110_000,
                ),
                (
                    "Plac zabaw dostępny dla wszystkich dzieci",
                    "Huśtawka dla wózków, piaskownica na wysokości stołu i miękka nawierzchnia.",
                    140_000,
                ),
                (
                    "Kurs polskiego dla sąsiadów z Ukrainy",
                    "Dwie grupy przez rok w domu kultury, z opieką dla dzieci w czasie zajęć.",
                    30_000,
                ),
                (
                    "Ogród społeczny przy domu kultury",
                    "Grządki, kompostownik i narzędzia dla wszystkich, którzy chcą coś posadzić.",
                    45_000,
                ),
            ],
        },
    },
    Budgets {
        slug: "middelfart",
        currency: "DKK",
        rules: "Alle medlemmer af fællesskabet kan stemme. Vælg de projekter, du vil have, så de \
                tilsammen højst koster det samlede beløb.\n\n\
                - Projekterne sættes i rækkefølge efter stemmer.\n\
                - Hvert projekt, der stadig kan være i pengene, bliver valgt.\n\n\
                Du kan stemme online eller på papir på biblioteket.",
        finished: Round {
            title: "Borgerbudget 2025",
            total: 500_000,
            projects: &[
                (
                    "Bænke og blomster ved havnen",
                    "Otte bænke med ryglæn og plantekasser langs havnepromenaden.",
                    130_000,
                ),
                (
                    "Udendørs fitness ved Lillebælt",
                    "Træningsredskaber for alle aldre ved stien langs vandet.",
                    250_000,
                ),
                (
                    "Digital hjælp til ældre på biblioteket",
                    "Hjælp til MitID, e-Boks og videoopkald hver uge hele året.",
                    60_000,
                ),
                (
                    "Insekthoteller og vilde blomster i byparken",
                    "Tyve insekthoteller og en blomstereng for bier og sommerfugle.",
                    40_000,
                ),
                (
                    "Overdækket cykelparkering ved stationen",
                    "Tag over halvtreds cykelpladser og lys om aftenen.",
                    200_000,
                ),
            ],
        },
        open: Round {
            title: "Borgerbudget 2026",
            total: 400_000,
            projects: &[
                (
                    "Lys på stien langs fjorden",
                    "Femogtyve lamper på stien, som mange går hjem ad om aftenen.",
                    180_000,
                ),
                (
                    "Legeplads for alle børn",
                    "Gynge til kørestole, sandkasse i bordhøjde og blødt underlag.",
                    220_000,
                ),
                (
                    "Danskundervisning for nye naboer",
                    "To hold hele året i kulturhuset, med børnepasning imens.",
                    50_000,
                ),
                (
                    "Fælleshave ved kulturhuset",
                    "Højbede, kompost og redskaber for alle, der vil så og høste.",
                    70_000,
                ),
            ],
        },
    },
    Budgets {
        slug: "cagliari-centro-storico",
        currency: "EUR",
        rules: "Possono votare tutti i membri della comunità. Scegli i progetti che vuoi, purché \
                insieme non costino più dell'importo totale.\n\n\
                - I progetti si mettono in ordine di voti.\n\
                - Ogni progetto che ci sta ancora nei soldi rimasti viene scelto.\n\n\
                Puoi votare online o su carta al centro sociale.",
        finished: Round {
            title: "Bilancio partecipativo 2025",
            total: 200_000,
            projects: &[
                (
                    "Panchine e verde in piazza San Domenico",
                    "Dieci panchine con schienale, aiuole e tre alberi per fare ombra.",
                    55_000,
                ),
                (
                    "Palestra all'aperto al Bastione",
                    "Attrezzi per l'esercizio fisico adatti a ogni età, vicino al belvedere.",
                    100_000,
                ),
                (
                    "Laboratori digitali per anziani in biblioteca",
                    "Incontri settimanali su smartphone, SPID e videochiamate per tutto l'anno.",
                    25_000,
                ),
                (
                    "Fiori per le api a Villanova",
                    "Aiuole di fiori selvatici e casette per insetti nei cortili del quartiere.",
                    15_000,
                ),
                (
                    "Parcheggio coperto per bici alla stazione",
                    "Quaranta posti bici al coperto, con luci e videosorveglianza.",
                    80_000,
                ),
            ],
        },
        open: Round {
            title: "Bilancio partecipativo 2026",
            total: 150_000,
            projects: &[
                (
                    "Illuminazione delle scalette di Castello",
                    "Luci a basso consumo sulle scalette che molti salgono la sera.",
                    60_000,
                ),
                (
                    "Parco giochi per tutti i bambini a Stampace",
                    "Altalena per carrozzine, sabbiera all'altezza di un tavolo e pavimento morbido.",
                    90_000,
                ),
                (
                    "Corso di italiano per nuovi vicini",
                    "Due gruppi per tutto l'anno, con qualcuno che si occupa dei bambini.",
                    12_000,
                ),
                (
                    "Orto condiviso alla Marina",
                    "Cassoni, compost e attrezzi per chi vuole seminare e raccogliere.",
                    20_000,
                ),
            ],
        },
    },
];

/// Loads the community's rounds unless it has rounds already.
pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(demo) = BUDGETS.iter().find(|budgets| budgets.slug == slug) else {
        return Ok(());
    };
    if !db.budgets(community, None, 1).await?.is_empty() {
        return Ok(());
    }
    let now = time::now();
    let finished = Window {
        created: now - Duration::days(80),
        opens: now - Duration::days(60),
        voted: now - Duration::days(45),
        closes: now - Duration::days(30),
    };
    let open = Window {
        created: now - Duration::days(6),
        opens: now - Duration::days(2),
        voted: now - Duration::days(1),
        closes: now + Duration::days(12),
    };
    let people = People(people);
    for (round, window, ballots) in [
        (&demo.finished, finished, &FINISHED_BALLOTS[..]),
        (&demo.open, open, &OPEN_BALLOTS[..]),
    ] {
        write_round(db, demo, community, round, &window, ballots, &people).await?;
    }
    Ok(())
}

/// When a round was opened, when its voting ran, and when the demo's ballots were cast.
struct Window {
    created: Instant,
    opens: Instant,
    voted: Instant,
    closes: Instant,
}

struct People<'a>(&'a [AccountId]);

impl People<'_> {
    fn at(&self, index: usize) -> Result<AccountId, AppError> {
        self.0
            .get(index)
            .copied()
            .ok_or_else(|| AppError::internal(format!("demo person {index} missing")))
    }
}

async fn write_round(
    db: &Db,
    demo: &Budgets,
    community: CommunityId,
    round: &Round,
    window: &Window,
    ballots: &[DemoBallot],
    people: &People<'_>,
) -> Result<(), AppError> {
    let id = BudgetId::generate();
    let draft = BudgetDraft {
        title: round.title.to_owned(),
        rules: demo.rules.to_owned(),
        total_amount: round.total,
        currency: Currency::parse(demo.currency).map_err(|m| AppError::internal(m.key))?,
        voting_opens_at: window.opens,
        voting_closes_at: window.closes,
    };
    let organiser = people.at(ORGANISER)?;
    db.insert_budget(id, community, organiser, &draft, window.created)
        .await?;
    let mut projects = Vec::new();
    for (position, (title, body, cost)) in round.projects.iter().enumerate() {
        let project = ProjectId::generate();
        let draft = ProjectDraft {
            title: (*title).to_owned(),
            body: (*body).to_owned(),
            cost: *cost,
        };
        let added = window.created + Duration::minutes(i64::try_from(position).unwrap_or(0));
        db.insert_project(project, id, &draft, added).await?;
        projects.push((project, *cost));
    }
    for (turn, (voter, chosen, paper)) in ballots.iter().enumerate() {
        // In the round's order, as a ballot keeps its projects.
        let chosen: Vec<(ProjectId, i64)> = projects
            .iter()
            .enumerate()
            .filter(|(position, _)| chosen.contains(position))
            .map(|(_, project)| *project)
            .collect();
        let ballot = NewBallot {
            id: BallotId::generate(),
            budget: id,
            voter: people.at(*voter)?,
            recorded_by: paper.then_some(organiser),
            choice: Choice {
                projects: chosen.iter().map(|(project, _)| *project).collect(),
                cost: chosen.iter().map(|(_, cost)| cost).sum(),
            },
        };
        let cast = window.voted + Duration::hours(i64::try_from(turn).unwrap_or(0));
        db.insert_ballot(&ballot, cast).await?;
    }
    Ok(())
}
