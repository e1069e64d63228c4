//! The interface language: the switcher, and where the choice lives.
//!
//! The URL names the language (`?lang=fr`, [`param::LANG`]) on every view, so that any link a
//! visitor copies or shares opens in the language it was sent in, for anyone. On load the URL's
//! language wins; a URL without one gets the language kept in this browser (localStorage) or,
//! failing that, the browser's own, and the address bar is completed with it. In-app links and
//! navigation carry it on: [`LangInLinks`] completes a link when it is used, and
//! [`use_navigate`] completes a path before the router goes there.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate as router_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::data::route::{param, with_lang};
use crate::i18n::*;
use crate::routes::AppBase;

const STORAGE_KEY: &str = "mdg-explorer.locale";

/// Each locale with its name in its own language (autonyms are never translated).
const AUTONYMS: [(Locale, &str); 3] = [
    (Locale::en, "English"),
    (Locale::fr, "Français"),
    (Locale::es, "Español"),
];

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// A quiet change of the address bar: no new history entry, no scrolling, the path as given
/// (base included).
fn quietly() -> NavigateOptions {
    NavigateOptions {
        resolve: false,
        replace: true,
        scroll: false,
        ..Default::default()
    }
}

/// Writes `locale` into the address bar, in place, once the browser shows the router's URL
/// `here`. Not through the router: on load its first page is still being fetched, and a
/// navigation then would start it again; and while a navigation waits for its page the browser
/// still shows the previous URL, whose history entry must not be rewritten.
fn complete_address_bar(here: &str, locale: Locale) {
    let shown = window().location();
    let shown = format!(
        "{}?{}{}",
        shown.pathname().unwrap_or_default(),
        shown.search().unwrap_or_default().trim_start_matches('?'),
        shown.hash().unwrap_or_default()
    );
    if shown != here {
        return;
    }
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&with_lang(here, locale.as_str())));
    }
}

/// The current location as a path with its query and fragment, base included.
fn here(location: &leptos_router::location::Location) -> String {
    let hash = location.hash.get_untracked();
    let sharp = if hash.is_empty() || hash.starts_with('#') {
        ""
    } else {
        "#"
    };
    format!(
        "{}?{}{sharp}{hash}",
        location.pathname.get_untracked(),
        location.search.get_untracked(),
    )
}

/// Keeps the language and the URL in step (must sit inside the router and the i18n provider):
/// the URL's `lang` sets the language (on load, and on going back to a view shown in another
/// language); a URL without `lang` is completed with the language shown. Every language shown is
/// kept in localStorage, for the next visit and for links opened in a new tab.
#[component]
pub fn LocalePersistence() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let location = use_location();
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| code.parse::<Locale>().ok());
    let in_url = Memo::new(move |_| {
        query
            .with(|q| q.get(param::LANG))
            .and_then(|code| code.parse::<Locale>().ok())
    });
    // The provider sets its initial locale (from the browser's languages) in its own first effect,
    // which runs after this component is created: these effects are created later, so they run
    // after the provider's.
    Effect::new(move |started: Option<()>| {
        let current = i18n.get_locale_untracked();
        let wanted = match in_url.get() {
            Some(locale) => locale,
            None if started.is_none() => stored.unwrap_or(current),
            None => current,
        };
        if wanted != current {
            i18n.set_locale(wanted);
        }
        if in_url.get_untracked().is_none() {
            complete_address_bar(&here(&location), wanted);
        }
    });
    Effect::new(move |_| {
        let current = i18n.get_locale();
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, current.as_str());
        }
    });
    view! { <LangInLinks /> }
}

