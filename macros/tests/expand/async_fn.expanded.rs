async fn fetch_len(url: String, retries: Option<u32>) -> Result<f64> {
    let _ = retries;
    Ok(url.len() as f64)
}
const _: () = {
    unsafe extern "C" fn __rnode_callback(
        env: ::rnode_addon::__private::sys::napi_env,
        info: ::rnode_addon::__private::sys::napi_callback_info,
    ) -> ::rnode_addon::__private::sys::napi_value {
        unsafe {
            ::rnode_addon::__private::callback::<
                2usize,
            >(
                env,
                info,
                |__env, __frame| {
                    let __arg0: String = ::rnode_addon::__private::arg::<
                        String,
                    >(__env, __frame.argv[0usize], "url")?;
                    let __arg1: Option<u32> = ::rnode_addon::__private::arg::<
                        Option<u32>,
                    >(__env, __frame.argv[1usize], "retries")?;
                    ::rnode_addon::__private::spawn_promise(
                        __env,
                        fetch_len(__arg0, __arg1),
                    )
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"fetchLen\",\"ts\":\"export declare function fetchLen(url: string, retries?: number): Promise<number>\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"fetchLen",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
async fn wait() {}
const _: () = {
    unsafe extern "C" fn __rnode_callback(
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
                    ::rnode_addon::__private::spawn_promise(__env, wait())
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"wait\",\"ts\":\"export declare function wait(): Promise<void>\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"wait",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
fn digest(data: Buffer) -> AsyncTask<HashTask> {
    AsyncTask::new(HashTask { data: data.to_vec() })
}
const _: () = {
    unsafe extern "C" fn __rnode_callback(
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
                    let __arg0: Buffer = ::rnode_addon::__private::arg::<
                        Buffer,
                    >(__env, __frame.argv[0usize], "data")?;
                    ::rnode_addon::__private::ret(__env, digest(__arg0))
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"digest\",\"ts\":\"export declare function digest(data: Buffer): Promise<"),
        ::rnode_addon::__private::TsPart::Name(< < HashTask as
        ::rnode_addon::__private::Task > ::Value as ::rnode_addon::__private::TypeName >
        ::TS_TYPE), ::rnode_addon::__private::TsPart::Lit(">\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"digest",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
impl Clock {
    async fn later(ms: u32) -> u32 {
        ms
    }
}
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
                    let __arg0: u32 = ::rnode_addon::__private::arg::<
                        u32,
                    >(__env, __frame.argv[0usize], "ms")?;
                    ::rnode_addon::__private::spawn_promise(
                        __env,
                        <Clock>::later(__arg0),
                    )
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"members\",\"owner\":\""),
        ::rnode_addon::__private::TsPart::Name(< Clock as ::rnode_addon::__private::Class
        > ::JS_NAME),
        ::rnode_addon::__private::TsPart::Lit("\",\"ts\":[\"static later(ms: number): Promise<number>\"]}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::members(
        &::rnode_addon::__private::MembersDef {
            owner: ::rnode_addon::__private::class_type_id::<Clock>,
            members: &[
                ::rnode_addon::__private::Member {
                    kind: ::rnode_addon::__private::MemberKind::Static,
                    name: c"later",
                    callback: __rnode_member_0,
                },
            ],
        },
        &__RNODE_TYPEDEF,
    );
};
