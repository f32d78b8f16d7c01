//! The engine's bookkeeping, without the browser: the queue of jobs, which lane (a worker, or
//! the page thread) runs what, and what a crash or Stop costs. [`super::Engine`] owns the
//! workers themselves and asks this pool where each job goes, so the scheduling is tested
//! natively.

use std::collections::VecDeque;

/// Outstanding jobs per worker: enough to keep it busy, few enough that Stop is immediate
/// and a batch of 10 000 files is never all in memory at once.
pub const IN_FLIGHT: usize = 3;

/// Something queued: it only needs its job number.
pub trait Queued {
    fn job(&self) -> u32;
}

/// Where a job runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    Worker(usize),
    /// The page thread, one job at a time.
    Page,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Slot {
    ready: bool,
    jobs: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Lanes {
    /// Nothing runs yet (loading, or between Stop and the fresh workers' start).
    None,
    Workers(Vec<Slot>),
    Page {
        busy: bool,
    },
}

/// What a worker's crash costs: the job it crashed on (or, when that is unknown, every job it
/// held) fails with an internal error; the others it held were lost with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fault {
    pub failed: Vec<u32>,
    pub lost: Vec<u32>,
}

#[derive(Debug)]
pub struct Pool<P> {
    queue: VecDeque<P>,
    lanes: Lanes,
}

impl<P> Default for Pool<P> {
    fn default() -> Self {
        Pool {
            queue: VecDeque::new(),
            lanes: Lanes::None,
        }
    }
}

impl<P: Queued> Pool<P> {
    pub fn submit(&mut self, payload: P) {
        self.queue.push_back(payload);
    }

    /// A job the user waits for (the selected report for the page): before every queued one,
    /// so it waits at most for the jobs a worker already holds, not for a whole batch.
    pub fn submit_first(&mut self, payload: P) {
        self.queue.push_front(payload);
    }

    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// `n` workers were started; none is ready until it says so.
    pub fn use_workers(&mut self, n: usize) {
        self.lanes = Lanes::Workers(vec![Slot::default(); n]);
    }

    /// No worker could be made: jobs run on the page thread.
    pub fn use_page(&mut self) {
        self.lanes = Lanes::Page { busy: false };
    }

    pub fn uses_workers(&self) -> bool {
        matches!(self.lanes, Lanes::Workers(_))
    }

    /// Worker `i` has its wasm running. True when it is the first: the engine is up.
    pub fn worker_ready(&mut self, i: usize) -> bool {
        let Lanes::Workers(slots) = &mut self.lanes else {
            return false;
        };
        let first = !slots.iter().any(|s| s.ready);
        if let Some(s) = slots.get_mut(i) {
            s.ready = true;
        }
        first
    }

    /// The next job and its lane, if a lane has room: the ready worker with the fewest jobs
    /// (below [`IN_FLIGHT`]), or the idle page thread.
    pub fn take_next(&mut self) -> Option<(Lane, P)> {
        let lane = match &self.lanes {
            Lanes::Workers(slots) => slots
                .iter()
                .enumerate()
                .filter(|(_, s)| s.ready && s.jobs.len() < IN_FLIGHT)
                .min_by_key(|(_, s)| s.jobs.len())
                .map(|(i, _)| Lane::Worker(i))?,
            Lanes::Page { busy: false } => Lane::Page,
            _ => return None,
        };
        let payload = self.queue.pop_front()?;
        match (&mut self.lanes, lane) {
            (Lanes::Workers(slots), Lane::Worker(i)) => slots[i].jobs.push(payload.job()),
            (Lanes::Page { busy }, Lane::Page) => *busy = true,
            _ => {}
        }
        Some((lane, payload))
    }

    /// A job left its lane (answered, or failed before it was sent).
    pub fn finished(&mut self, lane: Lane, job: u32) {
        match (&mut self.lanes, lane) {
            (Lanes::Workers(slots), Lane::Worker(i)) => {
                if let Some(s) = slots.get_mut(i) {
                    s.jobs.retain(|&j| j != job);
                }
            }
            (Lanes::Page { busy }, Lane::Page) => *busy = false,
            _ => {}
        }
    }

    /// Worker `i` crashed (on `job`, when known). It is replaced by a fresh one, not ready yet.
    pub fn fault(&mut self, i: usize, job: Option<u32>) -> Fault {
        let Lanes::Workers(slots) = &mut self.lanes else {
            return Fault::default();
        };
        let Some(slot) = slots.get_mut(i) else {
            return Fault::default();
        };
        let held = std::mem::take(&mut slot.jobs);
        slot.ready = false;
        let failed = match job {
            Some(j) => vec![j],
            None => held.clone(),
        };
        let lost = held.into_iter().filter(|j| !failed.contains(j)).collect();
        Fault { failed, lost }
    }