/// Completes an in-app link with the current language the moment it is used (clicked, opened in
/// a new tab, or its address copied from the context menu), before the router or the browser
/// reads it. Links are written without the language (`AppBase::to`), so that a language switch
/// does not leave stale links on the page.
#[component]
fn LangInLinks() -> impl IntoView {
    let i18n = use_i18n();
    let base = StoredValue::new(AppBase::expect().0);
    let complete = move |ev: web_sys::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(link) = link else { return };
        let Some(href) = base.with_value(|base| in_app_href(&link, base)) else {
            return;
        };
        let completed = with_lang(&href, i18n.get_locale_untracked().as_str());
        if completed != href {
            let _ = link.set_attribute("href", &completed);
        }
    };
    // On the document, which hears a click before the router (it listens on the window). One
    // plain listener for the three events: `use_event_listener` three times made the first view's
    // download weigh ~4 KB more.
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(complete);
    let events = ["click", "auxclick", "contextmenu"];
    for event in events {
        let _ =
            document().add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    let listener = StoredValue::new_local(listener);
    on_cleanup(move || {
        listener.try_with_value(|listener| {
            for event in events {
                let _ = document()
                    .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        });
    });
}

/// The path, query and fragment of `link` if it leads to a view of the app (same origin, under
/// the base, not a file such as `data/…json`, not a download).
fn in_app_href(link: &web_sys::HtmlAnchorElement, base: &str) -> Option<String> {
    if link.has_attribute("download") {
        return None;
    }
    let url = web_sys::Url::new(&link.href()).ok()?;
    let origin = window().location().origin().ok()?;
    let path = url.pathname();
    let rest = path.strip_prefix(base)?;
    let is_file = rest
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    (url.origin() == origin && (rest.is_empty() || rest.starts_with('/')) && !is_file)
        .then(|| format!("{path}{}{}", url.search(), url.hash()))
}

/// The router's `use_navigate`, with the current language added to the path: what views use to
/// navigate, so the address bar never loses the language.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone {
    let i18n = use_i18n();
    let navigate = router_navigate();
    move |path: &str, options: NavigateOptions| {
        navigate(
            &with_lang(path, i18n.get_locale_untracked().as_str()),
            options,
        );
    }
}

/// The language switcher: the URL's language changes with it.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let navigate = router_navigate();
    let on_change = move |ev| {
        if let Ok(locale) = event_target_value(&ev).parse::<Locale>() {
            i18n.set_locale(locale);
            navigate(&with_lang(&here(&location), locale.as_str()), quietly());
        }
    };
    view! {
        <div class="lang-select">
            <label for="lang-select">{t!(i18n, lang.label)}</label>
            <select
                id="lang-select"
                on:change=on_change
                prop:value=move || i18n.get_locale().as_str()
            >
                {AUTONYMS
                    .into_iter()
                    .map(|(locale, name)| {
                        view! {
                            <option value=locale.as_str() lang=locale.as_str()>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    /// Every string of a locale file, with its key path.
    fn strings(path: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    strings(&format!("{path}.{k}"), child, out);
                }
            }
            _ => {}
        }
    }

    fn locale(lang: &str, text: &str) -> Vec<(String, String)> {
        let value: serde_json::Value = serde_json::from_str(text).expect(lang);
        let mut out = Vec::new();
        strings(lang, &value, &mut out);
        out
    }

    fn all_locales() -> Vec<(String, String)> {
        [
            ("en", include_str!("../../locales/en.json")),
            ("fr", include_str!("../../locales/fr.json")),
            ("es", include_str!("../../locales/es.json")),
        ]
        .into_iter()
        .flat_map(|(lang, text)| locale(lang, text))
        .collect()
    }

    /// Every French string keeps its signs with their words: no-break spaces before `:`, `;`,
    /// `?`, `!`, `»` and after `«` (the data files are held to the same rule by validation).
    #[test]
    fn french_strings_use_no_break_spaces() {
        let faults: Vec<String> = locale("fr", include_str!("../../locales/fr.json"))
            .into_iter()
            .filter_map(|(path, s)| {
                crate::data::french_spacing_fault(&s).map(|at| format!("{path}: \"{at}\""))
            })
            .collect();
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    /// One apostrophe in the interface, the straight one, as in the data files' own texts
    /// (quoted titles and the source paper keep theirs): "l'équipe", not "l’équipe" here and
    /// "l'équipe" there.
    #[test]
    fn apostrophes_are_straight() {
        let faults: Vec<String> = all_locales()
            .into_iter()
            .filter(|(_, s)| {
                let chars: Vec<char> = s.chars().collect();
                chars
                    .windows(3)
                    .any(|w| w[1] == '\u{2019}' && w[0].is_alphabetic() && w[2].is_alphabetic())
            })
            .map(|(path, s)| format!("{path}: {s}"))
            .collect();
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }
}
