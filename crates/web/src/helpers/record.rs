//! Every change a helper makes while acting for someone is recorded as such: a middleware behind
//! the session layer (pages and API) writes each successful request that is not a read, with
//! the helper, the person, the route it matched and the address used.

use axum::extract::{MatchedPath, OriginalUri, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use domain::helpers::{self, NewHelperAction};
use domain::time;

use super::labels::is_about_the_session;
use crate::session::MaybeSignedIn;
use crate::state::AppState;

pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    let acting = request
        .extensions()
        .get::<MaybeSignedIn>()
        .and_then(|found| found.0.as_ref())
        .and_then(|signed_in| {
            signed_in
                .helper
                .as_ref()
                .map(|helper| (helper.id, signed_in.account.id))
        });
    let Some((helper, person)) = acting else {
        return next.run(request).await;
    };
    let path = request
        .extensions()
        .get::<OriginalUri>()
        .map_or_else(|| request.uri().path(), |uri| uri.0.path())
        .to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| path.clone(), |matched| matched.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    if (status.is_success() || status.is_redirection()) && !is_about_the_session(&route) {
        let action = NewHelperAction::new(helper, person, &method, &route, &path);
        if let Err(error) = helpers::record(&state.db, &action, time::now()).await {
            // The change itself is done; losing its record is our fault, and it is logged.
            tracing::error!(%error, %route, "a helper's action could not be recorded");
        }
    }
    response
}
