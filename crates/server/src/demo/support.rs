//! Each demo community's mutual support: offers and requests in the community's languages (one
//! sensitive request among them), two conversations, three months of confirmed exchanges with
//! one still waiting for confirmation, and a reward from the community's fund.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::support::{
    BoardFilter, Category, ConversationId, ConversationStore as _, Kind, Language, MessageId,
    NewConversation, SupportDraft, SupportId, SupportStore as _, Visibility,
};
use domain::time::{self, Duration, Instant};
use domain::timebank::{
    ExchangeId, FundDirection, FundTransfer, LimitMode, LimitPolicy, Minutes, NewExchange,
    TimebankStore as _,
};
use store::Db;

/// The demo member (by position in the community's list) who is a trusted helper.
pub const TRUSTED_HELPER: usize = 4;

struct Item {
    author: usize,
    kind: Kind,
    category: Category,
    title: &'static str,
    body: &'static str,
    languages: &'static [Language],
    days_ago: i64,
}

struct Chat {
    /// Who answered, and which item they answered.
    starter: usize,
    item: usize,
    /// The messages in order, the starter's first, then turn by turn.
    messages: &'static [&'static str],
}

/// Minutes `provider` gave `receiver`, `days_ago`.
struct Given(usize, usize, i64, &'static str, i64);

struct Support {
    slug: &'static str,
    items: &'static [Item],
    chats: &'static [Chat],
    exchanges: &'static [Given],
    /// Proposed by the provider, waiting for the receiver.
    pending: Given,
    /// Time the fund gave a member for work done for the community: (member, minutes, what).
    fund_reward: (usize, i64, &'static str),
}

use Category::{Digital, Emotional, Knowledge, Language as LanguageHelp, Material, Talents};
use Kind::{Offer, Request};
use Language::{Da, En, It, Pl, Ru, Uk};

const SUPPORT: [Support; 3] = [
    Support {
        slug: "wawer",
        items: &[
            Item {
                author: 3,
                kind: Request,
                category: Digital,
                title: "Pomoc z telefonem i e-receptą",
                body: "Dostałam nowy telefon i nie umiem odebrać e-recepty. Czy ktoś pokaże mi to powoli, najlepiej w bibliotece?",
                languages: &[Pl],
                days_ago: 12,
            },
            Item {
                author: 4,
                kind: Offer,
                category: Material,
                title: "Oddam rower dziecięcy i fotelik",
                body: "Rower 20 cali, sprawny, i fotelik samochodowy 9–18 kg. Odbiór przy pętli autobusowej w Aninie.",
                languages: &[Pl],
                days_ago: 9,
            },
            Item {
                author: 5,
                kind: Request,
                category: LanguageHelp,
                title: "Pomoc z pismem z urzędu",
                body: "Dostałam list z ZUS i nie wszystko rozumiem. Mówię po ukraińsku i trochę po polsku. Потрібна допомога з листом.",
                languages: &[Pl, Uk],
                days_ago: 6,
            },
            Item {
                author: 6,
                kind: Offer,
                category: LanguageHelp,
                title: "Tłumaczenia polsko-ukraińskie",
                body: "Pomogę przetłumaczyć pisma i mogę pójść z Tobą do urzędu. Допоможу з перекладом і піду з вами до установи.",
                languages: &[Pl, Uk, Ru],
                days_ago: 30,
            },
            Item {
                author: 1,
                kind: Offer,
                category: Knowledge,
                title: "Korepetycje z matematyki dla dzieci",
                body: "Uczę matematyki w szkole podstawowej. W soboty rano mogę pomóc dzieciom w domu kultury.",
                languages: &[Pl],
                days_ago: 20,
            },
            Item {
                author: 7,
                kind: Offer,
                category: LanguageHelp,
                title: "English conversation practice",
                body: "Happy to practise English over coffee once a week, at any level. Chętnie też poćwiczę polski!",
                languages: &[En, Pl],
                days_ago: 15,
            },
            Item {
                author: 3,
                kind: Request,
                category: Emotional,
                title: "Ktoś do rozmowy wieczorami",
                body: "Od śmierci męża wieczory są długie. Chciałabym czasem z kimś porozmawiać przez telefon.",
                languages: &[Pl],
                days_ago: 4,
            },
            Item {
                author: 4,
                kind: Offer,
                category: Digital,
                title: "Pomogę z telefonem i komputerem",
                body: "Pokażę, jak korzystać z e-recepty, bankowości i wideorozmów. Czwartki po południu w bibliotece.",
                languages: &[Pl],
                days_ago: 18,
            },
        ],
        chats: &[
            Chat {
                starter: 6,
                item: 2,
                messages: &[
                    "Dzień dobry, mogę pomóc z pismem z ZUS. Spotkamy się w bibliotece w czwartek o 17:00?",
                    "Дякую! Четвер о 17:00 мені підходить. Візьму лист із собою.",
                    "Super, do zobaczenia. Będę przy stoliku obok czytelni.",
                ],
            },
            Chat {
                starter: 1,
                item: 0,
                messages: &[
                    "Pani Halino, chętnie pokażę, jak odebrać e-receptę. Może wtorek o 11 w bibliotece?",
                    "Bardzo dziękuję, będę we wtorek. Wezmę telefon i ładowarkę.",
                ],
            },
        ],
        exchanges: &[
            Given(6, 5, 90, "Tłumaczenie pisma z urzędu", 85),
            Given(1, 3, 60, "Nauka obsługi telefonu", 72),
            Given(5, 4, 120, "Pomoc przy przeprowadzce", 60),
            Given(7, 6, 60, "Rozmowa po angielsku", 48),
            Given(4, 3, 45, "Naprawa kranu", 35),
            Given(3, 7, 90, "Lekcja gotowania pierogów", 21),
            Given(2, 5, 60, "Towarzyszenie w przychodni", 10),
            Given(6, 1, 30, "Tłumaczenie ogłoszenia w domu kultury", 3),
        ],
        pending: Given(7, 5, 60, "Rozmowa po angielsku przy kawie", 1),
        fund_reward: (4, 180, "Pomoc przy festynie sąsiedzkim"),
    },
    Support {
        slug: "middelfart",
        items: &[
            Item {
                author: 4,
                kind: Request,
                category: Digital,
                title: "Hjælp til MitID på mobilen",
                body: "Jeg har fået ny telefon og kan ikke få MitID til at virke. Kan nogen vise mig det i biblioteket?",
                languages: &[Da],
                days_ago: 8,
            },
            Item {
                author: 3,
                kind: Offer,
                category: Material,
                title: "Brænde til overs",
                body: "Jeg har tørt brænde til to-tre vintre. Hent det selv i Strib, gerne med trailer.",
                languages: &[Da],
                days_ago: 14,
            },
            Item {
                author: 5,
                kind: Request,
                category: LanguageHelp,
                title: "Hjælp med brev fra kommunen",
                body: "Jeg forstår ikke helt et brev om boligstøtte. Я розмовляю українською і трохи данською.",
                languages: &[Da, Uk],
                days_ago: 5,
            },
            Item {
                author: 6,
                kind: Offer,
                category: LanguageHelp,
                title: "Engelsk lektiehjælp",
                body: "I can help children and adults with English homework on Wednesday afternoons at the library.",
                languages: &[En, Da],
                days_ago: 25,
            },
            Item {
                author: 1,
                kind: Offer,
                category: Talents,
                title: "Cykelreparation for begyndere",
                body: "Lær at lappe en slange og stramme bremserne. Lørdag formiddag ved kulturhuset.",
                languages: &[Da, En],
                days_ago: 18,
            },
            Item {
                author: 3,
                kind: Request,
                category: Emotional,
                title: "En at tale med",
                body: "Siden jeg gik på pension, er dagene lange. Jeg vil gerne have en at gå tur og snakke med.",
                languages: &[Da],
                days_ago: 3,
            },
            Item {
                author: 6,
                kind: Offer,
                category: Digital,
                title: "IT-hjælp på biblioteket",
                body: "Jeg hjælper med MitID, e-Boks og videoopkald. Tirsdage kl. 14 på biblioteket.",
                languages: &[Da, En],
                days_ago: 20,
            },
        ],
        chats: &[
            Chat {
                starter: 6,
                item: 2,
                messages: &[
                    "Hej Iryna, jeg kan hjælpe med brevet. Skal vi mødes på biblioteket torsdag?",
                    "Tak! Torsdag kl. 16 passer godt.",
                ],
            },
            Chat {
                starter: 1,
                item: 0,
                messages: &[
                    "Hej Kirsten, jeg viser dig gerne MitID-appen. Tirsdag kl. 10 på biblioteket?",
                    "Det lyder dejligt. Tak, Lars!",
                ],
            },
        ],
        exchanges: &[
            Given(1, 4, 60, "Hjælp med MitID", 80),
            Given(6, 5, 90, "Gennemgang af brev fra kommunen", 66),
            Given(3, 1, 120, "Brænde kørt ud", 50),
            Given(5, 6, 60, "Ukrainsk madlavning", 40),
            Given(2, 3, 45, "Følgeskab til lægen", 22),
            Given(4, 2, 60, "Strikkeundervisning", 9),
        ],
        pending: Given(1, 3, 90, "Cykel repareret", 1),
        fund_reward: (6, 120, "Hjælp ved sommerfesten i kulturhuset"),
    },
    Support {
        slug: "cagliari-centro-storico",
        items: &[
            Item {
                author: 4,
                kind: Request,
                category: Digital,
                title: "Aiuto con lo SPID",
                body: "Devo attivare lo SPID per la pensione ma non ci riesco da sola. Qualcuno mi aiuta al centro sociale?",
                languages: &[It],
                days_ago: 7,
            },
            Item {
                author: 3,
                kind: Offer,
                category: Talents,
                title: "Riparo sedie e piccoli mobili",
                body: "Falegname in pensione: riparo sedie impagliate e piccoli mobili. Laboratorio in via Sulis, a Stampace.",
                languages: &[It],
                days_ago: 16,
            },
            Item {
                author: 5,
                kind: Request,
                category: LanguageHelp,
                title: "Aiuto con il permesso di soggiorno",
                body: "Devo rinnovare il permesso e non capisco i moduli. Говорю українською, трохи італійською.",
                languages: &[It, Uk],
                days_ago: 5,
            },
            Item {
                author: 6,
                kind: Offer,
                category: LanguageHelp,
                title: "Conversazione in inglese",
                body: "English conversation for beginners, Thursday evenings at the Marina library. Also happy to help with forms.",
                languages: &[En, It],
                days_ago: 28,
            },
            Item {
                author: 1,
                kind: Offer,
                category: Knowledge,
                title: "Doposcuola di matematica",
                body: "Aiuto i ragazzi delle medie con i compiti di matematica, il martedì pomeriggio in parrocchia.",
                languages: &[It],
                days_ago: 19,
            },
            Item {
                author: 3,
                kind: Request,
                category: Emotional,
                title: "Qualcuno con cui parlare",
                body: "Vivo solo da quando mia moglie è in casa di cura. Mi farebbe bene un po' di compagnia.",
                languages: &[It],
                days_ago: 2,
            },
            Item {
                author: 1,
                kind: Offer,
                category: Digital,
                title: "Sportello digitale al centro sociale",
                body: "Aiuto con SPID, fascicolo sanitario e videochiamate. Il lunedì mattina al centro sociale.",
                languages: &[It],
                days_ago: 22,
            },
        ],
        chats: &[
            Chat {
                starter: 6,
                item: 2,
                messages: &[
                    "Ciao Oksana, posso aiutarti con i moduli. Ci vediamo giovedì in biblioteca?",
                    "Grazie mille! Giovedì alle 18 va benissimo.",
                ],
            },
            Chat {
                starter: 1,
                item: 0,
                messages: &[
                    "Buongiorno Maria, la aiuto volentieri con lo SPID. Lunedì alle 10 al centro sociale?",
                    "Grazie, Marco. Porto la tessera sanitaria e il telefono.",
                ],
            },
        ],
        exchanges: &[
            Given(1, 4, 60, "Attivazione SPID", 84),
            Given(3, 2, 120, "Sedie riparate per il centro sociale", 70),
            Given(6, 5, 90, "Aiuto con i moduli del permesso", 55),
            Given(5, 6, 60, "Lezione di cucina ucraina", 41),
            Given(4, 3, 45, "Compagnia al mercato di San Benedetto", 26),
            Given(2, 1, 60, "Aiuto per la festa di quartiere", 12),
        ],
        pending: Given(6, 5, 60, "Conversazione in inglese", 1),
        fund_reward: (3, 150, "Cura del giardino della biblioteca"),
    },
];

/// Loads the community's mutual support once: nothing happens when it already has some.
pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let (Some(demo), Some(admin)) = (SUPPORT.iter().find(|s| s.slug == slug), people.first())
    else {
        return Ok(());
    };
    let everything = BoardFilter {
        include_closed: true,
        ..BoardFilter::default()
    };
    let sees_all = Visibility {
        viewer: *admin,
        sees_sensitive: true,
        sees_hidden: true,
    };
    let now = time::now();
    if !db
        .support_board(community, &everything, sees_all, now, None, 1)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let person = |index: usize| {
        people
            .get(index)
            .copied()
            .ok_or_else(|| AppError::internal(format!("demo person {index} missing")))
    };
    let mut items = Vec::new();
    for item in demo.items {
        let id = SupportId::generate();
        let draft = SupportDraft {
            kind: item.kind,
            category: item.category,
            title: item.title.to_owned(),
            body: item.body.to_owned(),
            languages: item.languages.to_vec(),
            area: String::new(),
            sensitive: item.kind == Kind::Request && item.category == Category::Emotional,
            expires_on: None,
        };
        db.insert_support(
            id,
            community,
            person(item.author)?,
            &draft,
            now - Duration::days(item.days_ago),
        )
        .await?;
        items.push(id);
    }
    for chat in demo.chats {
        let item = db
            .support(
                *items
                    .get(chat.item)
                    .ok_or(AppError::internal("demo item missing"))?,
            )
            .await?
            .ok_or(AppError::internal("demo item vanished"))?;
        let starter = person(chat.starter)?;
        let started = now - Duration::days(2);
        let id = ConversationId::generate();
        let turns = chat.messages.iter().enumerate().map(|(turn, text)| {
            let from_starter = turn % 2 == 0;
            let at = started + Duration::hours(i64::try_from(turn).unwrap_or(0) * 3);
            (from_starter, *text, at)
        });
        for (from_starter, text, at) in turns {
            let (from, to) = if from_starter {
                (starter, item.author_id)
            } else {
                (item.author_id, starter)
            };
            if at == started {
                let conversation = NewConversation {
                    id,
                    community_id: item.community_id,
                    support_id: Some(item.id),
                    starter,
                    owner: item.author_id,
                };
                db.insert_conversation(&conversation, (MessageId::generate(), text), at)
                    .await?;
            } else {
                db.insert_message(MessageId::generate(), id, from, to, text, at)
                    .await?;
            }
        }
    }
    let policy = LimitPolicy {
        mode: LimitMode::Warn,
        min_balance: -600,
    };
    for given in demo.exchanges {
        let at = days_ago(now, given.4);
        let id = exchange(db, community, &person, given, at).await?;
        db.confirm_exchange(id, person(given.1)?, policy, at + Duration::hours(2))
            .await?;
    }
    exchange(
        db,
        community,
        &person,
        &demo.pending,
        days_ago(now, demo.pending.4),
    )
    .await?;
    let (member, minutes, description) = demo.fund_reward;
    let reward = FundTransfer {
        member: person(member)?,
        minutes: Minutes::parse(minutes).map_err(|m| AppError::internal(m.key))?,
        direction: FundDirection::ToMember,
        description: description.to_owned(),
    };
    db.fund_transfer(community, *admin, &reward, days_ago(now, 15))
        .await?;
    Ok(())
}

fn days_ago(now: Instant, days: i64) -> Instant {
    now - Duration::days(days)
}

/// Proposes what `given` describes, by its provider.
async fn exchange(
    db: &Db,
    community: CommunityId,
    person: &impl Fn(usize) -> Result<AccountId, AppError>,
    given: &Given,
    at: Instant,
) -> Result<ExchangeId, AppError> {
    let Given(provider, receiver, minutes, description, _) = *given;
    let new = NewExchange {
        provider: person(provider)?,
        receiver: person(receiver)?,
        minutes: Minutes::parse(minutes).map_err(|m| AppError::internal(m.key))?,
        description: description.to_owned(),
        support_id: None,
    };
    let id = ExchangeId::generate();
    db.insert_exchange(id, community, new.provider, &new, at)
        .await?;
    Ok(id)
}
