//! Saving what a view shows: CSV text, the chart's SVG, and a PNG rendering of it.

use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Offers `text` as a file download named `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(filename, &blob);
    }
}

/// How long an object URL outlives its download's click.
///
/// The click only starts the download; the browser reads the URL afterwards. Revoking it in the
/// same task (or even one task later) can cancel the download in some browsers (Firefox and
/// Safari have done so), so it is revoked on a timer well after the click has been dispatched:
/// the one revoke policy for every object-URL download in the app.
const REVOKE_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

fn download_blob(filename: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    click_download(&url, filename);
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
}

/// Downloads `href` (an object or data URL) as `filename`, through a link clicked in the page
/// (some browsers ignore clicks on links outside the document).
fn click_download(href: &str, filename: &str) {
    let document = leptos::prelude::document();
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(href);
    a.set_download(filename);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
}

/// The markup of the SVG element with id `id`, as a standalone SVG document (its styles are
/// inside it, so it renders the same anywhere).
pub fn svg_markup(id: &str) -> Option<String> {
    let el = leptos::prelude::document().get_element_by_id(id)?;
    let serializer = web_sys::XmlSerializer::new().ok()?;
    let body = serializer.serialize_to_string(&el).ok()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}"
    ))
}

/// Downloads the SVG element `id` as `filename`.
pub fn download_svg(id: &str, filename: &str) {
    if let Some(svg) = svg_markup(id) {
        download_text(filename, "image/svg+xml", &svg);
    }
}

/// The width and height of the viewBox of the element `id` (its drawing's size).
fn view_box_size(id: &str) -> Option<(u32, u32)> {
    let el = leptos::prelude::document().get_element_by_id(id)?;
    let vb = el.get_attribute("viewBox")?;
    let mut parts = vb.split_whitespace().skip(2).map(str::parse::<f64>);
    let (w, h) = (parts.next()?.ok()?, parts.next()?.ok()?);
    Some((w.round() as u32, h.round() as u32))
}

/// Renders the SVG element `id` onto a white canvas at twice its viewBox size and downloads it
/// as a PNG named `filename`.
pub fn download_png(id: &str, filename: &str) {
    let Some(svg) = svg_markup(id) else { return };
    let Some((width, height)) = view_box_size(id) else {
        return;
    };
    let document = leptos::prelude::document();
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    let scale = 2;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let filename = filename.to_owned();
    let img = image.clone();
    let onload = Closure::once_into_js(move || {
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img,
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
        let url = canvas
            .to_data_url_with_type("image/png")
            .unwrap_or_default();
        click_download(&url, &filename);
    });
    image.set_onload(Some(onload.unchecked_ref()));
    let encoded = js_sys::encode_uri_component(&svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
