import Foundation
import Testing
@testable import CXSite

/// `BackgroundResult` runs its work on another thread while the caller goes on, and hands
/// back exactly what the work computed, however often and from however many threads it is
/// read.
struct BackgroundResultTests {
    /// The caller goes on while the work waits for a signal the caller gives afterwards:
    /// work run on the caller's thread would wait in vain and give up, returning −1.
    @Test func workRunsBesideTheCaller() {
        let release = DispatchSemaphore(value: 0)
        let result = BackgroundResult { () -> Int in
            guard release.wait(timeout: .now() + 20) == .success else { return -1 }
            return (1...100).reduce(0, +)
        }
        release.signal()
        #expect(result.value == 5_050)
    }

    /// Reading again, and reading from several threads at once, gives the same value and
    /// never blocks (each read leaves the signal for the next).
    @Test func everyReadGetsTheValue() {
        let result = BackgroundResult { Array(repeating: "x", count: 3).joined() }
        #expect(result.value == "xxx")
        let reads = Locked([String]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let value = result.value
            reads.update { $0.append(value) }
        }
        #expect(reads.value == Array(repeating: "xxx", count: 8))
    }
}

extension BackgroundResultTests {
    /// What the work captured is freed before `value` hands the result over. The captured
    /// object's deinit waits (up to 0.3 s) for the caller to have read the value: freed
    /// before the hand-over, as it must be, it waits in vain, since the caller is still
    /// waiting for the value; freed when the thread ends, after the hand-over, it would
    /// find the value read at once.
    @Test func whatTheWorkCapturedIsFreedBeforeTheValueIsHandedOver() {
        final class Captured: Sendable {
            let onFree: @Sendable () -> Void
            init(_ onFree: @escaping @Sendable () -> Void) { self.onFree = onFree }
            deinit { onFree() }
        }
        let valueRead = DispatchSemaphore(value: 0), freed = DispatchSemaphore(value: 0)
        let freedBeforeRead = Locked<Bool?>(nil)
        let result: BackgroundResult<Int> = {
            let captured = Captured {
                freedBeforeRead.update { $0 = valueRead.wait(timeout: .now() + 0.3) == .timedOut }
                freed.signal()
            }
            return BackgroundResult { withExtendedLifetime(captured) { 42 } }
        }()
        #expect(result.value == 42)
        valueRead.signal()
        #expect(freed.wait(timeout: .now() + 5) == .success)
        #expect(freedBeforeRead.value == true)
    }
}

/// A value behind a lock, for collecting results from concurrent reads in a test.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ body: (inout Value) -> Void) {
        lock.withLock { body(&stored) }
    }
}
