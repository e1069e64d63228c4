//! Renders a data resource: a loading line, the content, or a clear data error.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::DataError;
use crate::i18n::*;
use crate::ui::error::DataErrorPanel;

/// Shows `render(value)` once the file is loaded, a polite loading line before, and a
/// [`DataErrorPanel`] if the file is missing or invalid.
pub fn loaded<T, V>(
    resource: LocalResource<Result<Arc<T>, DataError>>,
    render: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    move || match resource.get() {
        None => view! {
            <p class="loading" role="status">
                {t!(i18n, data.loading)}
            </p>
        }
        .into_any(),
        Some(Ok(value)) => render(value).into_any(),
        Some(Err(error)) => view! { <DataErrorPanel error /> }.into_any(),
    }
}

/// [`loaded`] for a view that needs two files: `render(a, b)` once both are loaded.
pub fn loaded2<A, B, V>(
    a: LocalResource<Result<Arc<A>, DataError>>,
    b: LocalResource<Result<Arc<B>, DataError>>,
    render: impl Fn(Arc<A>, Arc<B>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    A: Send + Sync + 'static,
    B: Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render = Arc::new(render);
    loaded(a, move |a| {
        let render = render.clone();
        loaded(b, move |b| render(a.clone(), b))
    })
}
