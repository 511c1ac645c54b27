//! The TypeScript records embedded in the compiled library (one JSON line each, read back by
//! `cargo rnode-addon build` to write the `.d.ts`; the format is documented in the SDK's `typedefs` module).

use crate::typescript::{Part, Ts, part_tokens};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// Escapes `s` for the inside of a JSON string.
pub fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A JSON line under construction: structural text is pushed raw, TypeScript text is escaped as it is added.
#[derive(Default)]
pub struct Line(Ts);

impl Line {
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Adds TypeScript text inside a JSON string; spliced names are escaped by the SDK at compile time.
    pub fn text(&mut self, ts: &Ts) -> &mut Self {
        for part in &ts.0 {
            match part {
                Part::Lit(s) => {
                    self.0.push_str(&json_escape(s));
                }
                name => self.0.0.push(name.clone()),
            }
        }
        self
    }

    /// `{"kind":"<kind>","name":"<name>","ts":"<ts>"}`
    pub fn item(kind: &str, name: &str, ts: &Ts) -> Self {
        let mut line = Line::default();
        line.raw(&format!(
            "{{\"kind\":\"{kind}\",\"name\":\"{}\",\"ts\":\"",
            json_escape(name)
        ))
        .text(ts)
        .raw("\"}");
        line
    }

    /// The `static` holding the record, named `ident`, in the SDK's typedef link section.
    pub fn emit(mut self, ident: &Ident, rt: &TokenStream) -> TokenStream {
        self.0.push_str("\n");
        let parts = self.0.0.iter().map(|p| part_tokens(p, rt));
        quote! {
            #rt::typedef!(#ident = [#(#parts),*]);
        }
    }

    #[cfg(test)]
    pub fn display(&self) -> String {
        self.0.display()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_json() {
        assert_eq!(json_escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        assert_eq!(json_escape("\u{1}"), "\\u0001");
    }

    #[test]
    fn item_line() {
        let line = Line::item(
            "function",
            "greet",
            &Ts::lit("export declare function greet(name: string): string"),
        );
        assert_eq!(
            line.display(),
            r#"{"kind":"function","name":"greet","ts":"export declare function greet(name: string): string"}"#
        );
    }
}
