pub struct Point {
    pub x: f64,
    pub y_offset: Option<f64>,
    pub tag: String,
}
impl ::rnode_addon::__private::TypeName for Point {
    const TS_TYPE: &'static str = "Point";
    fn expected(out: &mut ::rnode_addon::__private::Expected) {
        out.type_name("object");
    }
}
impl ::rnode_addon::__private::FromJs for Point {
    fn from_js(
        value: ::rnode_addon::__private::JsValue,
    ) -> ::rnode_addon::__private::Result<Self> {
        let __object = ::rnode_addon::__private::expect_object(value)?;
        ::core::result::Result::Ok(Self {
            x: ::rnode_addon::__private::field::<f64>(__object, c"x", "x")?,
            y_offset: ::rnode_addon::__private::field::<
                Option<f64>,
            >(__object, c"yOffset", "yOffset")?,
            tag: ::rnode_addon::__private::field::<
                String,
            >(__object, c"tag-name", "tag-name")?,
        })
    }
}
impl ::rnode_addon::__private::ToJs for Point {
    fn to_js(
        self,
        env: &::rnode_addon::__private::Env,
    ) -> ::rnode_addon::__private::Result<::rnode_addon::__private::JsValue> {
        let __object = ::rnode_addon::__private::new_object(env)?;
        ::rnode_addon::__private::set_field(__object, c"x", self.x)?;
        if let ::core::option::Option::Some(__value) = self.y_offset {
            ::rnode_addon::__private::set_field(__object, c"yOffset", __value)?;
        }
        ::rnode_addon::__private::set_field(__object, c"tag-name", self.tag)?;
        ::core::result::Result::Ok(__object.into())
    }
}
const _: () = {
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"interface\",\"name\":\"Point\",\"ts\":\"export interface Point {\\n  x: number\\n  yOffset?: number\\n  \\\"tag-name\\\": 'a' | 'b'\\n}\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::typedef_only(
        &__RNODE_TYPEDEF,
    );
};
