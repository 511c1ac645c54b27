fn add(a: f64, b: f64) -> f64 {
    a + b
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
                    let __arg0: f64 = ::rnode_addon::__private::arg::<
                        f64,
                    >(__env, __frame.argv[0usize], "a")?;
                    let __arg1: f64 = ::rnode_addon::__private::arg::<
                        f64,
                    >(__env, __frame.argv[1usize], "b")?;
                    ::rnode_addon::__private::ret(__env, add(__arg0, __arg1))
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"add\",\"ts\":\"export declare function add(a: number, b: number): number\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"add",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
fn greet(env: &Env, name: &str, times: Option<u32>) -> Result<String> {
    let _ = env;
    Ok(name.repeat(times.unwrap_or(1) as usize))
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
                    let __arg0: ::std::string::String = ::rnode_addon::__private::arg::<
                        ::std::string::String,
                    >(__env, __frame.argv[0usize], "name")?;
                    let __arg1: Option<u32> = ::rnode_addon::__private::arg::<
                        Option<u32>,
                    >(__env, __frame.argv[1usize], "times")?;
                    ::rnode_addon::__private::ret(__env, greet(__env, &__arg0, __arg1))
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"hi\",\"ts\":\"export declare function hi(name: string, times?: number): string\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"hi",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
fn explode(message: String) -> ! {
    panic!("{message}")
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
                    let __arg0: String = ::rnode_addon::__private::arg::<
                        String,
                    >(__env, __frame.argv[0usize], "message")?;
                    explode(__arg0)
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"explode\",\"ts\":\"export declare function explode(message: string): never\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"explode",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
fn remove(this: String) -> bool {
    this.is_empty()
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
                    let __arg0: String = ::rnode_addon::__private::arg::<
                        String,
                    >(__env, __frame.argv[0usize], "this")?;
                    ::rnode_addon::__private::ret(__env, remove(__arg0))
                },
            )
        }
    }
    ::rnode_addon::__private::typedef!(
        __RNODE_TYPEDEF =
        [::rnode_addon::__private::TsPart::Lit("{\"kind\":\"function\",\"name\":\"delete\",\"ts\":\"declare function __rnode_export_delete(this_: string): boolean\\nexport { __rnode_export_delete as delete }\"}\n")]
    );
    #[::rnode_addon::__private::linkme::distributed_slice(
        ::rnode_addon::__private::EXPORTS
    )]
    #[linkme(crate = ::rnode_addon::__private::linkme)]
    static __RNODE_EXPORT: ::rnode_addon::__private::Export = ::rnode_addon::__private::Export::function(
        c"delete",
        __rnode_callback,
        &__RNODE_TYPEDEF,
    );
};
