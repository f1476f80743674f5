import CXData
import CXSite
import Foundation

/// `cxreport serve` without the terminal: serves the output folder, builds the project,
/// and rebuilds whenever a watched file changes, keeping analysis results in an
/// `AnalysisCache` so a narrative edit never re-reads the datasets.
///
/// Builds run one at a time on a thread of their own (they are blocking, CPU-bound
/// work that must not occupy the few threads Swift concurrency runs the server on).
/// A failed build leaves the last good output in place; its diagnostics go to the
/// browser through `PreviewState` and to the caller through `Event`s. The library never
/// prints: the CLI turns events into terminal lines.
public final class PreviewSession: @unchecked Sendable {
    public struct Options: Sendable {
        public var projectDirectory: String
        /// Defaults to `<project>/output`.
        public var outputDirectory: String?
        /// 0 picks a free port.
        public var port: UInt16
        /// `SOURCE_DATE_EPOCH` seconds, as for `cxreport build`.
        public var sourceDateEpoch: Int?
        /// How often the watched files are examined.
        public var pollInterval: Duration = .milliseconds(200)
        /// The longest a reload request is held open before it is answered unchanged.
        public var longPollLimit: Duration = .seconds(20)

        public init(projectDirectory: String, outputDirectory: String? = nil, port: UInt16 = 8080, sourceDateEpoch: Int? = nil) {
            self.projectDirectory = projectDirectory
            self.outputDirectory = outputDirectory
            self.port = port
            self.sourceDateEpoch = sourceDateEpoch
        }
    }

    /// What happened, for the terminal (and tests).
    public enum Event: Sendable {
        /// A build started because these project-relative paths changed (empty for the first build).
        case building(changes: [String])
        /// A build finished and output/ holds its result.
        case built(pages: Int, seconds: Double, diagnostics: [Diagnostic])
        /// A build failed; output/ still holds the last good site.
        case failed(step: BuildStep?, seconds: Double, diagnostics: [Diagnostic])
    }

    public let options: Options
    /// The build version and last failure, as the request handler sees them.
    public let state = PreviewState()
    /// Analysis results kept between the session's builds.
    public let cache = AnalysisCache()
    /// The output folder served (absolute, standardised).
    public let outputDirectory: String

    private let events: @Sendable (Event) -> Void
    private let server: PreviewServer
    private let watcher: ProjectWatcher
    private let lock = NSLock()
    /// Serialises builds: the watch loop and `rebuild()` never build at the same time.
    private let buildLock = NSLock()
    private var stopping = false
    private var watchThread: Thread?
    private let watchFinished = DispatchSemaphore(value: 0)

    /// Prepares the server (nothing listens until `start()`).
    public init(options: Options, events: @escaping @Sendable (Event) -> Void = { _ in }) throws {
        self.options = options
        self.events = events
        let project = (options.projectDirectory as NSString).standardizingPath
        let output = options.outputDirectory.map { path -> String in
            (path as NSString).isAbsolutePath ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        } ?? (project as NSString).appendingPathComponent("output")
        outputDirectory = (output as NSString).standardizingPath
        watcher = ProjectWatcher(projectDirectory: project, outputDirectory: outputDirectory)
        server = try PreviewServer(outputDirectory: outputDirectory, state: state, port: options.port,
                                   longPollLimit: options.longPollLimit)
    }

    /// Listens on 127.0.0.1 (throws `PreviewError`, e.g. `.portInUse`, before any
    /// build runs), then starts the watch thread, whose first act is the first build.
    /// Returns the port listened on.
    @discardableResult
    public func start() async throws -> UInt16 {
        let port = try await server.start()
        let thread = Thread { [self] in
            watchLoop()
            watchFinished.signal()
        }
        thread.name = "cxreport serve: watch and build"
        lock.withLock { watchThread = thread }
        thread.start()
        return port
    }

    /// The port listened on, once `start()` returned.
    public var port: UInt16? { server.port }

    /// Where the socket is bound, as the server reports it.
    public var listeningAddress: (host: String, port: UInt16)? {
        get async { await server.listeningAddress }
    }

    /// Stops watching (after the build in progress, so output/ is never left half
    /// swapped) and closes the server.
    public func stop() async {
        let thread = lock.withLock { () -> Thread? in
            stopping = true
            defer { watchThread = nil }
            return watchThread
        }
        if thread != nil {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().async { [watchFinished] in
                    watchFinished.wait()
                    continuation.resume()
                }
            }
        }
        await server.stop()
    }

    /// Builds now, as a change would (for tests and benchmarks), and returns the event.
    @discardableResult
    public func rebuild(changes: [String] = []) -> Event {
        buildLock.withLock {
            events(.building(changes: changes))
            let event = build()
            events(event)
            return event
        }
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    private func watchLoop() {
        var known = watcher.snapshot()
        rebuild()
        let interval = Self.seconds(options.pollInterval)
        while !isStopping {
            Thread.sleep(forTimeInterval: interval)
            var current = watcher.snapshot()
            var changes = ProjectWatcher.changes(from: known, to: current)
            guard !changes.isEmpty, !isStopping else { continue }
            // Editors save in steps (write a temporary, rename, chmod): wait until one
            // more look finds nothing new, so one save gives one build.
            for _ in 0..<10 {
                Thread.sleep(forTimeInterval: min(interval, 0.05))
                let settled = watcher.snapshot()
                if settled == current { break }
                changes = Array(Set(changes).union(ProjectWatcher.changes(from: current, to: settled))).sorted()
                current = settled
            }
            known = current
            rebuild(changes: changes)
        }
    }

    private func build() -> Event {
        let started = ContinuousClock.now
        var builderOptions = SiteBuilder.Options(projectDirectory: options.projectDirectory, outputDirectory: outputDirectory,
                                                 sourceDateEpoch: options.sourceDateEpoch)
        builderOptions.analysisCache = cache
        let state = state
        let builder = SiteBuilder(options: builderOptions, progress: { _, _, step, _ in
            if step == .write { state.beginWriting() }
        })
        do {
            let result = try builder.build()
            state.finishBuild(failure: nil)
            return .built(pages: result.pages.count, seconds: Self.seconds(ContinuousClock.now - started),
                          diagnostics: result.diagnostics)
        } catch let failure as BuildFailure {
            state.finishBuild(failure: failure.diagnostics)
            return .failed(step: failure.step, seconds: Self.seconds(ContinuousClock.now - started), diagnostics: failure.diagnostics)
        } catch let error as DataError {
            state.finishBuild(failure: [error.diagnostic])
            return .failed(step: nil, seconds: Self.seconds(ContinuousClock.now - started), diagnostics: [error.diagnostic])
        } catch {
            let diagnostics = [Diagnostic(.error, at: nil, "the build stopped: \(error)")]
            state.finishBuild(failure: diagnostics)
            return .failed(step: nil, seconds: Self.seconds(ContinuousClock.now - started), diagnostics: diagnostics)
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
