//! `#[js_enum]`: a fieldless enum exported as a JavaScript object of constants (numbers, or strings with
//! `#[value = "..."]`), converted to and from those values.

use crate::attrs;
use crate::names::ts_string;
use crate::typedef::Line;
use crate::typescript::Ts;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Expr, Fields, Item, ItemEnum, Lit, UnOp};

enum Values {
    Int(Vec<i64>),
    Str(Vec<String>),
}

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let args = attrs::parse_args(attr, "js_enum", &["js_name"])?;
    let mut enm: ItemEnum = match syn::parse2::<Item>(item)? {
        Item::Enum(e) => e,
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[js_enum] applies to a fieldless enum",
            ));
        }
    };
    crate::no_generics(&enm.generics, "#[js_enum] cannot be generic")?;
    if enm.variants.is_empty() {
        return Err(syn::Error::new_spanned(
            &enm.ident,
            "#[js_enum] needs at least one variant",
        ));
    }
    let ident = enm.ident.clone();
    let js_name = args.js_name(&ident)?;
    let mut strings = Vec::new();
    let mut ints = Vec::new();
    let mut next = 0i64;
    for variant in enm.variants.iter_mut() {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new_spanned(
                &variant.fields,
                "#[js_enum] variants cannot have fields: JavaScript sees each variant as one constant",
            ));
        }
        let value = attrs::take_one(&mut variant.attrs, "value")?
            .map(|a| attrs::name_value(&a))
            .transpose()?;
        match (&value, &variant.discriminant) {
            (Some(_), Some((_, d))) => {
                return Err(syn::Error::new_spanned(
                    d,
                    "use either `= <number>` or #[value = \"...\"] on a #[js_enum] variant, not both",
                ));
            }
            (Some(v), None) => strings.push((variant.ident.clone(), Some(v.value()))),
            (None, Some((_, d))) => {
                next = int_literal(d)?;
                ints.push((variant.ident.clone(), next));
                next = next.wrapping_add(1);
            }
            (None, None) => {
                strings.push((variant.ident.clone(), None));
                ints.push((variant.ident.clone(), next));
                next = next.wrapping_add(1);
            }
        }
    }
    let is_string = strings.iter().any(|(_, v)| v.is_some());
    if is_string
        && ints
            .iter()
            .any(|(v, _)| strings.iter().all(|(s, _)| s != v))
    {
        return Err(syn::Error::new_spanned(
            &enm.ident,
            "a #[js_enum] has either numeric values or #[value = \"...\"] strings, not both",
        ));
    }
    let variants: Vec<_> = enm.variants.iter().map(|v| v.ident.clone()).collect();
    let values = if is_string {
        Values::Str(
            strings
                .into_iter()
                .map(|(i, v)| v.unwrap_or_else(|| i.to_string()))
                .collect(),
        )
    } else {
        Values::Int(ints.into_iter().map(|(_, v)| v).collect())
    };
    let rt = crate::rt();
    let names: Vec<_> = variants
        .iter()
        .map(|v| crate::c_str(&v.to_string()))
        .collect();
    let mut ts = Ts::lit(format!("export declare enum {js_name} {{\n"));
    let (expected, from_js, to_js, defs) = match &values {
        Values::Int(ints) => {
            for (i, (v, n)) in variants.iter().zip(ints).enumerate() {
                let comma = if i + 1 < ints.len() { "," } else { "" };
                ts.push_str(&format!("  {v} = {n}{comma}\n"));
            }
            let list = ints
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let reason = format!("must be one of: {list}");
            (
                quote!(out.type_name("number")),
                quote! {
                    match #rt::enum_number(value)? {
                        #(#ints => ::core::result::Result::Ok(Self::#variants),)*
                        _ => ::core::result::Result::Err(#rt::Error::invalid_value(value, #reason)),
                    }
                },
                quote! {
                    let __n: i64 = match self { #(Self::#variants => #ints,)* };
                    #rt::ToJs::to_js(__n, env)
                },
                quote!(#(#rt::EnumValue::Int(#ints)),*),
            )
        }
        Values::Str(strs) => {
            for (i, (v, s)) in variants.iter().zip(strs).enumerate() {
                let comma = if i + 1 < strs.len() { "," } else { "" };
                ts.push_str(&format!("  {v} = {}{comma}\n", ts_string(s)));
            }
            let list = strs
                .iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let reason = format!("must be one of: {list}");
            (
                quote!(out.type_name("string")),
                quote! {
                    let __s: ::std::string::String = #rt::FromJs::from_js(value)?;
                    match __s.as_str() {
                        #(#strs => ::core::result::Result::Ok(Self::#variants),)*
                        _ => ::core::result::Result::Err(#rt::Error::invalid_value(value, #reason)),
                    }
                },
                quote! {
                    let __s: &'static str = match self { #(Self::#variants => #strs,)* };
                    #rt::ToJs::to_js(__s, env)
                },
                quote!(#(#rt::EnumValue::Str(#strs)),*),
            )
        }
    };
    ts.push_str("}");
    let typedef_ident = crate::args::hidden("__RNODE_TYPEDEF");
    let typedef = Line::item("enum", &js_name, &ts).emit(&typedef_ident, &rt);
    let c_js_name = crate::c_str(&js_name);
    let export = crate::export_static(
        quote!(#rt::Export::enumeration(
            &#rt::EnumDef { name: #c_js_name, names: &[#(#names),*], values: &[#defs] },
            &#typedef_ident,
        )),
        &rt,
    );
    Ok(quote! {
        #enm
        impl #rt::TypeName for #ident {
            const TS_TYPE: &'static str = #js_name;
            fn expected(out: &mut #rt::Expected) {
                #expected;
            }
        }
        impl #rt::FromJs for #ident {
            fn from_js(value: #rt::JsValue) -> #rt::Result<Self> {
                #from_js
            }
        }
        impl #rt::ToJs for #ident {
            fn to_js(self, env: &#rt::Env) -> #rt::Result<#rt::JsValue> {
                #to_js
            }
        }
        const _: () = {
            #typedef
            #export
        };
    })
}

fn int_literal(expr: &Expr) -> syn::Result<i64> {
    let err = || syn::Error::new_spanned(expr, "#[js_enum] discriminants must be integer literals");
    match expr {
        Expr::Lit(l) => match &l.lit {
            Lit::Int(i) => i.base10_parse(),
            _ => Err(err()),
        },
        Expr::Unary(u) if matches!(u.op, UnOp::Neg(_)) => int_literal(&u.expr).map(|n| -n),
        Expr::Group(g) => int_literal(&g.expr),
        Expr::Paren(p) => int_literal(&p.expr),
        _ => Err(err()),
    }
}
