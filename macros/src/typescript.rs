//! Maps Rust types, as written in a signature, to their TypeScript spelling for the `.d.ts` records.
//!
//! Known SDK and standard types are mapped here from their last path segment. A type the macro does not know
//! (a user `#[class]`, `#[object]`, `#[js_enum]` or a hand-written conversion) becomes a reference to its
//! `TypeName::TS_TYPE` constant, which the SDK splices into the record at compile time; this is how a class
//! renamed with `js_name` appears under its JavaScript name.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericArgument, PathArguments, Type};

/// A piece of TypeScript text: literal text, or the `TS_TYPE` of a Rust type resolved by the compiler.
#[derive(Clone)]
pub enum Part {
    Lit(String),
    Name(Box<Type>),
    /// The JavaScript name of a `#[class]` (`Class::JS_NAME`).
    ClassName(Box<Type>),
}

/// TypeScript text made of parts.
#[derive(Clone, Default)]
pub struct Ts(pub Vec<Part>);

impl Ts {
    pub fn lit(s: impl Into<String>) -> Self {
        Ts(vec![Part::Lit(s.into())])
    }

    pub fn push_str(&mut self, s: &str) {
        if let Some(Part::Lit(last)) = self.0.last_mut() {
            last.push_str(s);
        } else {
            self.0.push(Part::Lit(s.to_owned()));
        }
    }

    pub fn append(&mut self, other: Ts) {
        for part in other.0 {
            match part {
                Part::Lit(s) => self.push_str(&s),
                name => self.0.push(name),
            }
        }
    }

    /// Whether the text is a union at top level (so it needs parentheses inside `T[]`).
    fn is_union(&self) -> bool {
        self.0
            .iter()
            .any(|p| matches!(p, Part::Lit(s) if s.contains(" | ")))
    }

    /// The text with every spliced name shown as its Rust type (for tests and diagnostics).
    #[cfg(test)]
    pub fn display(&self) -> String {
        self.0
            .iter()
            .map(|p| match p {
                Part::Lit(s) => s.clone(),
                Part::Name(t) | Part::ClassName(t) => {
                    format!("<{}>", quote::ToTokens::to_token_stream(&**t))
                }
            })
            .collect()
    }
}

/// Where a type appears: an argument may be received, a return value is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Argument,
    Return,
}

/// The generic argument types of the last path segment (`Option<T>` -> `[T]`).
pub fn generic_args(ty: &Type) -> Vec<&Type> {
    let Type::Path(p) = ty else { return Vec::new() };
    let Some(seg) = p.path.segments.last() else {
        return Vec::new();
    };
    match &seg.arguments {
        PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The last path segment's name (`std::collections::HashMap<..>` -> `HashMap`).
pub fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `Option<T>` -> `Some(T)`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    if last_ident(ty).as_deref() == Some("Option") {
        generic_args(ty).first().copied()
    } else {
        None
    }
}

/// Replaces `Self` by `self_ty` anywhere in `ty` (methods returning `Self`, `Option<Self>`, ...).
pub fn replace_self(ty: &Type, self_ty: &Type) -> Type {
    struct Replace<'a>(&'a Type);
    impl syn::visit_mut::VisitMut for Replace<'_> {
        fn visit_type_mut(&mut self, ty: &mut Type) {
            if let Type::Path(p) = ty
                && p.qself.is_none()
                && p.path.is_ident("Self")
            {
                *ty = self.0.clone();
                return;
            }
            syn::visit_mut::visit_type_mut(self, ty);
        }
    }
    let mut ty = ty.clone();
    syn::visit_mut::VisitMut::visit_type_mut(&mut Replace(self_ty), &mut ty);
    ty
}

fn one_arg<'a>(ty: &'a Type, name: &str) -> syn::Result<&'a Type> {
    match generic_args(ty).as_slice() {
        [t] => Ok(t),
        _ => Err(syn::Error::new_spanned(
            ty,
            format!("`{name}` needs one type argument"),
        )),
    }
}

/// Maps `ty` to TypeScript. Unsupported shapes (tuples, `impl Trait`, ...) are an error at the type's span.
pub fn map(ty: &Type, pos: Position) -> syn::Result<Ts> {
    match ty {
        Type::Reference(r) => map(&r.elem, pos),
        Type::Paren(p) => map(&p.elem, pos),
        Type::Group(g) => map(&g.elem, pos),
        Type::Tuple(t) if t.elems.is_empty() => Ok(Ts::lit("void")),
        Type::Never(_) => Ok(Ts::lit("never")),
        Type::Path(p) if p.qself.is_none() => map_path(ty, pos),
        _ => Err(unsupported(ty)),
    }
}

