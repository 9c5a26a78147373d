//! Reading text aloud with the browser's speech synthesis, where it exists. A browser may
//! have the synthesis but no voice for the language (headless Chromium has none at all):
//! then `speak` says so, and the view tells the person instead of doing nothing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::http::sleep;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    // Not every browser has it; asking for it must not throw.
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .and_then(|v| v.dyn_into().ok())
}

#[cfg(target_arch = "wasm32")]
pub fn is_supported() -> bool {
    synthesis().is_some()
}

/// Natively (the start page drawn at build time): as in nearly every browser. Where a
/// browser has no speech synthesis, the wizard leaves the button out once it runs.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_supported() -> bool {
    true
}

/// The best voice for `lang` ("nl-NL"): that exact language, else the same language
/// elsewhere ("nl-BE"); one on this device before one over the network.
fn best_voice(
    synthesis: &web_sys::SpeechSynthesis,
    lang: &str,
) -> Option<web_sys::SpeechSynthesisVoice> {
    let prefix = lang.split('-').next().unwrap_or(lang);
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synthesis
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into().ok())
        .collect();
    let rank = |v: &web_sys::SpeechSynthesisVoice| {
        let code = v.lang().replace('_', "-");
        let language = if code.eq_ignore_ascii_case(lang) {
            0
        } else if code.to_ascii_lowercase().starts_with(prefix) {
            1
        } else {
            return None;
        };
        Some(language * 2 + usize::from(!v.local_service()))
    };
    voices
        .into_iter()
        .filter_map(|v| rank(&v).map(|r| (r, v)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, v)| v)
}

/// Reads `text` aloud in `lang` ("nl-NL", "en-GB"), stopping whatever was being read. The
/// browser may still be loading its voices: it waits for them a moment. `on_end` runs when
/// the reading ends. False when no voice can read this language.
pub async fn speak(text: &str, lang: &str, on_end: impl FnOnce() + 'static) -> bool {
    let Some(synthesis) = synthesis() else {
        return false;
    };
    synthesis.cancel();
    let mut voice = best_voice(&synthesis, lang);
    // Voices arrive with `voiceschanged`, some time after the page loads.
    for _ in 0..10 {
        if voice.is_some() {
            break;
        }
        sleep(100).await;
        voice = best_voice(&synthesis, lang);
    }
    let Some(voice) = voice else {
        return false;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(lang);
    utterance.set_voice(Some(&voice));
    // A little slower than usual: easier to follow.
    utterance.set_rate(0.85);
    let ended = Closure::once_into_js(on_end);
    utterance.set_onend(Some(ended.unchecked_ref()));
    synthesis.speak(&utterance);
    true
}

pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
