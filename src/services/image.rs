//! An SVG string shown as an image: a Blob and an object URL for `<img src>`, revoked when
//! dropped. The chart is never put into the DOM as markup: an `<img>` renders SVG without
//! scripts or external requests, and the CSP's `img-src blob:` allows it.

use js_sys::Array;
use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, Url};

/// An object URL that lives as long as this value.
#[derive(Debug, PartialEq, Eq)]
pub struct ObjectUrl(String);

impl ObjectUrl {
    /// `svg` as an `image/svg+xml` blob; `None` if the browser refuses.
    pub fn svg(svg: &str) -> Option<ObjectUrl> {
        let parts = Array::of1(&JsValue::from_str(svg));
        let options = BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        Url::create_object_url_with_blob(&blob).ok().map(ObjectUrl)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        let _ = Url::revoke_object_url(&self.0);
    }
}
