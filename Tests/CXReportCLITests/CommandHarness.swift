import Foundation
import Synchronization
@testable import CXReportCLI

/// Runs `cxreport` in-process and captures what it printed.
struct CommandHarness {
    struct Outcome {
        var code: Int32
        var out: String
        var error: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], interactive: Bool = false) -> Outcome {
        let out = Mutex(""), error = Mutex("")
        let terminal = Terminal(isInteractive: interactive, environment: environment,
                                writeOut: { text in out.withLock { $0 += text } },
                                writeError: { text in error.withLock { $0 += text } })
        let code = CXReportCommand.run(arguments: arguments, terminal: terminal)
        return Outcome(code: code, out: out.withLock { $0 }, error: error.withLock { $0 })
    }

    /// A copy of the tiny fixture project in a temporary folder, to break on purpose.
    static func copyOfTinyProject() throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CXSiteTests/Fixtures/Projects/tiny").path
        let target = NSTemporaryDirectory() + "cxreport-cli-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }
}
