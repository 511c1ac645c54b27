#[object]
pub struct Point {
    pub x: f64,
    pub y_offset: Option<f64>,
    #[js_name = "tag-name"]
    #[ts_type = "'a' | 'b'"]
    pub tag: String,
}
