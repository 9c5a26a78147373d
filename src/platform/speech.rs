//! Reading text aloud with the browser's speech synthesis, where it exists.

use wasm_bindgen::JsCast;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    // Not every browser has it; asking for it must not throw.
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .and_then(|v| v.dyn_into().ok())
}

pub fn is_supported() -> bool {
    synthesis().is_some()
}

/// Reads `text` aloud in `lang` ("nl-NL", "en-GB"), stopping whatever was being read.
pub fn speak(text: &str, lang: &str) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    synthesis.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        utterance.set_rate(0.9);
        synthesis.speak(&utterance);
    }
}

pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