    /// Stop: the queue is dropped and every lane forgets its jobs (the engine terminates the
    /// workers and starts fresh ones). True when workers were running.
    pub fn stop(&mut self) -> bool {
        self.queue.clear();
        match &mut self.lanes {
            Lanes::Workers(_) => {
                self.lanes = Lanes::None;
                true
            }
            Lanes::Page { busy } => {
                *busy = false;
                false
            }
            Lanes::None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Queued for u32 {
        fn job(&self) -> u32 {
            *self
        }
    }

    fn pool_with(jobs: impl IntoIterator<Item = u32>) -> Pool<u32> {
        let mut p = Pool::default();
        for j in jobs {
            p.submit(j);
        }
        p
    }

    fn drain(p: &mut Pool<u32>) -> Vec<(Lane, u32)> {
        std::iter::from_fn(|| p.take_next()).collect()
    }

    #[test]
    fn nothing_runs_until_a_worker_is_ready() {
        let mut p = pool_with([1, 2]);
        assert!(p.take_next().is_none(), "loading");
        p.use_workers(2);
        assert!(p.take_next().is_none(), "started, not ready");
        assert!(
            p.worker_ready(1),
            "the first ready worker brings the engine up"
        );
        assert!(!p.worker_ready(0));
        assert_eq!(p.queued(), 2);
    }

    #[test]
    fn jobs_go_to_the_least_busy_worker_and_at_most_three_each() {
        let mut p = pool_with(1..=10);
        p.use_workers(2);
        p.worker_ready(0);
        p.worker_ready(1);
        let sent = drain(&mut p);
        assert_eq!(
            sent,
            vec![
                (Lane::Worker(0), 1),
                (Lane::Worker(1), 2),
                (Lane::Worker(0), 3),
                (Lane::Worker(1), 4),
                (Lane::Worker(0), 5),
                (Lane::Worker(1), 6),
            ]
        );
        assert_eq!(p.queued(), 4, "the rest waits in the queue, unread");
        p.finished(Lane::Worker(1), 4);
        assert_eq!(p.take_next(), Some((Lane::Worker(1), 7)));
        assert!(p.take_next().is_none());
    }

    #[test]
    fn a_job_the_user_waits_for_goes_before_the_queue() {
        let mut p = pool_with(1..=8);
        p.use_workers(1);
        p.worker_ready(0);
        let first: Vec<u32> = drain(&mut p).into_iter().map(|(_, j)| j).collect();
        assert_eq!(first, vec![1, 2, 3]);
        p.submit_first(99);
        p.finished(Lane::Worker(0), 1);
        assert_eq!(p.take_next(), Some((Lane::Worker(0), 99)));
        p.finished(Lane::Worker(0), 2);
        assert_eq!(p.take_next(), Some((Lane::Worker(0), 4)));
    }

    #[test]
    fn the_page_thread_runs_one_job_at_a_time() {
        let mut p = pool_with([1, 2]);
        p.use_page();
        assert_eq!(p.take_next(), Some((Lane::Page, 1)));
        assert!(p.take_next().is_none());
        p.finished(Lane::Page, 1);
        assert_eq!(p.take_next(), Some((Lane::Page, 2)));
    }

    #[test]
    fn a_crash_fails_its_job_and_loses_the_others_it_held() {
        let mut p = pool_with(1..=4);
        p.use_workers(2);
        p.worker_ready(0);
        p.worker_ready(1);
        drain(&mut p);
        // Worker 0 holds 1 and 3 and crashed on 3.
        assert_eq!(
            p.fault(0, Some(3)),
            Fault {
                failed: vec![3],
                lost: vec![1]
            }
        );
        // The replacement is not ready yet: new work goes to worker 1.
        p.finished(Lane::Worker(1), 2);
        p.submit(5);
        assert_eq!(p.take_next(), Some((Lane::Worker(1), 5)));
        // A crash outside any job fails everything the worker held.
        assert_eq!(
            p.fault(1, None),
            Fault {
                failed: vec![4, 5],
                lost: vec![]
            }
        );
    }

    #[test]
    fn stop_drops_the_queue_and_the_lanes() {
        let mut p = pool_with(1..=9);
        p.use_workers(1);
        p.worker_ready(0);
        drain(&mut p);
        assert!(p.stop());
        assert_eq!(p.queued(), 0);
        assert!(!p.uses_workers());
        // Fresh workers start empty.
        p.use_workers(1);
        p.worker_ready(0);
        p.submit(10);
        assert_eq!(p.take_next(), Some((Lane::Worker(0), 10)));
    }
}
