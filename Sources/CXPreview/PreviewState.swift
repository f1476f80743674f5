import CXData
import Foundation

/// What the server knows about the builds, shared between the build thread and the
/// request handlers: a version that moves on after every finished build, the
/// diagnostics of the last build if it failed, and whether output/ is being swapped.
public final class PreviewState: @unchecked Sendable {
    /// One consistent reading of the state.
    public struct Snapshot: Hashable, Sendable {
        /// 0 before the first build finishes; one more after each build, good or bad.
        public var version: Int
        /// The last build's errors; nil when it succeeded (or none finished yet).
        public var failure: [Diagnostic]?
        /// The build is writing and swapping output/; files are briefly absent.
        public var isWriting: Bool
    }

    private let lock = NSLock()
    private var current = Snapshot(version: 0, failure: nil, isWriting: false)

    public init() {}

    public var snapshot: Snapshot { lock.withLock { current } }

    func beginWriting() {
        lock.withLock { current.isWriting = true }
    }

    /// Records a finished build; `failure` nil for a good one.
    func finishBuild(failure: [Diagnostic]?) {
        lock.withLock {
            current.isWriting = false
            current.failure = failure
            current.version += 1
        }
    }
}
