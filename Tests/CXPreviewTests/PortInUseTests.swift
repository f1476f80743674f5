import CXData
import CXReportCLI
import Foundation
import Testing
@testable import CXPreview

/// A port that is taken: a typed error from the server, one clear line and a hint from
/// the CLI, exit code 2, and no build run.
@Suite(.serialized) struct PortInUseTests {
    @Test func theServerReportsAPortInUse() async throws {
        let first = try PreviewServer(outputDirectory: NSTemporaryDirectory(), state: PreviewState(), port: 0)
        let port = try await first.start()
        let second = try PreviewServer(outputDirectory: NSTemporaryDirectory(), state: PreviewState(), port: port)
        await #expect(throws: PreviewError.portInUse(port)) { try await second.start() }
        await first.stop()
    }

    @Test func theCommandExplainsAndExitsWith2() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let blocker = try PreviewServer(outputDirectory: fixture.project, state: PreviewState(), port: 0)
        let port = try await blocker.start()
        let output = Captured()
        let terminal = Terminal(isInteractive: false, environment: [:], writeOut: output.out, writeError: output.error)
        let code = await Self.onOwnThread {
            CXReportCommand.run(arguments: ["serve", "--project", fixture.project, "--port", "\(port)"], terminal: terminal)
        }
        await blocker.stop()
        #expect(code == 2)
        let lines = output.errorText.split(separator: "\n")
        #expect(lines.first == "error: port \(port) is already in use")
        #expect(output.errorText.contains("hint: try --port \(port + 1)"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output), "nothing was built")
    }

    @Test func anInvalidPortIsAUsageError() async throws {
        let output = Captured()
        let terminal = Terminal(isInteractive: false, environment: [:], writeOut: output.out, writeError: output.error)
        let code = await Self.onOwnThread { CXReportCommand.run(arguments: ["serve", "--port", "70000"], terminal: terminal) }
        #expect(code == 2)
        #expect(output.errorText.contains("--port must be from 0 to 65535"))
    }

    /// The command blocks its thread while its async work runs; keep it off the test's threads.
    static func onOwnThread(_ work: @escaping @Sendable () -> Int32) async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = ""
        private var errText = ""
        var out: @Sendable (String) -> Void { { text in self.lock.withLock { self.outText += text } } }
        var error: @Sendable (String) -> Void { { text in self.lock.withLock { self.errText += text } } }
        var errorText: String { lock.withLock { errText } }
    }
}
