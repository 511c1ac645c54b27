//! Plays the host: this test binary defines a few `napi_*` symbols the way
//! Node.js or rnode export them, and calls them through the crate's
//! declarations, which must resolve to them by name with the C ABI.
#![cfg(feature = "napi9")]

use core::ffi::{CStr, c_char};
use core::ptr;
use rnode_napi_sys::*;

static HOST_FILE_NAME: &CStr = c"file:///mock/addon.node";

// SAFETY: exported under the C name the declarations expect; no other
// definition of this symbol is linked into the test binary.
#[unsafe(no_mangle)]
unsafe extern "C" fn napi_get_version(env: node_api_basic_env, result: *mut u32) -> napi_status {
    if env.is_null() || result.is_null() {
        return napi_invalid_arg;
    }
    // SAFETY: checked non-null; the caller passes a writable `u32`.
    unsafe { result.write(10) };
    napi_ok
}

// SAFETY: as above, the only definition of this symbol in the binary.
#[unsafe(no_mangle)]
unsafe extern "C" fn node_api_get_module_file_name(
    env: node_api_basic_env,
    result: *mut *const c_char,
) -> napi_status {
    if env.is_null() || result.is_null() {
        return napi_invalid_arg;
    }
    // SAFETY: checked non-null; the caller passes a writable pointer slot.
    unsafe { result.write(HOST_FILE_NAME.as_ptr()) };
    napi_ok
}

/// Stands in for the host's environment; only its address is used.
fn fake_env() -> napi_env {
    ptr::NonNull::<napi_env__>::dangling().as_ptr()
}

#[test]
fn calls_reach_the_host_definitions() {
    let mut version = 0;
    // SAFETY: the definitions above only write through `version`'s address.
    let status = unsafe { rnode_napi_sys::napi_get_version(fake_env(), &mut version) };
    assert_eq!((status, version), (napi_ok, 10));

    // SAFETY: as above; a null `result` is rejected before any write.
    let status = unsafe { rnode_napi_sys::napi_get_version(fake_env(), ptr::null_mut()) };
    assert_eq!(status, napi_invalid_arg);

    let mut name: *const c_char = ptr::null();
    // SAFETY: as above; the host writes a pointer to a static C string.
    let status = unsafe { rnode_napi_sys::node_api_get_module_file_name(fake_env(), &mut name) };
    assert_eq!(status, napi_ok);
    // SAFETY: the host returned a pointer to a NUL-terminated static string.
    assert_eq!(unsafe { CStr::from_ptr(name) }, HOST_FILE_NAME);
}
