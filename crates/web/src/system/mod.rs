//! What operators and machines ask of the server: health, metrics, the OpenAPI document and the
//! static assets.

pub mod assets;
pub mod health;
pub mod metrics;
