pub enum Color {
    Red,
    Green = 5,
    Blue,
}
impl ::rnode_addon::__private::TypeName for Color {
    const TS_TYPE: &'static str = "Color";
    fn expected(out: &mut ::rnode_addon::__private::Expected) {
        out.type_name("number");
    }
}
impl ::rnode_addon::__private::FromJs for Color {
    fn from_js(
        value: ::rnode_addon::__private::JsValue,
    ) -> ::rnode_addon::__private::Result<Self> {
        match ::rnode_addon::__private::enum_number(value)? {
            0i64 => ::core::result::Result::Ok(Self::Red),
            5i64 => ::core::result::Result::Ok(Self::Green),
            6i64 => ::core::result::Result::Ok(Self::Blue),
            _ => {
                ::core::result::Result::Err(
                    ::rnode_addon::__private::Error::invalid_value(
                        value,
                        "must be one of: 0, 5, 6",
                    ),
                )
            }
        }
    }
}
impl ::rnode_addon::__private::ToJs for Color {
    fn to_js(
        self,
        env: &::rnode_addon::__private::Env,
    ) -> ::rnode_addon::__private::Result<::rnode_addon::__private::JsValue> {
        let __n: i64 = match self {
            Self::Red => 0i64,
            Self::Green => 5i64,
            Self::Blue => 6i64,
        };
        ::rnode_addon::__private::ToJs::to_js(__n, env)
    }
}
const _: () = {
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"enum\",\"name\":\"Color\",\"ts\":\"export declare enum Color {\\n  Red = 0,\\n  Green = 5,\\n  Blue = 6\\n}\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::enumeration(
        &::rnode_addon::__private::EnumDef {
            name: c"Color",
            names: &[c"Red", c"Green", c"Blue"],
            values: &[
                ::rnode_addon::__private::EnumValue::Int(0i64),
                ::rnode_addon::__private::EnumValue::Int(5i64),
                ::rnode_addon::__private::EnumValue::Int(6i64),
            ],
        },
        &__RNODE_TYPEDEF,
    );
};
pub enum Mode {
    Fast,
    Slow,
}
impl ::rnode_addon::__private::TypeName for Mode {
    const TS_TYPE: &'static str = "Mode";
    fn expected(out: &mut ::rnode_addon::__private::Expected) {
        out.type_name("string");
    }
}
impl ::rnode_addon::__private::FromJs for Mode {
    fn from_js(
        value: ::rnode_addon::__private::JsValue,
    ) -> ::rnode_addon::__private::Result<Self> {
        let __s: ::std::string::String = ::rnode_addon::__private::FromJs::from_js(
            value,
        )?;
        match __s.as_str() {
            "fast" => ::core::result::Result::Ok(Self::Fast),
            "slow" => ::core::result::Result::Ok(Self::Slow),
            _ => {
                ::core::result::Result::Err(
                    ::rnode_addon::__private::Error::invalid_value(
                        value,
                        "must be one of: 'fast', 'slow'",
                    ),
                )
            }
        }
    }
}
impl ::rnode_addon::__private::ToJs for Mode {
    fn to_js(
        self,
        env: &::rnode_addon::__private::Env,
    ) -> ::rnode_addon::__private::Result<::rnode_addon::__private::JsValue> {
        let __s: &'static str = match self {
            Self::Fast => "fast",
            Self::Slow => "slow",
        };
        ::rnode_addon::__private::ToJs::to_js(__s, env)
    }
}
const _: () = {
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"enum\",\"name\":\"Mode\",\"ts\":\"export declare enum Mode {\\n  Fast = \\\"fast\\\",\\n  Slow = \\\"slow\\\"\\n}\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::enumeration(
        &::rnode_addon::__private::EnumDef {
            name: c"Mode",
            names: &[c"Fast", c"Slow"],
            values: &[
                ::rnode_addon::__private::EnumValue::Str("fast"),
                ::rnode_addon::__private::EnumValue::Str("slow"),
            ],
        },
        &__RNODE_TYPEDEF,
    );
};
fn init(env: &Env, exports: Object) -> Result<()> {
    exports.set("ready", true)
}
const _: () = {
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::module(
        init,
    );
};
