//! Between the list and the storage: the records of finished reports, the list rebuilt from
//! stored records, and each restored report's next step — shown as stored, or read again from
//! its source when the engine that analysed it is not the one running now.

use super::record::{Body, Meta};
use crate::i18n::{messages, Bilingual};
use crate::protocol::{InputKind, Request, ToWorker};
use crate::services::storage::{Store, StoreError, Write};
use crate::state::{Entry, EntryId, Origin, Outcome, Status};
use std::rc::Rc;

/// The record of a finished report, with its body and (a file's) original bytes.
pub fn write_of(e: &Entry, engine: &str) -> Option<Write> {
    if e.status != Status::Done {
        return None;
    }
    let summary = e.summary.clone()?;
    Some(Write {
        meta: Meta {
            key: e.key.to_string(),
            name: e.name.clone(),
            origin: e.origin,
            added: e.added,
            encoding: e.encoding.clone(),
            sample: e.sample,
            engine: engine.to_string(),
            summary,
            log: (*e.log).clone(),
        },
        body: Some(Body {
            text: e.text.to_string(),
            line: e.line.to_string(),
        }),
        source: e.source.as_ref().map(|b| b.to_vec()),
    })
}

/// A stored report in the list, until its body is back: the list can show its title and
/// counts at once.
pub fn entry_of(id: EntryId, meta: &Meta) -> Entry {
    let mut e = Entry::new(id, meta.name.clone(), meta.origin, meta.summary.chars);
    e.key = Rc::from(meta.key.as_str());
    e.added = meta.added;
    e.encoding = meta.encoding.clone();
    e.sample = meta.sample;
    e.status = Status::Restoring;
    e.summary = Some(meta.summary.clone());
    e.log = Rc::new(meta.log.clone());
    e
}

/// What becomes of a stored report once its body has been read.
#[derive(Debug, PartialEq)]
pub enum Step {
    /// Shown as stored.
    Show(Outcome),
    /// Read again by the engine (another engine made the stored result).
    ReadAgain(ToWorker),
}

fn failed(id: EntryId, error: Bilingual) -> Step {
    Step::Show(Outcome::Failed { id, error })
}

