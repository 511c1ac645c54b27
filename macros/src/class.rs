//! `#[class]`: a struct whose instances live inside JavaScript objects of a class of the same name.

use crate::attrs;
use crate::typedef::Line;
use crate::typescript::Ts;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Item, ItemStruct};

pub fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let args = attrs::parse_args(attr, "class", &["js_name"])?;
    let strukt: ItemStruct = match syn::parse2::<Item>(item)? {
        Item::Struct(s) => s,
        Item::Enum(e) => {
            return Err(syn::Error::new_spanned(
                e.enum_token,
                "#[class] applies to a struct; use #[js_enum] to export a fieldless enum",
            ));
        }
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[class] applies to a struct",
            ));
        }
    };
    crate::no_generics(
        &strukt.generics,
        "#[class] cannot be generic: a JavaScript class needs one concrete Rust type",
    )?;
    let ident = &strukt.ident;
    let js_name = args.js_name(ident)?;
    let rt = crate::rt();
    let c_name = crate::c_str(&js_name);
    let typedef_ident = crate::args::hidden("__RNODE_TYPEDEF");
    let typedef = Line::item(
        "class",
        &js_name,
        &Ts::lit(format!("export declare class {js_name}")),
    )
    .emit(&typedef_ident, &rt);
    let export = crate::export_static(
        quote!(#rt::Export::class(
            &#rt::ClassDef {
                name: #c_name,
                type_id: #rt::class_type_id::<#ident>,
                construct_default: #rt::construct_default::<#ident>,
            },
            &#typedef_ident,
        )),
        &rt,
    );
    Ok(quote! {
        #strukt
        impl #rt::Class for #ident {
            const JS_NAME: &'static str = #js_name;
            const TYPE_TAG: #rt::TypeTag = #rt::type_tag(::core::concat!(
                ::core::env!("CARGO_PKG_NAME"), "@", ::core::env!("CARGO_PKG_VERSION"), "/",
                ::core::module_path!(), "::", #js_name
            ));
        }
        impl #rt::TypeName for #ident {
            const TS_TYPE: &'static str = #js_name;
            fn expected(out: &mut #rt::Expected) {
                out.instance(#js_name);
            }
        }
        impl #rt::ToJs for #ident {
            fn to_js(self, env: &#rt::Env) -> #rt::Result<#rt::JsValue> {
                #rt::new_instance(env, self)
            }
        }
        const _: () = {
            #typedef
            #export
        };
    })
}
