import CXData

/// The step of a build, reported as `[i/n] step` and attached to its errors.
public enum BuildStep: String, Sendable, CaseIterable {
    case configure = "read configuration"
    case load = "load and analyse data"
    case narrate = "render narratives"
    case write = "write output"
}

/// A build that stopped: what step, what went wrong, and what kind of failure it is.
public struct BuildFailure: Error, CustomStringConvertible {
    public var step: BuildStep
    public var diagnostics: [Diagnostic]
    /// A problem in cxreport.yml or the command's options (exit 2) rather than in the
    /// data or content (exit 1).
    public var isConfigurationError: Bool

    public init(step: BuildStep, diagnostics: [Diagnostic], isConfigurationError: Bool = false) {
        self.step = step
        self.diagnostics = diagnostics
        self.isConfigurationError = isConfigurationError
    }

    public init(step: BuildStep, _ error: DataError) {
        self.init(step: step, diagnostics: [error.diagnostic],
                  isConfigurationError: error.category == .configuration)
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
