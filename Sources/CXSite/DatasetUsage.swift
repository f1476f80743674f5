import CXData

/// Which declared datasets the report actually shows. A dataset that no page draws on
/// is a warning (an error with `--strict`): it was probably meant to be in the report,
/// and a published report should not silently leave it out.
///
/// Touchpoints are used by `journey`/`moments` blocks or `{{journey…}}` values;
/// transactions by `crm` blocks or `{{crm…}}` values; responses by any block or any
/// `{{value}}`. The generated appendices do not count.
struct DatasetUsage {
    /// Directive blocks rendered, as "chart:journey", "table:crm", "metric".
    var blocks: Set<String> = []
    /// The narratives' own text (not the built-in appendices).
    var narratives: [String] = []

    func warnings(config: ProjectConfig) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func mentions(_ name: String) -> Bool {
            narratives.contains { $0.contains("{{#\(name)") || $0.contains("{{\(name).") || $0.contains("{{^\(name)") }
        }
        func warn(_ dataset: String, at location: SourceLocation, hint: String) {
            warnings.append(Diagnostic(.warning, at: location, "the \(dataset) dataset is declared but no page shows it", hint: hint))
        }
        if let touchpoints = config.touchpoints,
           blocks.isDisjoint(with: ["chart:journey", "chart:moments", "table:journey"]), !mentions("journey") {
            warn("touchpoints", at: touchpoints.source.fileLocation,
                 hint: "add a ```chart block with kind: journey to a page, or remove datasets.touchpoints")
        }
        if let transactions = config.transactions, blocks.isDisjoint(with: ["chart:crm", "table:crm"]), !mentions("crm") {
            warn("transactions", at: transactions.source.fileLocation,
                 hint: "add a ```chart block with kind: crm to a page, or remove datasets.transactions")
        }
        if let responses = config.responses, blocks.isEmpty, !narratives.contains(where: { $0.contains("{{") }) {
            warn("responses", at: responses.fileLocation, hint: "add a ```chart or ```metric block, or {{nps.score}}, to a page")
        }
        return warnings
    }
}
