//! The guidebook: one network-wide handbook of how communities do things, chapter by chapter in
//! the five languages. Every save is a revision (numbered per chapter and language); a chapter is
//! first written in its source language and translated from there, and a translation remembers
//! the source revision it was written against, so that it is out of date once the source moves
//! on. Network coordinators and the organisers of any community write it; everyone reads it.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::GuidebookStore;
