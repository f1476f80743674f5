/// The words a chart title or a table caption adds when the block shows one segment,
/// " (region North)"; nothing for the whole sample.
enum SegmentScope {
    static func suffix(_ segment: (field: String, value: String)?) -> String {
        segment.map { " (\($0.field) \($0.value))" } ?? ""
    }
}