/// The error for a type no conversion exists for, at its span.
pub fn unsupported(ty: &Type) -> syn::Error {
    let what = match ty {
        Type::Tuple(_) => "tuples are not supported; use a #[object] struct or a Vec",
        Type::ImplTrait(_) => "`impl Trait` is not supported; use a concrete type",
        Type::TraitObject(_) => "trait objects are not supported; use a concrete type",
        Type::BareFn(_) => {
            "function pointers are not supported; use `Function` to receive a JavaScript function"
        }
        Type::Array(_) | Type::Slice(_) => {
            "arrays and slices are not supported; use `Vec<T>`, `Buffer` or a typed array"
        }
        Type::Ptr(_) => "raw pointers are not supported",
        _ => "this type is not supported by #[function]",
    };
    syn::Error::new_spanned(ty, what)
}

fn map_path(ty: &Type, pos: Position) -> syn::Result<Ts> {
    let name = last_ident(ty).unwrap_or_default();
    let simple = |s: &str| Ok(Ts::lit(s));
    match name.as_str() {
        "f64" | "f32" | "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "isize" | "usize" => {
            simple("number")
        }
        "u64" | "i128" | "u128" | "BigInt" => simple("bigint"),
        "bool" => simple("boolean"),
        "String" | "str" | "char" | "JsString" => simple("string"),
        "Buffer" | "ArrayBuffer" | "Date" | "Int8Array" | "Uint8Array" | "Uint8ClampedArray"
        | "Int16Array" | "Uint16Array" | "Int32Array" | "Uint32Array" | "Float16Array"
        | "Float32Array" | "Float64Array" | "BigInt64Array" | "BigUint64Array" => simple(&name),
        "Object" | "JsObject" => simple("object"),
        "Function" | "JsFunction" => simple("(...args: any[]) => any"),
        "JsValue" | "Unknown" => simple("unknown"),
        "Null" => simple("null"),
        "Undefined" => simple("undefined"),
        "Option" => {
            let mut ts = map(one_arg(ty, "Option")?, pos)?;
            ts.push_str(" | undefined");
            Ok(ts)
        }
        "Result" => match generic_args(ty).first() {
            Some(t) => map(t, pos),
            None => Err(syn::Error::new_spanned(
                ty,
                "`Result` needs a type argument",
            )),
        },
        "Vec" => {
            let inner = map(one_arg(ty, "Vec")?, pos)?;
            let mut ts = Ts::default();
            if inner.is_union() {
                ts.push_str("(");
                ts.append(inner);
                ts.push_str(")[]");
            } else {
                ts.append(inner);
                ts.push_str("[]");
            }
            Ok(ts)
        }
        "HashMap" | "BTreeMap" => match generic_args(ty).as_slice() {
            [k, v] if last_ident(k).as_deref() == Some("String") => {
                let mut ts = Ts::lit("Record<string, ");
                ts.append(map(v, pos)?);
                ts.push_str(">");
                Ok(ts)
            }
            _ => Err(syn::Error::new_spanned(
                ty,
                "maps are supported with `String` keys only (`HashMap<String, T>`)",
            )),
        },
        "Either" => match generic_args(ty).as_slice() {
            [a, b] => {
                let mut ts = map(a, pos)?;
                ts.push_str(" | ");
                ts.append(map(b, pos)?);
                Ok(ts)
            }
            _ => Err(syn::Error::new_spanned(
                ty,
                "`Either` needs two type arguments",
            )),
        },
        "Promise" => {
            let mut ts = Ts::lit("Promise<");
            match generic_args(ty).first() {
                Some(t) => ts.append(map(t, Position::Return)?),
                None => ts.push_str("unknown"),
            }
            ts.push_str(">");
            Ok(ts)
        }
        "AsyncTask" => {
            let task = one_arg(ty, "AsyncTask")?;
            let rt = crate::rt();
            let value: Type = syn::parse_quote!(<#task as #rt::Task>::Value);
            let mut ts = Ts::lit("Promise<");
            ts.0.push(Part::Name(Box::new(value)));
            ts.push_str(">");
            Ok(ts)
        }
        "ThreadsafeFunction" => {
            // JavaScript sees the callback it passes: it receives the value Rust sends.
            let mut ts = Ts::lit("(value: ");
            ts.append(map(one_arg(ty, "ThreadsafeFunction")?, Position::Return)?);
            ts.push_str(") => unknown");
            Ok(ts)
        }
        "External" => {
            let inner = one_arg(ty, "External")?;
            let shown = match map(inner, pos) {
                Ok(ts) if ts.0.iter().all(|p| matches!(p, Part::Lit(_))) => ts,
                _ => Ts::lit("unknown"),
            };
            let mut ts = Ts::lit("ExternalObject<");
            ts.append(shown);
            ts.push_str(">");
            Ok(ts)
        }
        "ClassRef" => Ok(Ts(vec![Part::Name(Box::new(
            one_arg(ty, "ClassRef")?.clone(),
        ))])),
        "This" | "Env" => Err(syn::Error::new_spanned(
            ty,
            format!("`{name}` is not a JavaScript value"),
        )),
        _ => Ok(Ts(vec![Part::Name(Box::new(ty.clone()))])),
    }
}

