/// Greedy placement of point labels so they do not overlap each other, the points, or
/// reserved areas.
///
/// For each point (in a fixed order, so output is deterministic) it tries positions around
/// the point at growing distances and keeps the first whose box is free and inside the
/// bounds. A label that fits nowhere is replaced by a number, listed in a key under the
/// chart — never drawn on top of another.
struct LabelPlacer {
    struct Box: Equatable {
        var x0, y0, x1, y1: Double
        func overlaps(_ other: Box) -> Bool {
            x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
        }
    }

    /// Where a label ended up: its text anchor point and anchor, and whether it needs a
    /// leader line back to the point.
    struct Placement: Equatable {
        var x: Double
        var y: Double
        var anchor: String
        var leader: Bool
    }

    let bounds: Box
    var occupied: [Box]

    init(bounds: Box, reserved: [Box]) {
        self.bounds = bounds
        self.occupied = reserved
    }

    /// Places a label of `width` × `height` (baseline-relative) near (`px`, `py`).
    mutating func place(px: Double, py: Double, width: Double, height: Double) -> Placement? {
        let offsets: [(dx: Double, dy: Double, anchor: String)] = [
            (8, 4, "start"), (-8, 4, "end"), (0, -9, "middle"), (0, 17, "middle"),
            (7, -7, "start"), (-7, -7, "end"), (7, 15, "start"), (-7, 15, "end"),
        ]
        for distance in [1.0, 2.2, 3.5] {
            for offset in offsets {
                let x = px + offset.dx * distance
                let baseline = py + (offset.dy > 4 ? offset.dy + (distance - 1) * 10 : offset.dy < 4 ? offset.dy - (distance - 1) * 10 : offset.dy)
                let x0 = offset.anchor == "start" ? x : offset.anchor == "end" ? x - width : x - width / 2
                let box = Box(x0: x0 - 1, y0: baseline - height + 2, x1: x0 + width + 1, y1: baseline + 3)
                guard box.x0 >= bounds.x0, box.x1 <= bounds.x1, box.y0 >= bounds.y0, box.y1 <= bounds.y1 else { continue }
                guard !occupied.contains(where: { $0.overlaps(box) }) else { continue }
                occupied.append(box)
                return Placement(x: x, y: baseline, anchor: offset.anchor, leader: distance > 1)
            }
        }
        return nil
    }
}
