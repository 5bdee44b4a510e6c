//! What a feature declares for the privacy registry: what it exports for a person and how it
//! erases them. Each feature's store module holds its own `PRIVACY: Part`.

/// One feature's part of the registry.
pub(crate) struct Part {
    pub feature: &'static str,
    pub export: &'static [Section],
    /// Run in order, in one transaction with every other part's.
    pub erase: &'static [Erasure],
}

/// Rows handed over on export: `sql` selects them for the person `$1`; `columns` names the
/// values it selects. Columns ending in `_at` hold times and are written as RFC 3339.
pub(crate) struct Section {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub sql: &'static str,
}

/// A statement of an erasure, with what its parameters are.
pub(crate) struct Erasure {
    pub sql: &'static str,
    pub params: Bind,
}

pub(crate) enum Bind {
    /// `$1` is the person.
    Person,
    /// `$1` is the time of the erasure, `$2` the person.
    TimeAndPerson,
}
