//! wasm-bindgen tests of the web adapter, in headless Chromium: protocol envelopes through
//! real JS objects, and the worker's handler behind them.
#![cfg(target_arch = "wasm32")]

use gangmu_web::protocol::{Envelope, ExportFormat, ExportOf, InputKind, Reply, Request};
use gangmu_web::services::bridge;
use gangmu_web::worker;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn envelopes_survive_the_trip_through_js() {
    let env = Envelope {
        text: Some("审结𠀀163件".into()),
        line: Some("{\"x\":1}".into()),
        bytes: Some(vec![0xEF, 0xBB, 0xBF, b'a']),
        lines: vec!["a".into(), "b".into()],
        ..Envelope::new(Request::Extract {
            job: 42,
            name: "<img onerror>.txt".into(),
            input: InputKind::Bytes,
            encoding: Some("GB18030".into()),
            corrections: Vec::new(),
        })
    };
    let js = bridge::to_js(&env);
    assert_eq!(bridge::job_of(&js), Some(42));
    assert_eq!(bridge::transfer_list(&js).length(), 1);
    assert_eq!(bridge::from_js(&js), env);
}

#[wasm_bindgen_test]
fn a_file_is_decoded_and_extracted_in_wasm() {
    let text = include_str!("../fixtures/reports/001_af3bfae49ce3fd86.txt");
    let request = Envelope {
        bytes: Some(text.as_bytes().to_vec()),
        ..Envelope::new(Request::Extract {
            job: 1,
            name: "001.txt".into(),
            input: InputKind::Bytes,
            encoding: None,
            corrections: Vec::new(),
        })
    };
    let reply = bridge::from_js(&bridge::to_js(&worker::handle(bridge::from_js(
        &bridge::to_js(&request),
    ))));
    match reply.head {
        Some(Reply::Extracted { job: 1, summary }) => {
            assert_eq!(summary.headings, 17);
            assert_eq!(reply.text.as_deref(), Some(text));
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn an_xlsx_is_built_in_wasm() {
    let line = worker::handle(Envelope::new(Request::Extract {
        job: 1,
        name: "s.txt".into(),
        input: InputKind::Sample(3),
        encoding: None,
        corrections: Vec::new(),
    }))
    .line
    .unwrap();
    let reply = worker::handle(Envelope {
        lines: vec![line],
        ..Envelope::new(Request::Export {
            job: 2,
            format: ExportFormat::Xlsx,
            lang: Default::default(),
            of: ExportOf::Reports,
        })
    });
    let bytes = reply.bytes.expect("workbook bytes");
    assert_eq!(&bytes[..2], b"PK");
}

#[wasm_bindgen_test]
fn two_samples_are_compared_in_wasm() {
    let lines: Vec<String> = [3, 1]
        .iter()
        .map(|&i| {
            worker::handle(Envelope::new(Request::Extract {
                job: 1,
                name: format!("{i}.txt"),
                input: InputKind::Sample(i),
                encoding: None,
                corrections: Vec::new(),
            }))
            .line
            .unwrap()
        })
        .collect();
    let request = Envelope {
        lines,
        ..Envelope::new(Request::Compare {
            job: 3,
            lang: Default::default(),
            total: true,
        })
    };
    let reply = bridge::from_js(&bridge::to_js(&worker::handle(bridge::from_js(
        &bridge::to_js(&request),
    ))));
    // Samples 3 and 1 are 柳城县 and 鱼峰区, both 2023: one total, compared in the order given.
    assert_eq!(
        reply.head,
        Some(Reply::Compared {
            job: 3,
            order: vec![0, 1]
        })
    );
    let json = reply.line.unwrap();
    assert!(json.contains("\"columns\""));
    assert!(json.contains("\"totals\""));
    assert!(reply.text.unwrap().starts_with("<svg"));
}
