//! Mutual support: residents offer help and ask for it in nine categories, find what fits, and
//! talk in private conversations. Sensitive requests stay among the few who may see them.

mod conversations;
mod model;
mod permissions;
mod service;
mod store;

pub use conversations::*;
pub use model::{
    AREA_MAX_CHARS, BODY_MAX_CHARS, Category, Kind, Language, Status, SupportDraft, SupportId,
    SupportInput, SupportItem, TITLE_MAX_CHARS, expiry_instant, parse_languages,
};
pub use permissions::{Action, Viewer, can, can_read_conversation};
pub use service::*;
pub use store::{BoardFilter, ConversationStore, Cursor, SupportStore, Visibility};
