import CXCharts
import Foundation

/// `cxbench gallery FILE`: writes the chart gallery (every kind on representative and
/// edge data) as one standalone HTML page, for `make gallery` and screenshots.
func writeGallery(_ args: [String]) throws {
    let path = args.first ?? "output/gallery.html"
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
    try Data(ChartGallery.page().utf8).write(to: URL(fileURLWithPath: path))
    print("wrote \(ChartGallery.samples.count) charts to \(path)")
}