/// The next step of each of `chunk` (list ids and their records): the bodies come from
/// `store` in one read, and a file's bytes only when it must be read again.
pub async fn restore_chunk(
    store: &impl Store,
    chunk: &[(EntryId, Meta)],
    engine: &str,
) -> Result<Vec<Step>, StoreError> {
    let keys: Vec<String> = chunk.iter().map(|(_, m)| m.key.clone()).collect();
    let bodies = store.bodies(&keys).await?;
    // The files to read again (another engine stored them), read in one go.
    let again: Vec<String> = chunk
        .iter()
        .filter(|(_, m)| m.engine != engine && m.origin == Origin::File)
        .map(|(_, m)| m.key.clone())
        .collect();
    let mut sources: std::collections::VecDeque<Option<Vec<u8>>> = if again.is_empty() {
        Default::default()
    } else {
        store.sources(&again).await?.into()
    };
    let mut steps = Vec::with_capacity(chunk.len());
    for ((id, meta), body) in chunk.iter().zip(bodies) {
        let id = *id;
        if meta.engine == engine {
            if let Some(body) = body {
                steps.push(Step::Show(Outcome::Done {
                    id,
                    text: Rc::from(body.text),
                    line: Rc::from(body.line),
                    summary: meta.summary.clone(),
                    source: None,
                    stored: true,
                }));
                continue;
            }
        }
        let request = |input| Request::Extract {
            job: id,
            name: meta.name.clone(),
            input,
            encoding: meta.encoding.clone(),
            corrections: meta.log.live(),
        };
        let step = match (meta.origin, meta.sample, body) {
            (Origin::Sample, Some(i), _) => {
                Step::ReadAgain(ToWorker::new(request(InputKind::Sample(i))))
            }
            (Origin::Paste, _, Some(body)) => Step::ReadAgain(ToWorker {
                text: Some(body.text),
                ..ToWorker::new(request(InputKind::Text))
            }),
            // In `again`'s order; a body missing under this engine reads its source alone.
            (Origin::File, _, _) => match if meta.engine != engine {
                sources.pop_front().flatten()
            } else {
                store.source(&meta.key).await?
            } {
                Some(bytes) => Step::ReadAgain(ToWorker {
                    bytes: Some(bytes),
                    ..ToWorker::new(request(InputKind::Bytes))
                }),
                None => failed(id, messages::not_restored()),
            },
            _ => failed(id, messages::not_restored()),
        };
        steps.push(step);
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Summary;
    use crate::services::storage::memory::MemoryStore;
    use futures::executor::block_on;

    fn done(id: EntryId, name: &str, origin: Origin) -> Entry {
        let mut e = Entry::new(id, name, origin, 3);
        e.status = Status::Done;
        e.text = Rc::from("正文");
        e.line = Rc::from("{\"file\":\"a\"}");
        e.added = id as f64;
        e.summary = Some(Summary {
            headings: 2,
            hash: format!("sha256:{id}"),
            ..Summary::default()
        });
        e
    }

    #[test]
    fn a_finished_report_is_stored_whole_and_comes_back_as_stored() {
        let store = MemoryStore::default();
        let mut file = done(2, "b.txt", Origin::File);
        file.source = Some(Rc::from(&b"bytes"[..]));
        let paste = done(1, "粘贴文本", Origin::Paste);
        assert!(write_of(&Entry::new(3, "x", Origin::File, 1), "e1").is_none());
        let writes = [&file, &paste].map(|e| write_of(e, "e1").unwrap());
        block_on(store.write(writes.to_vec())).unwrap();
        let metas = block_on(store.metas()).unwrap();
        assert_eq!(
            metas.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
            ["粘贴文本", "b.txt"],
            "in the order they were added"
        );
        let restored = entry_of(7, &metas[1]);
        assert_eq!(
            (restored.status.clone(), &*restored.key),
            (Status::Restoring, &*file.key)
        );
        let chunk: Vec<(EntryId, Meta)> = vec![(7, metas[1].clone()), (8, metas[0].clone())];
        let steps = block_on(restore_chunk(&store, &chunk, "e1")).unwrap();
        match &steps[0] {
            Step::Show(Outcome::Done {
                id: 7,
                text,
                stored: true,
                summary,
                ..
            }) => {
                assert_eq!((&**text, summary.headings), ("正文", 2));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            block_on(store.source(&file.key)).unwrap().unwrap(),
            b"bytes"
        );
    }

    #[test]
    fn under_another_engine_each_report_is_read_again_from_its_source() {
        let store = MemoryStore::default();
        let mut file = done(1, "a.txt", Origin::File);
        file.source = Some(Rc::from(&b"raw"[..]));
        file.encoding = Some("GB18030".into());
        let paste = done(2, "粘贴文本", Origin::Paste);
        let mut sample = done(3, "样例", Origin::Sample);
        sample.sample = Some(4);
        let mut file2 = done(4, "d.txt", Origin::File);
        file2.source = Some(Rc::from(&b"raw2"[..]));
        let writes = [&file, &paste, &sample, &file2].map(|e| write_of(e, "old").unwrap());
        block_on(store.write(writes.to_vec())).unwrap();
        let chunk: Vec<(EntryId, Meta)> = block_on(store.metas())
            .unwrap()
            .into_iter()
            .enumerate()
            .map(|(i, m)| (10 + i as EntryId, m))
            .collect();
        let steps = block_on(restore_chunk(&store, &chunk, "new")).unwrap();
        let again: Vec<&ToWorker> = steps
            .iter()
            .map(|s| match s {
                Step::ReadAgain(t) => t,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(again[0].bytes.as_deref(), Some(&b"raw"[..]));
        assert!(matches!(
            &again[0].head,
            Some(Request::Extract { job: 10, input: InputKind::Bytes, encoding: Some(e), .. }) if e == "GB18030"
        ));
        assert_eq!(
            again[1].text.as_deref(),
            Some("正文"),
            "a paste is its own source"
        );
        assert!(matches!(
            again[2].head,
            Some(Request::Extract {
                input: InputKind::Sample(4),
                ..
            })
        ));
        // The files' bytes are read in one go and each goes to its own report.
        assert_eq!(again[3].bytes.as_deref(), Some(&b"raw2"[..]));
    }

    #[test]
    fn a_record_without_its_body_or_bytes_fails_with_a_message() {
        let store = MemoryStore::default();
        let mut w = write_of(&done(1, "a.txt", Origin::File), "old").unwrap();
        w.body = None;
        block_on(store.write(vec![w])).unwrap();
        let metas = block_on(store.metas()).unwrap();
        let steps = block_on(restore_chunk(&store, &[(5, metas[0].clone())], "new")).unwrap();
        assert!(matches!(
            steps[0],
            Step::Show(Outcome::Failed { id: 5, .. })
        ));
    }

    #[test]
    fn removed_and_cleared_reports_are_gone() {
        let store = MemoryStore::default();
        let writes = [1, 2, 3].map(|i| write_of(&done(i, "r", Origin::Paste), "e").unwrap());
        block_on(store.write(writes.to_vec())).unwrap();
        block_on(store.remove(&[writes[1].meta.key.clone()])).unwrap();
        assert_eq!(block_on(store.metas()).unwrap().len(), 2);
        block_on(store.clear()).unwrap();
        assert!(block_on(store.metas()).unwrap().is_empty());
    }

    #[test]
    fn a_full_store_says_so() {
        let store = MemoryStore::default();
        *store.fail_writes.borrow_mut() = Some(StoreError::Full);
        let w = write_of(&done(1, "r", Origin::Paste), "e").unwrap();
        assert_eq!(block_on(store.write(vec![w])), Err(StoreError::Full));
    }
}
