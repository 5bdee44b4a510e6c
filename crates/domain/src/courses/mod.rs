//! Adult-education courses: an organiser plans a course of sessions, residents enrol until the
//! seats are taken and then wait in line, a withdrawal gives the seat to the first in line, the
//! organiser takes attendance per session, and whoever attended gets a certificate.

mod model;
mod service;
mod store;

pub use model::*;
pub use service::*;
pub use store::{CourseCursor, CourseStore, When};
