import CXAnalytics
import CXData
import Foundation
import Mustache

/// Builds a report project into a static site: a pipeline of named steps
/// (configure → load and analyse → narrate → write), each tagging its errors.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var projectDirectory: String
        /// Defaults to `<project>/output`.
        public var outputDirectory: String?
        /// `SOURCE_DATE_EPOCH` seconds, used for the report date when the config sets none.
        public var sourceDateEpoch: Int?
        /// Any data problem fails the build (before anything is written).
        public var strict: Bool
        /// When false, everything is checked and rendered but nothing is written
        /// (`cxreport check`).
        public var writesOutput = true
        /// Write one self-contained `report.html` instead of the multi-page site.
        public var singleFile = false
        /// Also write the output as `<output>.zip` beside the output folder.
        public var zip = false
        /// Analysis results kept between builds (`cxreport serve`); nil analyses every time.
        public var analysisCache: AnalysisCache?

        public init(projectDirectory: String, outputDirectory: String? = nil, sourceDateEpoch: Int? = nil, strict: Bool = false) {
            self.projectDirectory = projectDirectory
            self.outputDirectory = outputDirectory
            self.sourceDateEpoch = sourceDateEpoch
            self.strict = strict
        }
    }

    /// What a successful build produced.
    public struct Result: Sendable {
        public var pages: [String]
        public var outputDirectory: String
        /// nil for a project without a responses dataset.
        public var analysis: ResponseAnalysis?
        /// Warnings (data problems, broken links, low-base groups shown) and notes; the
        /// build still succeeded. With `strict`, any warning fails the build instead.
        public var diagnostics: [Diagnostic]
    }

    public var options: Options
    /// Called as each step starts: (step number, step count, step, detail).
    public var progress: @Sendable (Int, Int, BuildStep, String) -> Void

    public init(options: Options, progress: @escaping @Sendable (Int, Int, BuildStep, String) -> Void = { _, _, _, _ in }) {
        self.options = options
        self.progress = progress
    }

    public func build() throws -> Result {
        let project = options.projectDirectory
        let steps = BuildStep.allCases.count
        progress(1, steps, .configure, ProjectConfig.fileName)
        let config: ProjectConfig
        do { config = try ProjectConfig.load(projectDirectory: project) } catch let error as DataError {
            throw BuildFailure(step: .configure, error)
        }
        let outputPath = options.outputDirectory ?? (project as NSString).appendingPathComponent("output")
        let output = OutputDirectory(path: outputPath, displayPath: options.outputDirectory ?? "output")
        do { try output.validate(projectDirectory: project) } catch let error as DataError {
            throw BuildFailure(step: .configure, diagnostics: [error.diagnostic], isConfigurationError: true)
        }

        progress(2, steps, .load, config.responses?.file ?? "no datasets")
        let analysis: ResponseAnalysis?
        do {
            if let cache = options.analysisCache {
                analysis = try cache.analysis(config: config, projectDirectory: project)
            } else {
                analysis = try ResponseAnalyzer.analyze(config: config, projectDirectory: project)
            }
        } catch let error as DataError {
            throw BuildFailure(step: .load, error)
        }
        var warnings = analysis.map(dataWarnings) ?? []

        progress(3, steps, .narrate, "content/")
        var rendered: SiteRenderer.Output
        let date = reportDate(config: config, analysis: analysis)
        do {
            let site = try SiteRenderer(config: config, analysis: analysis, projectDirectory: project, reportDate: date)
            rendered = try site.render()
        } catch let error as DataError {
            throw BuildFailure(step: .narrate, error)
        }
        if options.singleFile {
            var site: [String: Any] = ["title": config.title, "report_date": date]
            if let subtitle = config.subtitle { site["subtitle"] = subtitle }
            if let organization = config.organization { site["organization"] = organization }
            let report = SingleFileReport(pages: rendered.pages, bodies: rendered.bodies, stylesheet: rendered.stylesheet, site: site)
            rendered.files = [("report.html", Array(report.html.utf8))]
        }
        warnings += rendered.warnings
        if options.strict && !warnings.isEmpty {
            let errors = warnings.filter { $0.severity != .note }.map { warning -> Diagnostic in
                var error = warning
                error.severity = .error
                return error
            }
            throw BuildFailure(step: .narrate, diagnostics: errors + [
                Diagnostic(.error, at: nil, "\(errors.count) warning\(errors.count == 1 ? "" : "s"); --strict allows none",
                           hint: "fix the problems above, or build without --strict to publish with warnings"),
            ])
        }

        if options.writesOutput {
            progress(4, steps, .write, output.displayPath)
            do {
                try output.replace(with: rendered.files)
                if options.zip {
                    let folder = (output.path as NSString).lastPathComponent
                    let bytes = try ZipBundle.archive(files: rendered.files, folder: folder,
                                                      date: CalendarDate.parse(date) ?? CalendarDate(year: 1980, month: 1, day: 1)!)
                    try output.writeBeside(name: folder + ".zip", contents: bytes)
                }
            } catch let error as DataError {
                throw BuildFailure(step: .write, error)
            }
        }
        return Result(pages: rendered.files.map(\.path).filter { $0.hasSuffix(".html") }, outputDirectory: output.path,
                      analysis: analysis, diagnostics: warnings + rendered.notes)
    }

    /// Data problems as warnings: the first ones with their locations, then a count.
    func dataWarnings(_ analysis: ResponseAnalysis) -> [Diagnostic] {
        let quality = analysis.dataQuality
        var warnings = quality.diagnostics.map { diagnostic -> Diagnostic in
            var warning = diagnostic
            warning.severity = .warning
            return warning
        }
        if quality.problemCount > warnings.count {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: quality.file),
                                       "\(quality.problemCount) data problems in all; the first \(warnings.count) are listed",
                                       hint: "the data-quality page of the report counts them by column"))
        }
        return warnings
    }

    /// The report date: from the config, else `SOURCE_DATE_EPOCH`, else the latest
    /// period in the data. Never the clock, so builds are reproducible.
    func reportDate(config: ProjectConfig, analysis: ResponseAnalysis?) -> String {
        if let date = config.reportDate { return date.description }
        if let epoch = options.sourceDateEpoch {
            let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
            return CivilDate.fromDaysSinceEpoch(days)
        }
        return analysis?.periods.last?.period ?? "undated"
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
enum CivilDate {
    static func fromDaysSinceEpoch(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)?.description ?? "undated"
    }
}
