//! Gangmu web app entry point (yew). Built with Trunk for wasm32.

fn main() {
    // The web app lands in its own milestone (issue 3); see README.
}
