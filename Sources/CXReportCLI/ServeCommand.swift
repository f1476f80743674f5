import ArgumentParser
import CXData
import CXPreview
import CXSite
import Foundation

/// `cxreport serve`: build, serve the site on 127.0.0.1, rebuild and reload on change.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the report, serve it on 127.0.0.1 and rebuild it whenever the project changes.",
        discussion: """
        Serves the output folder at http://127.0.0.1:PORT/ (never on other interfaces) and \
        watches cxreport.yml, content/, templates/ and the datasets. After each rebuild the \
        open page reloads itself: a small script is added to pages as they are served, never \
        to the files written. Analysis results are kept while the server runs, so editing a \
        narrative does not read the data again. When a build fails its errors are printed \
        here and shown over the page in the browser, and the last good site stays served. \
        Press Ctrl-C to stop. Exit codes: 0 stopped, 2 the port cannot be used or bad options.
        """)

    @Option(name: .long, help: ArgumentHelp("The report project folder (with cxreport.yml).", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <project>/output).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The port to listen on at 127.0.0.1 (0 picks a free one).", valueName: "n"))
    var port: Int = 8080

    func validate() throws {
        guard (0...Int(UInt16.max)).contains(port) else {
            throw ValidationError("--port must be from 0 to \(UInt16.max), not \(port)")
        }
    }

    func run() throws {
        let terminal = Terminal.current
        var epoch: Int?
        if let text = terminal.environment["SOURCE_DATE_EPOCH"] {
            guard let value = Int(text) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not \"\(text)\"")
            }
            epoch = value
        }
        let options = PreviewSession.Options(projectDirectory: project, outputDirectory: output, port: UInt16(port),
                                             sourceDateEpoch: epoch)
        let session = try PreviewSession(options: options, events: { Self.report($0, on: terminal) })

        let listening: UInt16
        do {
            listening = try Self.wait { try await session.start() }
        } catch let error as PreviewError {
            terminal.printError(error.description)
            throw CommandExit(code: 2)
        }
        terminal.print("serving http://\(PreviewServer.host):\(listening)/ — watching \(project == "." ? "this project" : project); Ctrl-C stops")

        StopSignal.wait()
        terminal.print("stopping…")
        try Self.wait { await session.stop() }
        terminal.print("stopped")
    }

    /// One line per build on standard output; diagnostics on standard error, as `build` prints them.
    private static func report(_ event: PreviewSession.Event, on terminal: Terminal) {
        switch event {
        case .building(let changes):
            if changes.isEmpty {
                terminal.print("building…")
            } else {
                let shown = changes.prefix(3).joined(separator: ", ") + (changes.count > 3 ? " and \(changes.count - 3) more" : "")
                terminal.print("changed: \(shown); rebuilding…")
            }
        case .built(let pages, let seconds, let diagnostics):
            for diagnostic in diagnostics { terminal.printError(diagnostic.description) }
            terminal.print("built \(pages) page\(pages == 1 ? "" : "s") in \(milliseconds(seconds)) ms; the open page reloads")
        case .failed(let step, let seconds, let diagnostics):
            for diagnostic in diagnostics { terminal.printError(diagnostic.description) }
            let during = step.map { " while trying to \($0.rawValue)" } ?? ""
            terminal.printError("error: build failed\(during) after \(milliseconds(seconds)) ms; still serving the last good site")
        }
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    /// Runs async work from this synchronous command and waits for it. The work runs on
    /// Swift's concurrency threads; this thread only waits.
    private static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Carries a result from a task back to the waiting thread (the semaphore orders the accesses).
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
