//! Files for the studio: a text as a file (to download, or for a frame to load) and the text
//! of a file the person chose.

use wasm_bindgen::JsCast;

/// A URL for `text` as a file of type `mime`, until [`revoke`]d.
pub fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Offers `text` as a file named `name` to save.
pub fn download(name: &str, text: &str, mime: &str) {
    let Some(url) = object_url(text, mime) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    revoke(&url);
}

/// The text of the first file chosen in `input`, given to `done` (`None`: none, or unreadable).
pub fn read_chosen(input: &web_sys::HtmlInputElement, done: impl FnOnce(Option<String>) + 'static) {
    let file = input.files().and_then(|files| files.get(0));
    wasm_bindgen_futures::spawn_local(async move {
        let text = match file {
            Some(file) => wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string()),
            None => None,
        };
        done(text);
    });
}
