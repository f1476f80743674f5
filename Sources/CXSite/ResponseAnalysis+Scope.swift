import CXAnalytics

/// The results a directive draws from: the whole dataset, or one segment value when the
/// block says `segment: region=North`.
extension ResponseAnalysis {
    func result(in segment: (field: String, value: String)?) -> GroupResult? {
        guard let segment else { return overall }
        return segments.first { $0.field == segment.field }?.values.first { $0.value == segment.value }?.result
    }

    func textResult(in segment: (field: String, value: String)?) -> TextGroupResult? {
        guard let text else { return nil }
        guard let segment else { return text.overall }
        return text.segments.first { $0.field == segment.field }?.values.first { $0.value == segment.value }
    }
}
