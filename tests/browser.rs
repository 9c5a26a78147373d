//! Component tests in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use klachtwijzer::ui::host::{HostConfig, RegulationSource};
use klachtwijzer::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

const PERSPEKTIEF: &str = include_str!("../public/regulations/perspektief.json");

/// Mounts a wizard with the Perspektief regulation into a fresh element.
fn mount(instance: usize, endpoint: Option<&str>) -> HtmlElement {
    mount_with(
        instance,
        RegulationSource::Inline(PERSPEKTIEF.into()),
        endpoint,
    )
}

fn mount_with(
    instance: usize,
    regulation: RegulationSource,
    endpoint: Option<&str>,
) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let config = HostConfig {
        regulation,
        endpoint: endpoint.map(str::to_string),
        debug: instance != 108,
    };
    let container = host.clone();
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <App instance config container/> },
    )
    .forget();
    host
}

/// Lets the reactive system and animation frames run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn heading(host: &HtmlElement) -> String {
    find(host, "h1").text_content().unwrap_or_default()
}

fn click_button(host: &HtmlElement, text: &str) {
    let buttons = host.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().unchecked_into();
        if button.text_content().unwrap_or_default().trim() == text {
            button.click();
            return;
        }
    }
    panic!("no button {text}");
}

fn click_label(host: &HtmlElement, text: &str) {
    let labels = host.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let label: HtmlElement = labels.item(i).unwrap().unchecked_into();
        if label.text_content().unwrap_or_default().contains(text) {
            label.click();
            return;
        }
    }
    panic!("no label {text}");
}

fn checked_inputs(host: &HtmlElement) -> u32 {
    host.query_selector_all("input:checked").unwrap().length()
}

