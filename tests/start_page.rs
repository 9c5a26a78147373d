//! The start page drawn natively by the wizard's own components (`klachtwijzer-check
//! start-page`): what a host page shows before the wasm arrives.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use klachtwijzer::i18n::Locale;
use klachtwijzer::ui::start_page::render;
use support::*;

const SEEDS: &[&str] = &[
    "perspektief",
    "perspectiefplus",
    "permens",
    "perspectief-herstelbemiddeling",
    "lentl",
];

#[test]
fn every_seed_has_a_start_page_with_its_words_its_contact_and_a_begin_that_works_early() {
    for name in SEEDS {
        let r = regulation(name);
        let email = r.organisation.contact.email.clone();
        let html = render(r.clone(), Locale::Nl);
        assert!(
            html.starts_with("<div class=\"kw-first-screen\"><div lang=\"nl\" class=\"kw\""),
            "{name}: {}",
            &html[..80]
        );
        assert!(
            html.contains("<h1 tabindex=\"-1\">Een klacht indienen</h1>"),
            "{name}"
        );
        assert!(
            html.contains(&format!(
                "Ben je niet tevreden over {}?",
                r.organisation.name
            )),
            "{name}"
        );
        if let Some(email) = email {
            assert!(html.contains(&format!("href=\"mailto:{email}\"")), "{name}");
        }
        // "Begin" is marked for the loader, which remembers an early press.
        assert_eq!(html.matches("data-kw-begin=\"\"").count(), 1, "{name}");
        assert!(html.contains("data-kw-opening=\"Het formulier gaat open. Even geduld.\""));
        assert!(html.contains("<p data-klachtwijzer-unsupported hidden>"));
        // Every text filled in; ids as the wizard draws them, so focus can follow.
        assert!(
            !html.contains('{') && !html.contains("start."),
            "{name}: a placeholder or key"
        );
        assert!(html.contains("id=\"kw0-shared-computer\""));
    }
}

#[test]
fn the_organisations_colours_are_on_the_start_page_as_in_the_wizard() {
    let html = render(regulation("permens"), Locale::Nl);
    assert!(
        html.contains(
            "class=\"kw\" style=\"--kw-primary: #8a2b0e; --kw-focus: #ffbf47; --kw-radius: 12px\""
        ),
        "{}",
        &html[..200]
    );
}

#[test]
fn in_english_too() {
    let html = render(regulation("perspektief"), Locale::En);
    assert!(html.contains("<div lang=\"en\" class=\"kw\""));
    assert!(html.contains(">Make a complaint</h1>"), "{}", &html[..600]);
    assert!(html.contains("data-kw-opening=\"The form is opening. One moment.\""));
}
