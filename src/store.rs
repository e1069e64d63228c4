//! Loads the bundled JSON files with gloo-net, once each, and shares them through context.
//!
//! Paths are relative ("data/…") so the document's `<base href>` makes them work at any sub-path.
//! Parsing, the file's own rules ([`Check`]) and every error message live in the pure `data`
//! crate; this module only adds the
//! network and the cache.

use std::{any::Any, collections::HashMap, sync::Arc};

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::data::{parse_checked, Check, DataError};

type Cache = HashMap<String, Arc<dyn Any + Send + Sync>>;

/// The app-wide cache of parsed data files.
#[derive(Clone, Copy)]
pub struct DataStore(StoredValue<Cache>);

impl DataStore {
    /// Creates the store and provides it to the component tree.
    pub fn provide() {
        provide_context(DataStore(StoredValue::new(Cache::new())));
    }

    /// The store provided by [`DataStore::provide`].
    pub fn expect() -> Self {
        expect_context()
    }

    /// Loads and parses `path` (e.g. "data/manifest.json"), or returns the cached copy.
    /// Failures are not cached, so a later view can try again.
    pub async fn load<T: DeserializeOwned + Check + Send + Sync + 'static>(
        self,
        path: &str,
    ) -> Result<Arc<T>, DataError> {
        let cached = self
            .0
            .with_value(|cache| cache.get(path).cloned())
            .and_then(|any| any.downcast::<T>().ok());
        if let Some(value) = cached {
            return Ok(value);
        }
        let text = fetch_text(path).await?;
        let value = Arc::new(parse_checked::<T>(path, &text)?);
        let any: Arc<dyn Any + Send + Sync> = value.clone();
        self.0.update_value(|cache| {
            cache.insert(path.to_owned(), any);
        });
        Ok(value)
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
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| DataError::Network {
            file: file.clone(),
            detail: e.to_string(),
        })?;
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
