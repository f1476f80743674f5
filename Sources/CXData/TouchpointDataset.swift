/// Journey touchpoint events: a customer's moment at a touchpoint, its stage before,
/// during or after the purchase, and how it felt (`datasets.touchpoints`).
///
/// ```yaml
/// touchpoints:
///   file: content/data/touchpoints.csv
///   columns:
///     customer: customer_id
///     stage: stage                                # before | during | after
///     touchpoint: touchpoint
///     emotion: { column: valence, scale: [-3, 3] }  # default −1…1
///     emotion_label: emotion
///     date: at
/// ```
public struct TouchpointDataset: Sendable {
    public var source: DatasetSource
    public var customer: ColumnReference?
    public var stage: StageColumn
    public var touchpoint: ColumnReference
    public var emotion: RangeColumn?
    public var emotionLabel: ColumnReference?
    public var date: ColumnReference?

    public init(source: DatasetSource, stage: StageColumn, touchpoint: ColumnReference) {
        self.source = source
        self.stage = stage
        self.touchpoint = touchpoint
    }

    public var mappedRoles: [(role: String, column: ColumnReference)] {
        var all: [(String, ColumnReference)] = []
        if let customer { all.append(("customer", customer)) }
        all.append(("stage", stage.column))
        all.append(("touchpoint", touchpoint))
        if let emotion { all.append(("emotion", emotion.column)) }
        if let emotionLabel { all.append(("emotion_label", emotionLabel)) }
        if let date { all.append(("date", date)) }
        return all
    }
}
