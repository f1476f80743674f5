import CXAnalytics
import CXData

/// What a chart or table needs from the project's data. Asking for a journey chart in a
/// project without touchpoints is a located error that says what to declare, rather
/// than an empty figure in a published report.
enum AnalysisRequirement {
    case outcome, expectations, sacrifice, journey, crm, followUp, drivers, text

    func isMet(by analysis: ResponseAnalysis) -> Bool {
        switch self {
        case .outcome: return analysis.outcomeName != nil
        case .expectations: return !analysis.gaps.isEmpty
        case .sacrifice: return !analysis.sacrifice.isEmpty
        case .journey: return analysis.journey != nil
        case .crm: return analysis.crm != nil
        case .followUp: return analysis.followUp != nil
        case .text: return analysis.text != nil
        case .drivers: return analysis.drivers != nil || analysis.segments.contains { $0.values.contains { $0.drivers != nil } }
        }
    }

    var needs: String {
        switch self {
        case .outcome: return "an outcome column in the responses dataset"
        case .expectations: return "expectations: pairs in the responses dataset"
        case .sacrifice: return "sacrifice: pairs in the responses dataset"
        case .journey: return "a touchpoints dataset and a customer column in responses"
        case .crm: return "a transactions dataset and a customer column in responses"
        case .followUp: return "a responses dataset with likelihood to recommend"
        case .drivers: return "drivers: columns in the responses dataset"
        case .text: return "a text column (free-text comments) in the responses dataset"
        }
    }

    var hint: String {
        switch self {
        case .outcome: return "map one under datasets.responses.columns, e.g. outcome: { column: satisfied, positive: [\"yes\"] }"
        case .expectations: return "map them under datasets.responses.columns, e.g. expectations: { reliability: [exp_reliability, perc_reliability] }"
        case .sacrifice: return "map them under datasets.responses.columns, e.g. sacrifice: { delivery_speed: [wanted_days, received_days] }"
        case .journey: return "declare datasets.touchpoints in cxreport.yml and map customer: in responses, or remove the block"
        case .crm: return "declare datasets.transactions in cxreport.yml and map customer: in responses, or remove the block"
        case .followUp: return "map nps: in datasets.responses.columns, or remove the block"
        case .drivers: return "map drivers: [ … ] in datasets.responses.columns, or remove the block"
        case .text: return "map text: comment in datasets.responses.columns, or remove the block"
        }
    }

    /// Throws a located configuration error when `analysis` lacks what `key: value`
    /// (a directive's `kind:` or `measure:`) needs.
    static func check(_ requirement: AnalysisRequirement?, key: String, value: String, analysis: ResponseAnalysis,
                      at location: SourceLocation) throws {
        guard let requirement, !requirement.isMet(by: analysis) else { return }
        throw DataError(.invalidSetting(key: key, value: value, expected: requirement.needs), at: location, hint: requirement.hint)
    }
}
