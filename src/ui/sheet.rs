//! Style rules a view writes at run time, in a constructed style sheet.
//!
//! A `<style>` element with generated text is inline style, which the Content Security Policy
//! (`style-src 'self'`, index.html) blocks. A constructed sheet (`new CSSStyleSheet()`, adopted by
//! the document) is CSSOM, which the policy allows, and rewriting its text restyles only the
//! elements its rules select, as a `<style>` element would.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

// Bound here rather than through web-sys: its `CssStyleSheet` feature would rebuild web-sys and
// everything above it for three calls.
#[wasm_bindgen]
extern "C" {
    /// A style sheet built by script (`new CSSStyleSheet()`).
    #[wasm_bindgen(js_name = CSSStyleSheet)]
    type ConstructedSheet;

    #[wasm_bindgen(constructor, js_class = "CSSStyleSheet", catch)]
    fn new() -> Result<ConstructedSheet, JsValue>;

    #[wasm_bindgen(method, js_name = replaceSync, catch)]
    fn replace_sync(this: &ConstructedSheet, text: &str) -> Result<(), JsValue>;

    /// The document, for its `adoptedStyleSheets`.
    #[wasm_bindgen(js_name = Document)]
    type SheetHost;

    #[wasm_bindgen(method, getter, js_name = adoptedStyleSheets)]
    fn adopted_style_sheets(this: &SheetHost) -> js_sys::Array;

    #[wasm_bindgen(method, setter, js_name = adoptedStyleSheets)]
    fn set_adopted_style_sheets(this: &SheetHost, sheets: &js_sys::Array);
}

fn host() -> SheetHost {
    document().unchecked_into()
}

/// The document's adopted sheets with `sheet` added (`keep`) or taken out.
fn adopt(sheet: &ConstructedSheet, keep: bool) {
    let host = host();
    let others = host
        .adopted_style_sheets()
        .filter(&mut |s, _, _| s != **sheet);
    if keep {
        others.push(sheet);
    }
    host.set_adopted_style_sheets(&others);
}

/// Applies the style rules `css` returns to the document while the calling view is mounted,
/// rewriting them whenever the signals `css` reads change.
pub fn use_style_rules(css: impl Fn() -> String + 'static) {
    let Ok(sheet) = ConstructedSheet::new() else {
        return;
    };
    adopt(&sheet, true);
    let sheet = StoredValue::new_local(sheet);
    Effect::new(move || {
        sheet.with_value(|s| {
            let _ = s.replace_sync(&css());
        });
    });
    on_cleanup(move || sheet.with_value(|s| adopt(s, false)));
}
