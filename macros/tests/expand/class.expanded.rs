pub struct Counter {
    value: f64,
}
impl ::rnode_addon::__private::Class for Counter {
    const JS_NAME: &'static str = "Counter";
    const TYPE_TAG: ::rnode_addon::__private::TypeTag = ::rnode_addon::__private::type_tag(
        ::core::concat!(
            ::core::env!("CARGO_PKG_NAME"), "@", ::core::env!("CARGO_PKG_VERSION"), "/",
            ::core::module_path!(), "::", "Counter"
        ),
    );
}
impl ::rnode_addon::__private::TypeName for Counter {
    const TS_TYPE: &'static str = "Counter";
    fn expected(out: &mut ::rnode_addon::__private::Expected) {
        out.instance("Counter");
    }
}
impl ::rnode_addon::__private::ToJs for Counter {
    fn to_js(
        self,
        env: &::rnode_addon::__private::Env,
    ) -> ::rnode_addon::__private::Result<::rnode_addon::__private::JsValue> {
        ::rnode_addon::__private::new_instance(env, self)
    }
}
const _: () = {
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"class\",\"name\":\"Counter\",\"ts\":\"export declare class Counter\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::class(
        &::rnode_addon::__private::ClassDef {
            name: c"Counter",
            type_id: ::rnode_addon::__private::class_type_id::<Counter>,
            construct_default: ::rnode_addon::__private::construct_default::<Counter>,
        },
        &__RNODE_TYPEDEF,
    );
};
impl Counter {
    fn new(start: Option<f64>) -> Self {
        Counter {
            value: start.unwrap_or(0.0),
        }
    }
    fn increment(&mut self, by: Option<f64>) -> f64 {
        self.value += by.unwrap_or(1.0);
        self.value
    }
    fn value(&self) -> f64 {
        self.value
    }
    fn set_value(&mut self, value: f64) {
        self.value = value;
    }
    fn zero() -> Self {
        Counter { value: 0.0 }
    }
}
impl ::rnode_addon::__private::HasConstructor for Counter {}
const _: () = {
    unsafe extern "C" fn __rnode_member_0(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                1usize,
            >(
                env,
                info,
                |__env, __frame| {
                    ::rnode_addon::__private::construct(
                        __env,
                        __frame,
                        |__env, __frame| -> ::rnode_addon::__private::Result<Counter> {
                            let __arg0: Option<f64> = ::rnode_addon::__private::arg::<
                                Option<f64>,
                            >(__env, __frame.argv[0usize], "start")?;
                            ::core::result::Result::Ok(<Counter>::new(__arg0))
                        },
                    )
                },
            )
        }
    }
    unsafe extern "C" fn __rnode_member_1(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                1usize,
            >(
                env,
                info,
                |__env, __frame| {
                    let __instance = ::rnode_addon::__private::instance::<
                        Counter,
                    >(__env, __frame.this)?;
                    let __arg0: Option<f64> = ::rnode_addon::__private::arg::<
                        Option<f64>,
                    >(__env, __frame.argv[0usize], "by")?;
                    let mut __this = __instance.borrow_mut()?;
                    ::rnode_addon::__private::ret(
                        __env,
                        <Counter>::increment(&mut *__this, __arg0),
                    )
                },
            )
        }
    }
    unsafe extern "C" fn __rnode_member_2(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                0usize,
            >(
                env,
                info,
                |__env, __frame| {
                    let __instance = ::rnode_addon::__private::instance::<
                        Counter,
                    >(__env, __frame.this)?;
                    let __this = __instance.borrow()?;
                    ::rnode_addon::__private::ret(__env, <Counter>::value(&*__this))
                },
            )
        }
    }
    unsafe extern "C" fn __rnode_member_3(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                1usize,
            >(
                env,
                info,
                |__env, __frame| {
                    let __instance = ::rnode_addon::__private::instance::<
                        Counter,
                    >(__env, __frame.this)?;
                    let __arg0: f64 = ::rnode_addon::__private::arg::<
                        f64,
                    >(__env, __frame.argv[0usize], "value")?;
                    let mut __this = __instance.borrow_mut()?;
                    <Counter>::set_value(&mut *__this, __arg0);
                    ::core::result::Result::Ok(
                        ::rnode_addon::__private::undefined_return(),
                    )
                },
            )
        }
    }
    unsafe extern "C" fn __rnode_member_4(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                0usize,
            >(
                env,
                info,
                |__env, __frame| {
                    ::rnode_addon::__private::ret(__env, <Counter>::zero())
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"members\",\"owner\":\""),
        ::rnode_addon::__private::TsPart::Name(< Counter as
        ::rnode_addon::__private::Class > ::JS_NAME),
        ::rnode_addon::__private::TsPart::Lit("\",\"ts\":[\"constructor(start?: number)\",\"increment(by?: number): number\",\"get value(): number\",\"set value(value: number)\",\"static zero(): "),
        ::rnode_addon::__private::TsPart::Name(< Counter as
        ::rnode_addon::__private::TypeName > ::TS_TYPE),
        ::rnode_addon::__private::TsPart::Lit("\"]}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::members(
        &::rnode_addon::__private::MembersDef {
            owner: ::rnode_addon::__private::class_type_id::<Counter>,
            members: &[
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Constructor,
                    name: c"constructor",
                    callback: __rnode_member_0,
                },
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Method,
                    name: c"increment",
                    callback: __rnode_member_1,
                },
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Getter,
                    name: c"value",
                    callback: __rnode_member_2,
                },
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Setter,
                    name: c"value",
                    callback: __rnode_member_3,
                },
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Static,
                    name: c"zero",
                    callback: __rnode_member_4,
                },
            ],
        },
        &__RNODE_TYPEDEF,
    );
};