#[wasm_bindgen_test]
async fn starts_on_the_start_screen_and_moves_focus_to_the_next_heading() {
    let host = mount(101, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    assert_eq!(heading(&host), "Een klacht indienen");
    assert!(host
        .text_content()
        .unwrap()
        .contains("Ben je niet tevreden over Perspektief?"));
    click_button(&host, "Begin");
    settle().await;
    assert_eq!(heading(&host), "Voor wie is de klacht?");
    let active = document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H1");
    assert!(host.contains(Some(&active)));
    let title = document().title();
    assert!(
        title.starts_with("Voor wie is de klacht? – Deel 1 van 6: wie klaagt – "),
        "{title}"
    );
    assert!(title.ends_with(" – Klachtwijzer"), "{title}");
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_a_focused_error_summary() {
    let host = mount(102, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    click_button(&host, "Begin");
    settle().await;
    click_button(&host, "Verder");
    settle().await;
    let summary = find(&host, ".kw-error-summary");
    assert!(!summary.hidden());
    assert!(summary
        .text_content()
        .unwrap()
        .contains("Kies een antwoord."));
    let active: HtmlElement = document().active_element().unwrap().unchecked_into();
    assert_eq!(active, summary);
    let fieldset = find(&host, "fieldset");
    let described_by = fieldset.get_attribute("aria-describedby").unwrap();
    assert!(
        described_by.contains("kw102-for_whom-error"),
        "{described_by}"
    );
    assert!(find(&host, "#kw102-for_whom-error")
        .text_content()
        .unwrap()
        .contains("Kies een antwoord."));
    assert!(document().title().starts_with("Fout: "));
    // The link in the summary moves focus to the first choice.
    let link: HtmlElement = find(&host, ".kw-error-summary a");
    link.click();
    assert_eq!(document().active_element().unwrap().id(), "kw102-for_whom");
    // Still on the same question; choosing an answer lets the person go on.
    click_label(&host, "Voor mezelf");
    click_button(&host, "Verder");
    settle().await;
    assert_eq!(heading(&host), "Vul je dit alleen in?");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers() {
    // In a page the English texts are fetched from next to the wizard's files; here there
    // are none, so the test hands them over.
    klachtwijzer::i18n::provide(
        klachtwijzer::i18n::Locale::En,
        include_str!("../locales/en.json"),
    );
    let host = mount(103, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    click_button(&host, "Begin");
    settle().await;
    click_label(&host, "Voor iemand anders");
    settle().await;
    assert_eq!(checked_inputs(&host), 1);
    click_button(&host, "English");
    settle().await;
    assert_eq!(heading(&host), "Who is the complaint for?");
    assert_eq!(checked_inputs(&host), 1);
    let checked: web_sys::HtmlInputElement = find(&host, "input:checked").unchecked_into();
    assert_eq!(checked.id(), "kw103-for_whom-1");
    assert_eq!(
        find(&host, ".kw").get_attribute("lang").as_deref(),
        Some("en")
    );
    click_button(&host, "Continue");
    settle().await;
    assert_eq!(heading(&host), "Has the client died?");
}

#[wasm_bindgen_test]
async fn a_date_in_the_future_keeps_the_typed_date_and_explains() {
    let host = mount(106, Some("http://127.0.0.1:9/submissions"));
    settle().await;
    click_button(&host, "Begin");
    settle().await;
    click_label(&host, "Voor mezelf");
    click_button(&host, "Verder");
    settle().await;
    click_label(&host, "Ja, ik vul het alleen in");
    click_button(&host, "Verder");
    settle().await;
    let parts = host.query_selector_all("input.kw-date").unwrap();
    assert_eq!(parts.length(), 3, "day, month, year");
    for (i, value) in ["1", "1", "2999"].into_iter().enumerate() {
        let part: web_sys::HtmlInputElement = parts.get(i as u32).unwrap().unchecked_into();
        part.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        part.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    }
    click_button(&host, "Verder");
    settle().await;
    assert!(find(&host, ".kw-error-summary")
        .text_content()
        .unwrap()
        .contains("De datum ligt in de toekomst."));
    let year: web_sys::HtmlInputElement = find(&host, "input.kw-year").unchecked_into();
    assert_eq!(year.value(), "2999");
    assert_eq!(year.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_organisation_can_reword_a_text_and_offer_dutch_only() {
    let mut regulation: serde_json::Value = serde_json::from_str(PERSPEKTIEF).unwrap();
    regulation["languages"] = serde_json::json!(["nl"]);
    regulation["texts"] = serde_json::json!({ "nl": { "start.heading": "Ben je ontevreden?" } });
    let custom = regulation.to_string();
    let host = mount_with(
        107,
        RegulationSource::Inline(custom),
        Some("http://127.0.0.1:9/x"),
    );
    settle().await;
    assert_eq!(heading(&host), "Ben je ontevreden?");
    let buttons = host.text_content().unwrap();
    assert!(!buttons.contains("English"), "only Dutch is offered");
}

#[wasm_bindgen_test]
async fn a_host_element_without_endpoint_shows_the_integrator_what_is_wrong() {
    let host = mount(104, None);
    settle().await;
    let panel = find(&host, ".kw-config-error");
    let text = panel.text_content().unwrap();
    assert!(text.contains("data-endpoint"));
    assert!(text.contains("Neem contact op met de organisatie."));
    // The visitor gets the organisation's contact details, as far as the file says them.
    assert!(text.contains("Perspektief"), "{text}");
    assert!(text.contains("015 284 1000"), "{text}");
}

#[wasm_bindgen_test]
async fn on_the_public_site_a_visitor_never_reads_the_developer_message() {
    // Instance 108 is mounted as on a public page (no `data-debug`, not a local origin).
    let broken = PERSPEKTIEF.replace("\"format_version\": 1", "\"format_version\": 2");
    let host = mount_with(
        108,
        RegulationSource::Inline(broken),
        Some("http://127.0.0.1:9/x"),
    );
    settle().await;
    let text = find(&host, ".kw-config-error").text_content().unwrap();
    assert!(text.contains("De klachtwijzer werkt nu niet."), "{text}");
    assert!(
        text.contains("015 284 1000"),
        "the organisation's contact: {text}"
    );
    assert!(!text.contains("format_version"), "{text}");
    assert!(!text.contains("Configuration error"), "{text}");
    assert!(host.query_selector(".kw-config-detail").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_broken_regulation_lists_every_problem_with_its_path() {
    let broken = PERSPEKTIEF
        .replace("\"format_version\": 1", "\"format_version\": 2")
        .replace("\"amount\": 6", "\"amount\": \"zes\"");
    let host = mount_with(
        105,
        RegulationSource::Inline(broken),
        Some("http://127.0.0.1:9/x"),
    );
    settle().await;
    let items = host.query_selector_all(".kw-config-detail li").unwrap();
    assert_eq!(items.length(), 2);
    let text = find(&host, ".kw-config-error").text_content().unwrap();
    assert!(
        text.contains("format_version: expected 1, found 2"),
        "{text}"
    );
    assert!(
        text.contains("timeline.handling_starts_within.amount"),
        "{text}"
    );
}
