//! `#[object]`: a struct converted to and from a plain JavaScript object, field by field.

use crate::attrs;
use crate::names::{camel_case, ts_property};
use crate::typedef::Line;
use crate::typescript::{self, Position, Ts};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Fields, Item, ItemStruct};

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let args = attrs::parse_args(attr, "object", &["js_name"])?;
    let mut strukt: ItemStruct = match syn::parse2::<Item>(item)? {
        Item::Struct(s) => s,
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[object] applies to a struct with named fields",
            ));
        }
    };
    crate::no_generics(&strukt.generics, "#[object] cannot be generic")?;
    let fields = match &mut strukt.fields {
        Fields::Named(f) => f,
        Fields::Unnamed(f) => {
            return Err(syn::Error::new_spanned(
                f,
                "#[object] needs named fields: they become the JavaScript property names",
            ));
        }
        Fields::Unit => {
            return Err(syn::Error::new_spanned(
                &strukt.ident,
                "#[object] needs named fields",
            ));
        }
    };
    let ident = strukt.ident.clone();
    let js_name = args.js_name(&ident)?;
    let rt = crate::rt();
    let mut reads = Vec::new();
    let mut writes = Vec::new();
    let mut ts = Ts::lit(format!("export interface {js_name} {{\n"));
    for field in fields.named.iter_mut() {
        let rename = attrs::take_one(&mut field.attrs, "js_name")?
            .map(|a| attrs::name_value(&a))
            .transpose()?;
        let ts_override = attrs::take_one(&mut field.attrs, "ts_type")?
            .map(|a| attrs::name_value(&a))
            .transpose()?;
        let name = field.ident.as_ref().expect("named field");
        let prop = rename
            .map(|l| l.value())
            .unwrap_or_else(|| camel_case(&name.to_string()));
        let c_prop = crate::c_str(&prop);
        let ty = &field.ty;
        if let syn::Type::Reference(r) = ty {
            return Err(syn::Error::new_spanned(
                r,
                "#[object] fields must be owned types",
            ));
        }
        let optional = typescript::option_inner(ty);
        let field_ts = match ts_override {
            Some(l) => Ts::lit(l.value()),
            None => typescript::map(optional.unwrap_or(ty), Position::Argument)?,
        };
        ts.push_str(&format!(
            "  {}{}: ",
            ts_property(&prop),
            if optional.is_some() { "?" } else { "" }
        ));
        ts.append(field_ts);
        ts.push_str("\n");
        reads.push(quote! {
            #name: #rt::field::<#ty>(__object, #c_prop, #prop)?
        });
        writes.push(if optional.is_some() {
            quote! {
                if let ::core::option::Option::Some(__value) = self.#name {
                    #rt::set_field(__object, #c_prop, __value)?;
                }
            }
        } else {
            quote! { #rt::set_field(__object, #c_prop, self.#name)?; }
        });
    }
    ts.push_str("}");
    let typedef_ident = crate::args::hidden("__RNODE_TYPEDEF");
    let typedef = Line::item("interface", &js_name, &ts).emit(&typedef_ident, &rt);
    let export = crate::export_static(quote!(#rt::Export::typedef_only(&#typedef_ident)), &rt);
    Ok(quote! {
        #strukt
        impl #rt::TypeName for #ident {
            const TS_TYPE: &'static str = #js_name;
            fn expected(out: &mut #rt::Expected) {
                out.type_name("object");
            }
        }
        impl #rt::FromJs for #ident {
            fn from_js(value: #rt::JsValue) -> #rt::Result<Self> {
                let __object = #rt::expect_object(value)?;
                ::core::result::Result::Ok(Self { #(#reads),* })
            }
        }
        impl #rt::ToJs for #ident {
            fn to_js(self, env: &#rt::Env) -> #rt::Result<#rt::JsValue> {
                let __object = #rt::new_object(env)?;
                #(#writes)*
                ::core::result::Result::Ok(__object.into())
            }
        }
        const _: () = {
            #typedef
            #export
        };
    })
}
