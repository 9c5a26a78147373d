//! Browser effects behind a small surface: time, ids, HTTP, focus and title. Everything the
//! pure core needs from the outside world comes through here.

pub mod clock;
pub mod dom;
pub mod files;
pub mod http;
pub mod ids;
pub mod speech;
pub mod storage;
