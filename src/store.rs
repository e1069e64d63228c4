//! Loads the bundled JSON files with gloo-net, once each, and shares them through context.
//!
//! Paths are relative ("data/…") so the document's `<base href>` makes them work at any sub-path.
//! Parsing, the file's own rules ([`Check`]) and every error message live in the pure `data`
//! crate; this module only adds the
//! network and the cache.

use std::{any::Any, collections::HashMap, sync::Arc};

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::data::{parse_checked, Check, DataError};

type Parsed = Arc<dyn Any + Send + Sync>;
/// A request under way, shared by every view that asks for the same file meanwhile.
type Loading = Shared<LocalBoxFuture<'static, Result<Parsed, DataError>>>;

enum Entry {
    Ready(Parsed),
    Loading(Loading),
}

/// The app-wide cache of parsed data files.
#[derive(Clone, Copy)]
pub struct DataStore(StoredValue<HashMap<String, Entry>, LocalStorage>);

impl DataStore {
    /// Creates the store and provides it to the component tree.
    pub fn provide() {
        provide_context(DataStore(StoredValue::new_local(HashMap::new())));
    }

    /// The store provided by [`DataStore::provide`].
    pub fn expect() -> Self {
        expect_context()
    }

    /// Loads and parses `path` (e.g. "data/manifest.json"), or returns the cached copy. Views
    /// asking for a file that is on its way share that one request and parse. Failures are not
    /// cached, so a later view can try again.
    pub async fn load<T: DeserializeOwned + Check + Send + Sync + 'static>(
        self,
        path: &str,
    ) -> Result<Arc<T>, DataError> {
        let found = self.0.with_value(|cache| match cache.get(path) {
            Some(Entry::Ready(value)) => Some(Ok(value.clone())),
            Some(Entry::Loading(loading)) => Some(Err(loading.clone())),
            None => None,
        });
        let loading = match found {
            Some(Ok(value)) => return downcast(path, value).await,
            Some(Err(loading)) => loading,
            None => {
                let file = path.to_owned();
                let loading = async move {
                    let text = fetch_text(&file).await?;
                    // Each file is parsed in a task of its own: preloaded, a page's files arrive
                    // together and were parsed in one long task (issue 14; framework.json alone
                    // is 150 KB of JSON).
                    crate::ui::next_task().await;
                    Ok(Arc::new(parse_checked::<T>(&file, &text)?) as Parsed)
                }
                .boxed_local()
                .shared();
                self.0.update_value(|cache| {
                    cache.insert(path.to_owned(), Entry::Loading(loading.clone()));
                });
                loading
            }
        };
        let result = loading.await;
        self.0.update_value(|cache| match &result {
            Ok(value) => {
                cache.insert(path.to_owned(), Entry::Ready(value.clone()));
            }
            Err(_) => {
                cache.remove(path);
            }
        });
        downcast(path, result?).await
    }
}

/// The cached value as `T`; a file read as another type is parsed again as `T` (uncached).
async fn downcast<T: DeserializeOwned + Check + Send + Sync + 'static>(
    path: &str,
    value: Parsed,
) -> Result<Arc<T>, DataError> {
    match value.downcast::<T>() {
        Ok(value) => Ok(value),
        Err(_) => Ok(Arc::new(parse_checked::<T>(
            path,
            &fetch_text(path).await?,
        )?)),
    }
}

/// A resource for one data file, re-fetched when `path` changes.
pub fn use_data<T: DeserializeOwned + Check + Send + Sync + 'static>(
    path: impl Fn() -> String + 'static,
) -> LocalResource<Result<Arc<T>, DataError>> {
    let store = DataStore::expect();
    LocalResource::new(move || {
        let path = path();
        async move { store.load::<T>(&path).await }
    })
}

async fn fetch_text(path: &str) -> Result<String, DataError> {
    let file = path.to_owned();
    let response = match early_response(path).await {
        Some(response) => response,
        None => gloo_net::http::Request::get(path)
            .send()
            .await
            .map_err(|e| DataError::Network {
                file: file.clone(),
                detail: e.to_string(),
            })?,
    };
    match response.status() {
        200..=299 => {}
        404 => return Err(DataError::NotFound { file }),
        status => return Err(DataError::Http { file, status }),
    }
    // Hosts with a single-page-app fallback answer a missing file with the HTML shell.
    let is_html = response
        .headers()
        .get("content-type")
        .is_some_and(|kind| kind.starts_with("text/html"));
    if is_html {
        return Err(DataError::NotFound { file });
    }
    response.text().await.map_err(|e| DataError::Network {
        file,
        detail: e.to_string(),
    })
}

/// The response public/start.js fetched for `path` before the wasm started (a country's static
/// first paint reads countries.json), taken once from `window.mdgEarly`, so the file is downloaded
/// once. `None` if there is none or its request failed: the app then asks for the file itself.
async fn early_response(path: &str) -> Option<gloo_net::http::Response> {
    use wasm_bindgen::JsCast;

    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let early = js_sys::Reflect::get(&window, &"mdgEarly".into()).ok()?;
    if !early.is_object() {
        return None;
    }
    let key = wasm_bindgen::JsValue::from_str(path);
    let promise = js_sys::Reflect::get(&early, &key)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    js_sys::Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key).ok()?;
    let response = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(response.dyn_into::<web_sys::Response>().ok()?.into())
}