/// The Rust expression of one part inside the generated `typedef!` invocation (literal parts are already
/// JSON-escaped by [`crate::typedef`]).
pub fn part_tokens(part: &Part, rt: &TokenStream) -> TokenStream {
    match part {
        Part::Lit(s) => quote!(#rt::TsPart::Lit(#s)),
        Part::Name(ty) => quote!(#rt::TsPart::Name(<#ty as #rt::TypeName>::TS_TYPE)),
        Part::ClassName(ty) => quote!(#rt::TsPart::Name(<#ty as #rt::Class>::JS_NAME)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(src: &str, pos: Position) -> String {
        let ty: Type = syn::parse_str(src).unwrap();
        map(&ty, pos).unwrap().display()
    }

    #[test]
    fn primitives() {
        assert_eq!(ts("f64", Position::Argument), "number");
        assert_eq!(ts("u32", Position::Argument), "number");
        assert_eq!(ts("u64", Position::Argument), "bigint");
        assert_eq!(ts("bool", Position::Return), "boolean");
        assert_eq!(ts("&str", Position::Argument), "string");
        assert_eq!(ts("()", Position::Return), "void");
        assert_eq!(ts("!", Position::Return), "never");
    }

    #[test]
    fn containers() {
        assert_eq!(ts("Option<f64>", Position::Return), "number | undefined");
        assert_eq!(ts("Vec<String>", Position::Return), "string[]");
        assert_eq!(
            ts("Vec<Option<u8>>", Position::Return),
            "(number | undefined)[]"
        );
        assert_eq!(
            ts(
                "std::collections::HashMap<String, Vec<f64>>",
                Position::Return
            ),
            "Record<string, number[]>"
        );
        assert_eq!(ts("Result<Buffer>", Position::Return), "Buffer");
        assert_eq!(
            ts("Either<String, f64>", Position::Argument),
            "string | number"
        );
        assert_eq!(ts("Promise<u32>", Position::Return), "Promise<number>");
        assert_eq!(
            ts("External<u32>", Position::Return),
            "ExternalObject<number>"
        );
        assert_eq!(
            ts("External<Db>", Position::Return),
            "ExternalObject<unknown>"
        );
        assert_eq!(
            ts("Function", Position::Argument),
            "(...args: any[]) => any"
        );
        assert_eq!(ts("JsValue", Position::Argument), "unknown");
        assert_eq!(ts("ClassRef<Counter>", Position::Argument), "<Counter>");
    }

    #[test]
    fn async_types() {
        assert_eq!(
            ts("AsyncTask<Sha256>", Position::Return),
            "Promise<<< Sha256 as :: rnode_addon :: __private :: Task > :: Value>>"
        );
        assert_eq!(
            ts("ThreadsafeFunction<Option<u32>>", Position::Argument),
            "(value: number | undefined) => unknown"
        );
    }

    #[test]
    fn user_types_are_spliced_by_name() {
        assert_eq!(ts("Point", Position::Argument), "<Point>");
        assert_eq!(ts("Vec<Point>", Position::Argument), "<Point>[]");
        assert_eq!(
            ts("Option<crate::Counter>", Position::Return),
            "<crate :: Counter> | undefined"
        );
    }

    #[test]
    fn unsupported_shapes() {
        for src in [
            "(f64, f64)",
            "impl Fn()",
            "[u8; 4]",
            "fn()",
            "*const u8",
            "HashMap<u32, f64>",
        ] {
            let ty: Type = syn::parse_str(src).unwrap();
            assert!(map(&ty, Position::Argument).is_err(), "{src}");
        }
    }

    #[test]
    fn self_is_replaced() {
        let ty: Type = syn::parse_str("Result<Option<Self>>").unwrap();
        let me: Type = syn::parse_str("Counter").unwrap();
        let out = replace_self(&ty, &me);
        assert_eq!(
            quote::ToTokens::to_token_stream(&out).to_string(),
            "Result < Option < Counter > >"
        );
    }
}
