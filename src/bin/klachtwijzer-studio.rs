//! The studio's entry (`studio/index.html`): its own wasm, so the wizard's files stay as
//! they are.

#[cfg(target_arch = "wasm32")]
fn main() {
    klachtwijzer::studio::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
