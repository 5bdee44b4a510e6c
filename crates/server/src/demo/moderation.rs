//! Wawer's moderation: a newcomer who joined to sell loans and supplements. Residents reported
//! two of his offers, a message asking Halina for money, and himself; a moderator hid the first
//! offer already, so the queue holds three open reports, one decided, and the log its entry.

use domain::AppError;
use domain::Locale;
use domain::accounts::{AccountId, AccountStore as _, Email, PasswordHash};
use domain::audit::{AuditAction, AuditEntry, AuditStore as _};
use domain::communities::{CommunityId, CommunityStore as _, Role, Slug};
use domain::moderation::{
    NewReport, ReportId, ReportReason, ReportStore as _, ReportTarget, Resolution,
};
use domain::support::{
    BoardFilter, Category, ConversationId, ConversationStore as _, Kind, Language, MessageId,
    NewConversation, SupportDraft, SupportId, SupportStore as _, Visibility,
};
use domain::time::{self, Duration, Instant};
use store::Db;

const SPAMMER: (&str, &str) = ("pawel@wawer.example", "Paweł Zając");
/// Positions in Wawer's list of people (see `COMMUNITIES`).
const MODERATOR: usize = 2;
const HALINA: usize = 3;
const OLENA: usize = 5;
const TOMASZ: usize = 1;
/// Halina's request the newcomer answers, asking for money.
const HALINAS_REQUEST: &str = "Pomoc z telefonem i e-receptą";

/// Loads Wawer's reports once: nothing happens when the newcomer's account exists (a moderator
/// may have blocked him since, so his membership says nothing).
pub async fn load(
    db: &Db,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
    password_hash: &PasswordHash,
) -> Result<(), AppError> {
    let (email, name) = SPAMMER;
    let address = Email::parse(email).map_err(|m| AppError::internal(m.key))?;
    if slug != "wawer" || db.account_by_email(&address).await?.is_some() {
        return Ok(());
    }
    let spammer = super::ensure_account(db, email, name, Locale::Pl, password_hash).await?;
    let now = time::now();
    db.insert_membership(community, spammer, Role::Member, now - Duration::days(3))
        .await?;
    let person = |index: usize| {
        people
            .get(index)
            .copied()
            .ok_or_else(|| AppError::internal(format!("demo person {index} missing")))
    };
    let loans = offer(
        db,
        community,
        spammer,
        "Szybkie pożyczki bez BIK",
        "Pożyczki do 20 000 zł w 15 minut, bez zaświadczeń. Zadzwoń lub napisz, podam numer konta.",
        now - Duration::days(2),
    )
    .await?;
    let supplements = offer(
        db,
        community,
        spammer,
        "Suplementy na wszystkie choroby",
        "Naturalne kapsułki na serce, stawy i pamięć. Dla seniorów rabat 30%. Wysyłka za pobraniem.",
        now - Duration::hours(20),
    )
    .await?;
    let message = ask_halina_for_money(db, community, spammer, person(HALINA)?, now).await?;

    let decided = file(
        db,
        community,
        person(HALINA)?,
        (ReportTarget::Support, loans.0),
        (
            ReportReason::Spam,
            "To reklama pożyczek, nie pomoc sąsiedzka.",
        ),
        now - Duration::days(1),
    )
    .await?;
    file(
        db,
        community,
        person(TOMASZ)?,
        (ReportTarget::Support, supplements.0),
        (ReportReason::Spam, "Znowu reklama, tym razem suplementów."),
        now - Duration::hours(6),
    )
    .await?;
    file(
        db,
        community,
        person(HALINA)?,
        (ReportTarget::Message, message.0),
        (
            ReportReason::Safety,
            "Prosi o pieniądze z góry. Boję się, że to oszustwo.",
        ),
        now - Duration::hours(4),
    )
    .await?;
    file(
        db,
        community,
        person(OLENA)?,
        (ReportTarget::Account, spammer.0),
        (
            ReportReason::Harassment,
            "Пише мені кілька разів на день, хоча я не відповідаю.",
        ),
        now - Duration::hours(2),
    )
    .await?;
    hide_loans(db, community, person(MODERATOR)?, decided, now).await
}

async fn offer(
    db: &Db,
    community: CommunityId,
    author: AccountId,
    title: &str,
    body: &str,
    at: Instant,
) -> Result<SupportId, AppError> {
    let id = SupportId::generate();
    let draft = SupportDraft {
        kind: Kind::Offer,
        category: Category::Material,
        title: title.to_owned(),
        body: body.to_owned(),
        languages: vec![Language::Pl],
        area: String::new(),
        sensitive: false,
        expires_on: None,
    };
    db.insert_support(id, community, author, &draft, at).await?;
    Ok(id)
}

/// The newcomer answers Halina's request and asks for money up front.
async fn ask_halina_for_money(
    db: &Db,
    community: CommunityId,
    spammer: AccountId,
    halina: AccountId,
    now: Instant,
) -> Result<MessageId, AppError> {
    let everything = BoardFilter {
        include_closed: true,
        ..BoardFilter::default()
    };
    let sees_all = Visibility {
        viewer: halina,
        sees_sensitive: true,
        sees_hidden: true,
    };
    let request = db
        .support_board(community, &everything, sees_all, now, None, 100)
        .await?
        .into_iter()
        .find(|item| item.title == HALINAS_REQUEST)
        .ok_or(AppError::internal("Halina's demo request missing"))?;
    let asking = MessageId::generate();
    let started = now - Duration::hours(8);
    let conversation = NewConversation {
        id: ConversationId::generate(),
        community_id: request.community_id,
        support_id: Some(request.id),
        starter: spammer,
        owner: request.author_id,
    };
    db.insert_conversation(
        &conversation,
        (
            asking,
            "Pomogę z telefonem, ale najpierw przelej mi 100 zł na doładowanie. Podam numer konta.",
        ),
        started,
    )
    .await?;
    Ok(asking)
}

async fn file(
    db: &Db,
    community: CommunityId,
    reporter: AccountId,
    (target, target_id): (ReportTarget, uuid::Uuid),
    (reason, note): (ReportReason, &str),
    at: Instant,
) -> Result<ReportId, AppError> {
    let report = NewReport {
        target,
        target_id,
        reason,
        note: note.to_owned(),
        community: (target == ReportTarget::Account)
            .then(|| Slug::parse("wawer").ok())
            .flatten(),
    };
    let id = ReportId::generate();
    db.insert_report(id, community, reporter, &report, at)
        .await?;
    Ok(id)
}

/// Ewa, a moderator, hid the loans offer, and the log says so.
async fn hide_loans(
    db: &Db,
    community: CommunityId,
    moderator: AccountId,
    report: ReportId,
    now: Instant,
) -> Result<(), AppError> {
    let report = db
        .report(report)
        .await?
        .ok_or(AppError::internal("demo report missing"))?;
    let note = "Reklama pożyczek. Pomoc sąsiedzka jest tu bezpłatna.";
    let at = now - Duration::hours(12);
    db.resolve_report(&report, Resolution::Hide, moderator, note, at)
        .await?;
    let entry = AuditEntry {
        community: Some(community),
        actor: moderator,
        action: AuditAction::ReportHidden,
        target_type: report.target.name(),
        target_id: report.target_id.clone(),
        reason: note.to_owned(),
    };
    db.record_audit(&entry, at).await?;
    Ok(())
}
