//! The organisation's look: colours, font, logo, corners. Colours must keep text and focus
//! rings readable (WCAG 1.4.3 and 1.4.11), so they are checked when the regulation loads.

use serde::{Deserialize, Serialize};

/// The page background and the wizard's own primary colour (when the theme has none); the
/// theme's colours are checked against these.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DEFAULT_PRIMARY: Rgb = Rgb(0x1d, 0x6b, 0x3b);

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Buttons and the confirmation panel, with white text on it. `#rrggbb`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_colour: Option<String>,
    /// The focus ring, drawn with a dark ring around it. `#rrggbb`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_colour: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font_family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Corner radius in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corner_radius: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` (or `#rgb`).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
        match hex.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            _ => None,
        }
    }

    /// Relative luminance (WCAG 2.x).
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio, from 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// `4.4` for 4.46: rounded down, so a ratio just short of the minimum never reads as enough.
/// Integer formatting: float formatting (`{:.1}`) would cost the wasm 14 KB.
fn one_decimal(ratio: f64) -> String {
    let tenths = (ratio * 10.0).floor() as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Problems with the theme's colours, as (field, explanation).
/// The theme as the CSS custom properties the wizard's stylesheet reads (only those set).
pub fn css_properties(theme: &Theme) -> Vec<(&'static str, String)> {
    [
        ("--kw-primary", theme.primary_colour.clone()),
        ("--kw-focus", theme.focus_colour.clone()),
        ("--kw-font", theme.font_family.clone()),
        ("--kw-radius", theme.corner_radius.map(|r| format!("{r}px"))),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect()
}

pub fn contrast_problems(theme: &Theme) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    if let Some(primary) = theme.primary_colour.as_deref().and_then(Rgb::parse) {
        let ratio = primary.contrast(WHITE);
        if ratio < 4.5 {
            problems.push((
                "primary_colour",
                format!("white text on this colour has a contrast of {}:1; it needs at least 4.5:1 (WCAG 1.4.3): choose a darker colour", one_decimal(ratio)),
            ));
        }
    }
    // The focus ring surrounds buttons of the primary colour: it must stand out from them.
    if let Some(focus) = theme.focus_colour.as_deref().and_then(Rgb::parse) {
        let primary = theme
            .primary_colour
            .as_deref()
            .and_then(Rgb::parse)
            .unwrap_or(DEFAULT_PRIMARY);
        let ratio = focus.contrast(primary);
        if ratio < 3.0 {
            problems.push((
                "focus_colour",
                format!("the focus ring contrasts {}:1 with the buttons (primary colour); it needs at least 3:1 (WCAG 1.4.11)", one_decimal(ratio)),
            ));
        }
    }
    problems
}

/// A font list is safe to put in a style: letters, digits, spaces, commas, quotes, hyphens.
pub fn is_safe_font_family(font: &str) -> bool {
    !font.trim().is_empty()
        && font
            .chars()
            .all(|c| c.is_alphanumeric() || " ,-'\"".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratios_match_wcag() {
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 0.01);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Rgb::parse("#767676").unwrap();
        assert!((grey.contrast(WHITE) - 4.54).abs() < 0.01);
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        assert_eq!(Rgb::parse("ffffff"), None);
        assert_eq!(Rgb::parse("#ggg000"), None);
        assert_eq!(Rgb::parse("#+f+f+f"), None);
    }

    #[test]
    fn light_colours_are_rejected_with_the_ratio() {
        let theme = Theme {
            primary_colour: Some("#7fbfff".into()),
            focus_colour: Some("#88c0ff".into()),
            ..Theme::default()
        };
        let problems = contrast_problems(&theme);
        assert_eq!(problems.len(), 2);
        assert!(
            problems[0]
                .1
                .starts_with("white text on this colour has a contrast of 1.9:1"),
            "{}",
            problems[0].1
        );
        let fine = Theme {
            primary_colour: Some("#1d3b6b".into()),
            focus_colour: Some("#ffbf47".into()),
            ..Theme::default()
        };
        assert!(contrast_problems(&fine).is_empty());
    }

    #[test]
    fn font_lists_cannot_carry_css() {
        assert!(is_safe_font_family("\"Open Sans\", Arial, sans-serif"));
        assert!(!is_safe_font_family("Arial; background: url(x)"));
        assert!(!is_safe_font_family("a}b{"));
    }
}
