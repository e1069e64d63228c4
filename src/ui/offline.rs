//! "Make available offline" (About page, presenter entry page): reads the deployment's
//! `offline.json`, says how much of the data this device holds, and downloads the rest into the
//! cache the service worker serves data from, with a progress bar. The app shell and every wasm
//! chunk are precached by the service worker on the first visit (scripts/post-build.mjs); views
//! visited online are cached on the way.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::data::offline::{megabytes, OfflineList, Stored};
use crate::i18n::*;

/// Files downloaded at once: enough to fill a slow link, few enough to show steady progress.
const PARALLEL: usize = 4;

/// Where the panel stands.
#[derive(Clone, Debug, PartialEq)]
enum State {
    /// Reading offline.json and the cache.
    Checking,
    /// This build or browser cannot work offline (no offline.json, no service worker, no Cache
    /// Storage).
    Unavailable,
    /// `stored` of the list is on this device.
    Ready(Stored),
    /// Downloading: files and bytes done so far.
    Downloading(Stored),
    /// A download failed: what is stored, and the file that failed.
    Failed(Stored, String),
}

async fn open_cache(name: &str) -> Result<web_sys::Cache, JsValue> {
    let caches = window().caches()?;
    JsFuture::from(caches.open(name)).await?.dyn_into()
}

/// URLs of every entry of the cache.
async fn cached_urls(cache: &web_sys::Cache) -> Result<Vec<String>, JsValue> {
    let keys: js_sys::Array = JsFuture::from(cache.keys()).await?.dyn_into()?;
    Ok(keys
        .iter()
        .filter_map(|k| k.dyn_into::<web_sys::Request>().ok())
        .map(|r| r.url())
        .collect())
}

/// Whether a service worker controls this page (it is what serves the stored files offline).
/// Read by reflection: where service workers are blocked, `navigator.serviceWorker` is absent.
fn controlled() -> bool {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|sw| !sw.is_undefined() && !sw.is_null())
        .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()).ok())
        .is_some_and(|c| !c.is_null() && !c.is_undefined())
}

async fn load_list() -> Option<OfflineList> {
    if !controlled() {
        return None;
    }
    let response = gloo_net::http::Request::get("offline.json")
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    response.json::<OfflineList>().await.ok()
}

/// What this device holds now.
async fn check(list: &OfflineList) -> State {
    match open_cache(&list.cache).await {
        Ok(cache) => match cached_urls(&cache).await {
            Ok(urls) => State::Ready(list.stored(&urls)),
            Err(_) => State::Unavailable,
        },
        Err(_) => State::Unavailable,
    }
}

/// Downloads every file not yet stored, `PARALLEL` at a time, reporting progress.
async fn download(list: OfflineList, state: RwSignal<State>) {
    let Ok(cache) = open_cache(&list.cache).await else {
        state.set(State::Unavailable);
        return;
    };
    let urls = cached_urls(&cache).await.unwrap_or_default();
    let mut done = list.stored(&urls);
    state.set(State::Downloading(done));
    for batch in list.missing(&urls).chunks(PARALLEL) {
        let adds = batch
            .iter()
            .map(|f| JsFuture::from(cache.add_with_str(&f.url)));
        let results = futures::future::join_all(adds).await;
        for (file, result) in batch.iter().zip(results) {
            if result.is_err() {
                state.set(State::Failed(done, file.url.clone()));
                return;
            }
            done.files += 1;
            done.bytes += file.bytes;
        }
        state.set(State::Downloading(done));
    }
    state.set(State::Ready(done));
}

/// The panel.
#[component]
pub fn OfflinePanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(State::Checking);
    let list = LocalResource::new(load_list);
    Effect::new(move |_| {
        if let Some(found) = list.get() {
            match found {
                Some(l) => leptos::task::spawn_local(async move { state.set(check(&l).await) }),
                None => state.set(State::Unavailable),
            }
        }
    });
    let start = move |_| {
        if let Some(Some(l)) = list.get_untracked() {
            leptos::task::spawn_local(download(l, state));
        }
    };
    let body = move || {
        let lang = i18n.get_locale().as_str();
        let Some(Some(l)) = list.get() else {
            return match state.get() {
                State::Unavailable => view! { <p>{t!(i18n, offline.unavailable)}</p> }.into_any(),
                _ => view! {
                    <p class="loading" role="status">
                        {t!(i18n, data.loading)}
                    </p>
                }
                .into_any(),
            };
        };
        let total = l.files.len();
        let total_mb = megabytes(l.bytes, lang);
        match state.get() {
            State::Checking => view! {
                <p class="loading" role="status">
                    {t!(i18n, data.loading)}
                </p>
            }
            .into_any(),
            State::Unavailable => view! { <p>{t!(i18n, offline.unavailable)}</p> }.into_any(),
            State::Ready(s) if s.files == total => view! {
                <p class="offline__status" data-complete="true">
                    {t_string!(i18n, offline.complete, files = total, size = total_mb.clone())
                        .to_string()}
                </p>
            }
            .into_any(),
            State::Ready(s) | State::Failed(s, _) => {
                let failed = match state.get_untracked() {
                    State::Failed(_, file) => Some(file),
                    _ => None,
                };
                view! {
                    <p class="offline__status">
                        {t_string!(
                            i18n, offline.partial, stored = s.files, files = total, stored_size = megabytes(s.bytes, lang), size = total_mb.clone()
                        )
                            .to_string()}
                    </p>
                    {failed
                        .map(|file| {
                            view! {
                                <p class="notice notice--error" role="alert">
                                    {t_string!(i18n, offline.failed, file = file).to_string()}
                                </p>
                            }
                        })}
                    <button type="button" class="button" on:click=start>
                        {t_string!(i18n, offline.button, size = total_mb.clone()).to_string()}
                    </button>
                }
                .into_any()
            }
            State::Downloading(s) => view! {
                <label class="offline__progress">
                    <span role="status">
                        {t_string!(i18n, offline.progress, stored = s.files, files = total)
                            .to_string()}
                    </span>
                    <progress max=l.bytes.to_string() value=s.bytes.to_string()></progress>
                </label>
            }
            .into_any(),
        }
    };
    view! {
        <section class="offline card" aria-labelledby="offline-heading">
            <h2 id="offline-heading">{t!(i18n, offline.heading)}</h2>
            <p>{t!(i18n, offline.intro)}</p>
            {body}
        </section>
    }
}
