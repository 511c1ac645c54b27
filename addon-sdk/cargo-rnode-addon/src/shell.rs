//! Status, warning and error lines in cargo's look, so our output blends with cargo's own.

use std::io::{IsTerminal as _, Write as _};

const GREEN: &str = "\x1b[1;32m";
const YELLOW: &str = "\x1b[1;33m";
const RED: &str = "\x1b[1;31m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Follows cargo's own switch (`CARGO_TERM_COLOR`), which cargo also sets for subcommands.
fn color() -> bool {
    match std::env::var("CARGO_TERM_COLOR").as_deref() {
        Ok("always") => true,
        Ok("never") => false,
        _ => std::io::stderr().is_terminal(),
    }
}

/// `   Installed counter.node in /x` with the verb right-aligned to 12 columns.
pub fn status(verb: &str, message: &str) {
    let line = if color() {
        format!("{GREEN}{verb:>12}{RESET} {message}")
    } else {
        format!("{verb:>12} {message}")
    };
    let _ = writeln!(std::io::stderr(), "{line}");
}

pub fn warning(message: &str) {
    labelled(YELLOW, "warning", message);
}

pub fn error(message: &str) {
    labelled(RED, "error", message);
}

fn labelled(color_code: &str, label: &str, message: &str) {
    let line = if color() {
        format!("{color_code}{label}{RESET}{BOLD}:{RESET} {message}")
    } else {
        format!("{label}: {message}")
    };
    let _ = writeln!(std::io::stderr(), "{line}");
}
