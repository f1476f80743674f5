/// One journey event, typed and validated, as `TouchpointLoader` hands it on.
public struct TouchpointRow: Sendable, Hashable {
    /// The line the record starts on.
    public var line: Int
    /// The customer's code (see `TouchpointLoader.customerValues`); −1 when missing.
    public var customer: Int32
    /// Before, during or after the purchase; nil when missing or not a stage.
    public var stage: JourneyStage?
    /// The touchpoint's code (see `TouchpointLoader.touchpointValues`); −1 when missing.
    public var touchpoint: Int32
    /// Emotional valence on the declared scale; NaN when missing or invalid.
    public var emotion: Double
    /// The valence in millionths, exactly, when it was written with at most six decimal
    /// places (`DecimalNumber.units(places: 6)`); nil otherwise. The journey sums these
    /// without working them out from `emotion` again.
    public var emotionMillionths: Int64?
    /// The emotion label's code (see `TouchpointLoader.emotionLabelValues`); −1 when missing.
    public var emotionLabel: Int32
    public var date: CalendarDate?

    public init(line: Int = 0) {
        self.line = line
        customer = -1
        touchpoint = -1
        emotion = .nan
        emotionLabel = -1
    }
}
