use std::future::Future;

use super::{
    Attendee, Event, EventCursor, EventDraft, EventId, EventUpdate, Recipient, RsvpStatus, Window,
};
use crate::AppError;
use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::mail::OutgoingMail;
use crate::media::{ImageId, PhotoChange};
use crate::time::Instant;

/// Writes the mail for one person, in their language.
pub type Compose<'a> = &'a (dyn Fn(&Recipient) -> OutgoingMail + Sync);

pub trait EventStore: Sync {
    fn insert_event(
        &self,
        id: EventId,
        community: CommunityId,
        organiser: AccountId,
        draft: &EventDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
    /// In one transaction that first locks the event: writes the new draft and the photo change
    /// (a new image already checked); when the capacity grew, moves people up from the waiting
    /// list into the new places and queues `compose`'s mail to each. A capacity below the number
    /// going is refused (422 on `capacity`). Gives the people moved up and the photo replaced.
    fn update_event(
        &self,
        id: EventId,
        draft: &EventDraft,
        photo: PhotoChange,
        compose: Compose<'_>,
        now: Instant,
    ) -> impl Future<Output = Result<EventUpdate, AppError>> + Send;
    /// Hidden ones too: callers decide who may see them.
    fn event(&self, id: EventId) -> impl Future<Output = Result<Option<Event>, AppError>> + Send;
    /// One page of a community's events in the window, after `after` in the window's order.
    fn events(
        &self,
        community: CommunityId,
        window: &Window,
        after: Option<EventCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Event>, AppError>> + Send;
    /// A person's events that end after `ends_after`, soonest first, with their answer.
    fn events_of(
        &self,
        account: AccountId,
        ends_after: Instant,
        after: Option<EventCursor>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<(Event, RsvpStatus)>, AppError>> + Send;
    fn rsvp_of(
        &self,
        event: EventId,
        account: AccountId,
    ) -> impl Future<Output = Result<Option<RsvpStatus>, AppError>> + Send;
    /// Everyone going, then the waiting list in order.
    fn attendees(
        &self,
        event: EventId,
    ) -> impl Future<Output = Result<Vec<Attendee>, AppError>> + Send;
    /// In one transaction that first locks the event: a place when one is free, else the end of
    /// the waiting list. An answer already given is kept and returned with `false`.
    fn add_rsvp(
        &self,
        event: EventId,
        account: AccountId,
        now: Instant,
    ) -> impl Future<Output = Result<(RsvpStatus, bool), AppError>> + Send;
    /// In one transaction that first locks the event: removes the answer and, when that freed
    /// a place, moves the first person waiting up and queues `compose`'s mail to them. Gives
    /// the person moved up.
    fn remove_rsvp(
        &self,
        event: EventId,
        account: AccountId,
        compose: Compose<'_>,
        now: Instant,
    ) -> impl Future<Output = Result<Option<Recipient>, AppError>> + Send;
    /// People going to events that start between `from` and `until` who were not reminded yet.
    fn due_reminders(
        &self,
        from: Instant,
        until: Instant,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<(Event, Recipient)>, AppError>> + Send;
    /// Records the reminder and queues its mail in one transaction; `false` (nothing queued)
    /// when it was already sent or the person is no longer going.
    fn record_reminder(
        &self,
        event: EventId,
        mail_to: &Recipient,
        mail: &OutgoingMail,
        now: Instant,
    ) -> impl Future<Output = Result<bool, AppError>> + Send;
}
