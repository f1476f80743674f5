import ArgumentParser
import CXData
import CXSite

/// The `cxreport` command: customer-experience data in, a finished static report out.
public struct CXReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cxreport",
        abstract: "Turn customer-experience survey data into a finished static HTML report.",
        discussion: """
        A report project is a folder with cxreport.yml (title, datasets and the role of \
        each column), content/ (Markdown narratives) and content/data/ (CSV datasets). \
        `cxreport build` analyses the data and writes the site to output/.

        Exit codes: 0 success, 1 data or content errors, 2 usage or configuration errors.

        Examples:
          cxreport build                      build the project in the current folder
          cxreport build --project report --output public
          cxreport serve --port 8081          preview at http://127.0.0.1:8081/, rebuilt on every change
          cxreport sample --responses 5000    write a synthetic dataset to content/data/
        """,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, AnalyzeCommand.self, InitCommand.self, SampleCommand.self],
        defaultSubcommand: nil)

    public init() {}

    /// Parses `arguments`, runs the command, prints errors as diagnostics and returns
    /// the exit code. The executable and the tests both call this.
    public static func run(arguments: [String], terminal: Terminal = .standard) -> Int32 {
        Terminal.$current.withValue(terminal) {
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
                return 0
            } catch let failure as BuildFailure {
                for diagnostic in failure.diagnostics { terminal.printError(diagnostic.description) }
                terminal.printError("error: build failed while trying to \(failure.step.rawValue); the previous output was left as it was")
                return failure.isConfigurationError ? 2 : 1
            } catch let error as DataError {
                terminal.printError(error.description)
                return error.category == .configuration ? 2 : 1
            } catch let exit as CommandExit {
                return exit.code
            } catch {
                let code = exitCode(for: error)
                let message = fullMessage(for: error)
                if code == .success {
                    if !message.isEmpty { terminal.print(message) }
                    return 0
                }
                terminal.printError(message)
                return 2
            }
        }
    }
}

/// Ends a command with an exit code after it has printed its own explanation.
struct CommandExit: Error {
    var code: Int32
}
