//! `rule!`: a rule or organisation text of the regulation file, with where it comes from.
//! It adds `source` (a section and quote of the regulation) and `assumed` (a choice made
//! where the regulation is silent) to the struct it wraps. Only the check tool reads them;
//! the browser skips them (the shape check has already refused unknown fields).

macro_rules! rule {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($body)*
            #[cfg(not(target_arch = "wasm32"))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub source: Option<$crate::core::text::Source>,
            #[cfg(not(target_arch = "wasm32"))]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub assumed: Option<String>,
        }
    };
}
