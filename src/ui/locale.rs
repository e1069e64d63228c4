//! Language choice: the switcher, and keeping the choice across reloads (localStorage).

use leptos::prelude::*;

use crate::i18n::*;

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

/// Restores the stored locale on start and stores every later change.
/// `<html lang>` is kept in sync by the i18n provider.
#[component]
pub fn LocalePersistence() -> impl IntoView {
    let i18n = use_i18n();
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| code.parse::<Locale>().ok());
    // The provider sets its initial locale (from the browser's languages) in its own first effect,
    // which runs after this component is created: restoring must happen in an effect created
    // later, so it runs after the provider's. Later runs write the choice to storage.
    Effect::new(move |restored: Option<()>| {
        let current = i18n.get_locale();
        if restored.is_none() {
            if let Some(locale) = stored.filter(|locale| *locale != current) {
                i18n.set_locale(locale);
                return;
            }
        }
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, current.as_str());
        }
    });
}

/// The language switcher.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        if let Ok(locale) = event_target_value(&ev).parse::<Locale>() {
            i18n.set_locale(locale);
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
