//! Gangmu web app entry point: renders the app into `<body>`.

fn main() {
    yew::Renderer::<gangmu_web::components::app::App>::new().render();
}
