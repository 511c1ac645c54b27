fn main() {
    // napi-rs's documented setup: platform link flags for an addon (undefined napi_* on macOS).
    napi_build::setup();
}
