//! The TypeScript records embedded in the compiled addon.
//!
//! Each exported item's expansion defines a `static [u8; N]` in a dedicated link section
//! (`rnode_addon_typedefs` on ELF, `__DATA,__rnode_typedefs` on Mach-O, `.rntdefs` on COFF) holding one line
//! of JSON terminated by `\n`; its [`crate::__private::Export`] entry refers to it so the linker keeps it.
//! `cargo rnode-addon build` reads the section back and writes the `.d.ts`. Record kinds:
//!
//! ```text
//! {"kind":"function","name":"greet","ts":"export declare function greet(name: string): string"}
//! {"kind":"class","name":"Counter","ts":"export declare class Counter"}
//! {"kind":"members","owner":"Counter","ts":["constructor(start?: number)","get value(): number"]}
//! {"kind":"interface","name":"Point","ts":"export interface Point {\n  x: number\n}"}
//! {"kind":"enum","name":"Color","ts":"export declare enum Color {\n  Red = 0\n}"}
//! ```
//!
//! The macro writes most of the text; the names of user types (which may be renamed with `js_name`) are
//! spliced in at compile time from their `TypeName::TS_TYPE`, which is why a record is assembled from parts
//! by the const fns below.

/// A piece of a record: JSON text as is, or a TypeScript name to escape into a JSON string.
#[derive(Clone, Copy)]
pub enum TsPart {
    Lit(&'static str),
    Name(&'static str),
}

const fn escaped_len(b: u8) -> usize {
    match b {
        b'"' | b'\\' | b'\n' | b'\r' | b'\t' => 2,
        0..=0x1f => 6,
        _ => 1,
    }
}

/// The length of the record made of `parts`.
pub const fn typedef_len(parts: &[TsPart]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < parts.len() {
        match parts[i] {
            TsPart::Lit(s) => len += s.len(),
            TsPart::Name(s) => {
                let b = s.as_bytes();
                let mut j = 0;
                while j < b.len() {
                    len += escaped_len(b[j]);
                    j += 1;
                }
            }
        }
        i += 1;
    }
    len
}

/// The record made of `parts`; `N` must be [`typedef_len`] of them.
pub const fn typedef_bytes<const N: usize>(parts: &[TsPart]) -> [u8; N] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < parts.len() {
        match parts[i] {
            TsPart::Lit(s) => {
                let b = s.as_bytes();
                let mut j = 0;
                while j < b.len() {
                    out[at] = b[j];
                    at += 1;
                    j += 1;
                }
            }
            TsPart::Name(s) => {
                let b = s.as_bytes();
                let mut j = 0;
                while j < b.len() {
                    let c = b[j];
                    let (first, second) = match c {
                        b'"' => (b'\\', b'"'),
                        b'\\' => (b'\\', b'\\'),
                        b'\n' => (b'\\', b'n'),
                        b'\r' => (b'\\', b'r'),
                        b'\t' => (b'\\', b't'),
                        0..=0x1f => (b'\\', b'u'),
                        _ => (c, 0),
                    };
                    out[at] = first;
                    at += 1;
                    if second != 0 {
                        out[at] = second;
                        at += 1;
                        if second == b'u' {
                            out[at] = b'0';
                            out[at + 1] = b'0';
                            out[at + 2] = HEX[(c >> 4) as usize];
                            out[at + 3] = HEX[(c & 0xf) as usize];
                            at += 4;
                        }
                    }
                    j += 1;
                }
            }
        }
        i += 1;
    }
    assert!(at == N, "typedef length mismatch");
    out
}

/// Defines a record `static` in the typedef link section of the target's object format.
#[doc(hidden)]
#[macro_export]
macro_rules! __rnode_typedef {
    ($name:ident = [$($part:expr),* $(,)?]) => {
        #[cfg_attr(
            not(any(target_vendor = "apple", target_os = "windows")),
            unsafe(link_section = "rnode_addon_typedefs")
        )]
        #[cfg_attr(target_vendor = "apple", unsafe(link_section = "__DATA,__rnode_typedefs"))]
        #[cfg_attr(target_os = "windows", unsafe(link_section = ".rntdefs"))]
        static $name: [u8; $crate::__private::typedef_len(&[$($part),*])] =
            $crate::__private::typedef_bytes(&[$($part),*]);
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_into_json() {
        const PARTS: &[TsPart] = &[
            TsPart::Lit("{\"owner\":\""),
            TsPart::Name("a\"b\\c\u{1}"),
            TsPart::Lit("\"}\n"),
        ];
        const LEN: usize = typedef_len(PARTS);
        const BYTES: [u8; LEN] = typedef_bytes(PARTS);
        assert_eq!(
            std::str::from_utf8(&BYTES).unwrap(),
            "{\"owner\":\"a\\\"b\\\\c\\u0001\"}\n"
        );
    }
}
