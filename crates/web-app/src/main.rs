//! Gangmu web app entry point: renders the app into `<body>`.

fn main() {
    // A name for this page, so the keys of the reports and corrections it makes are unique
    // across tabs and visits.
    gangmu_web::state::set_tab(&gangmu_web::services::clock::fresh_tab_name());
    yew::Renderer::<gangmu_web::components::app::App>::new().render();
}
