//! Objects and arrays: creation, properties, elements, prototypes,
//! `instanceof`, key listing, freezing and type tags.

#[allow(
    unused_imports,
    reason = "without a napiN feature no declaration uses them"
)]
use crate::{c_char, c_int, c_void, types::*};

/// The object and array functions; see the crate docs for the entry shape.
#[macro_export]
macro_rules! objects_table {
    ($($cb:tt)+) => {
        $($cb)+! {
            /// Creates an empty object (`{}`).
            [1] fn napi_create_object(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Creates an empty array.
            [1] fn napi_create_array(env: napi_env, result: *mut napi_value) -> napi_status;
            /// Creates an array with the given `length` and no elements.
            [1] fn napi_create_array_with_length(env: napi_env, length: usize, result: *mut napi_value) -> napi_status;
            /// Gets an object's prototype (`Object.getPrototypeOf`).
            [1] fn napi_get_prototype(env: napi_env, object: napi_value, result: *mut napi_value) -> napi_status;
            /// Lists the enumerable string keys, own and inherited, as an array (like `for...in`).
            [1] fn napi_get_property_names(env: napi_env, object: napi_value, result: *mut napi_value) -> napi_status;
            /// Sets `object[key] = value`.
            [1] fn napi_set_property(env: napi_env, object: napi_value, key: napi_value, value: napi_value) -> napi_status;
            /// Checks `key in object`.
            [1] fn napi_has_property(env: napi_env, object: napi_value, key: napi_value, result: *mut bool) -> napi_status;
            /// Gets `object[key]`.
            [1] fn napi_get_property(env: napi_env, object: napi_value, key: napi_value, result: *mut napi_value) -> napi_status;
            /// Deletes `object[key]`, reporting whether it succeeded (`result` may be null).
            [1] fn napi_delete_property(env: napi_env, object: napi_value, key: napi_value, result: *mut bool) -> napi_status;
            /// Checks whether `object` has its own property `key`.
            [1] fn napi_has_own_property(env: napi_env, object: napi_value, key: napi_value, result: *mut bool) -> napi_status;
            /// Sets a property named by a UTF-8 C string.
            [1] fn napi_set_named_property(env: napi_env, object: napi_value, utf8name: *const c_char, value: napi_value) -> napi_status;
            /// Checks for a property named by a UTF-8 C string.
            [1] fn napi_has_named_property(env: napi_env, object: napi_value, utf8name: *const c_char, result: *mut bool) -> napi_status;
            /// Gets a property named by a UTF-8 C string.
            [1] fn napi_get_named_property(env: napi_env, object: napi_value, utf8name: *const c_char, result: *mut napi_value) -> napi_status;
            /// Sets `object[index] = value`.
            [1] fn napi_set_element(env: napi_env, object: napi_value, index: u32, value: napi_value) -> napi_status;
            /// Checks `index in object`.
            [1] fn napi_has_element(env: napi_env, object: napi_value, index: u32, result: *mut bool) -> napi_status;
            /// Gets `object[index]`.
            [1] fn napi_get_element(env: napi_env, object: napi_value, index: u32, result: *mut napi_value) -> napi_status;
            /// Deletes `object[index]`, reporting whether it succeeded (`result` may be null).
            [1] fn napi_delete_element(env: napi_env, object: napi_value, index: u32, result: *mut bool) -> napi_status;
            /// Defines several properties at once from descriptors.
            [1] fn napi_define_properties(env: napi_env, object: napi_value, property_count: usize, properties: *const napi_property_descriptor) -> napi_status;
            /// Checks `Array.isArray(value)`.
            [1] fn napi_is_array(env: napi_env, value: napi_value, result: *mut bool) -> napi_status;
            /// Gets an array's `length`.
            [1] fn napi_get_array_length(env: napi_env, value: napi_value, result: *mut u32) -> napi_status;
            /// Checks `object instanceof constructor`.
            [1] fn napi_instanceof(env: napi_env, object: napi_value, constructor: napi_value, result: *mut bool) -> napi_status;
            /// Lists keys as an array, choosing prototype walk, filters and index conversion.
            [6] fn napi_get_all_property_names(env: napi_env, object: napi_value, key_mode: napi_key_collection_mode, key_filter: napi_key_filter, key_conversion: napi_key_conversion, result: *mut napi_value) -> napi_status;
            /// Freezes an object (`Object.freeze`).
            [8] fn napi_object_freeze(env: napi_env, object: napi_value) -> napi_status;
            /// Seals an object (`Object.seal`).
            [8] fn napi_object_seal(env: napi_env, object: napi_value) -> napi_status;
            /// Attaches a 128-bit type tag to an object (once per object).
            [8] fn napi_type_tag_object(env: napi_env, value: napi_value, type_tag: *const napi_type_tag) -> napi_status;
            /// Checks whether an object carries the given type tag.
            [8] fn napi_check_object_type_tag(env: napi_env, value: napi_value, type_tag: *const napi_type_tag, result: *mut bool) -> napi_status;
        }
    };
}

objects_table!(declare_functions);
