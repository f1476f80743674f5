import Foundation

/// A value computed on a thread of its own while the caller goes on, read where it is
/// needed (`value` waits for it).
///
/// Why: the analysis reads each file on all cores, but between the reads it has single-
/// threaded steps (turning the responses' statistics into results). Those
/// steps depend only on what is already folded, so they run beside the next file's read
/// instead of between two reads, when only one core would be busy.
///
/// A dedicated `Thread`, not a Dispatch queue: the reads run on `concurrentPerform`, whose
/// workers come from the same pool, and must not wait for one that this work holds.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before `finished` is signalled, read only after waiting.
    private var result: Value?

    /// The work until it runs: taken out and released before the value is handed over, so
    /// what it captured (a fold it turns into results, say) is freed by then, not whenever
    /// the thread ends. Freed after the caller had gone on, the chunks' follow-up lists that
    /// a background step once joined sometimes missed the memory handed back to the system
    /// before the next read.
    private var work: (@Sendable () -> Value)?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            result = run()
            finished.signal()
        }
        thread.start()
    }

    private func run() -> Value {
        let work = work.take()!
        return work()
    }

    /// The value, once the work has finished.
    var value: Value {
        finished.wait()
        finished.signal()  // later reads do not wait
        return result!
    }
}
