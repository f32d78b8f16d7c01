//! The indicator and area names, asked of the engine once it is up (a few KB; the dictionary
//! itself stays in the worker, out of the first-paint bundle).

use super::use_engine::{Job, Pending};
use crate::protocol::{Envelope, Request};
use crate::services::engine::{Engine, Payload};
use crate::state::{next_id, AppState, Engine as EngineState};
use yew::prelude::*;

#[hook]
pub fn use_names(state: &AppState, engine: &Engine, pending: &Pending) {
    let ready = matches!(state.engine, EngineState::Worker | EngineState::MainThread);
    let have = state.names.is_some();
    let (engine, pending) = (engine.clone(), pending.clone());
    use_effect_with((ready, have), move |(ready, have)| {
        let asked = pending.borrow().values().any(|j| *j == Job::Names);
        if *ready && !*have && !asked {
            let job = next_id();
            pending.borrow_mut().insert(job, Job::Names);
            engine.submit(Payload::Ready(Envelope::new(Request::Indicators { job })));
        }
    });
}
