//! Parsing of attribute arguments (`#[function(js_name = "x")]`) and of the helper attributes on inner items
//! (`#[constructor]`, `#[getter(name = "x")]`, `#[ts_type = "..."]`, ...).

use crate::names::is_ts_binding;
use proc_macro2::{Ident, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::{Attribute, LitStr};

/// The `key = "value"` arguments an attribute accepts; every other key is a compile error at its span.
#[derive(Default)]
pub struct Args {
    values: Vec<(String, LitStr)>,
}

impl Args {
    pub fn get(&self, key: &str) -> Option<&LitStr> {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The JavaScript name of a class, enum or object: the `js_name` argument, else the Rust name. The name
    /// is declared in the `.d.ts`, so a given one must be usable there.
    pub fn js_name(&self, rust_name: &Ident) -> syn::Result<String> {
        match self.get("js_name") {
            Some(lit) if !is_ts_binding(&lit.value()) => Err(syn::Error::new_spanned(
                lit,
                "js_name must be a JavaScript identifier that is not a reserved word",
            )),
            Some(lit) => Ok(lit.value()),
            None => Ok(rust_name.to_string()),
        }
    }
}

/// Parses `key = "string"` pairs, rejecting keys outside `allowed` and duplicates.
pub fn parse_args(tokens: TokenStream, what: &str, allowed: &[&str]) -> syn::Result<Args> {
    let mut args = Args::default();
    let parser = syn::meta::parser(|meta| parse_pair(&meta, &mut args, what, allowed));
    parser.parse2(tokens)?;
    Ok(args)
}

/// Parses the arguments of a helper attribute: `#[getter]`, `#[getter(name = "x")]`.
pub fn parse_attr_args(attr: &Attribute, what: &str, allowed: &[&str]) -> syn::Result<Args> {
    let mut args = Args::default();
    match &attr.meta {
        syn::Meta::Path(_) => Ok(args),
        syn::Meta::List(_) => {
            attr.parse_nested_meta(|meta| parse_pair(&meta, &mut args, what, allowed))?;
            Ok(args)
        }
        syn::Meta::NameValue(nv) => Err(syn::Error::new_spanned(
            nv,
            format!("expected `#[{what}]` or `#[{what}(key = \"...\")]`"),
        )),
    }
}

fn parse_pair(
    meta: &ParseNestedMeta<'_>,
    args: &mut Args,
    what: &str,
    allowed: &[&str],
) -> syn::Result<()> {
    let key = meta
        .path
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default();
    if !allowed.contains(&key.as_str()) {
        let expected = if allowed.is_empty() {
            format!("`#[{what}]` takes no arguments")
        } else {
            format!("expected one of: {}", allowed.join(", "))
        };
        return Err(meta.error(format!("unknown key in #[{what}]; {expected}")));
    }
    if args.get(&key).is_some() {
        return Err(meta.error(format!("duplicate key `{key}`")));
    }
    let value: LitStr = meta.value()?.parse()?;
    if value.value().is_empty() || value.value().contains('\0') {
        return Err(syn::Error::new_spanned(
            &value,
            format!("`{key}` must be a non-empty string without NUL characters"),
        ));
    }
    args.values.push((key, value));
    Ok(())
}

/// `#[name = "value"]` helper attributes (`#[ts_type = "..."]`, `#[value = "..."]`).
pub fn name_value(attr: &Attribute) -> syn::Result<LitStr> {
    let nv = attr.meta.require_name_value()?;
    match &nv.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Ok(s.clone()),
        other => Err(syn::Error::new_spanned(other, "expected a string literal")),
    }
}

/// Removes the attributes named `name` from `attrs` and returns them.
pub fn take(attrs: &mut Vec<Attribute>, name: &str) -> Vec<Attribute> {
    let (taken, kept) = std::mem::take(attrs)
        .into_iter()
        .partition(|a| a.path().is_ident(name));
    *attrs = kept;
    taken
}

/// Like [`take`] but at most one occurrence is allowed.
pub fn take_one(attrs: &mut Vec<Attribute>, name: &str) -> syn::Result<Option<Attribute>> {
    let mut taken = take(attrs, name);
    if taken.len() > 1 {
        return Err(syn::Error::new_spanned(
            &taken[1],
            format!("duplicate #[{name}]"),
        ));
    }
    Ok(taken.pop())
}
