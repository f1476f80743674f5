// swift-tools-version: 6.1
// cxreport: customer-experience data in, a finished static HTML report out.
// Targets follow the pipeline and depend one way:
// CCmark -> CXData -> CXAnalytics -> CXCharts -> CXSite -> CXReportCLI -> cxreport
// CXPreview (the `serve` preview server) sits beside the CLI so FlyingFox never reaches CXSite.
import PackageDescription

let package = Package(
    name: "cxreport",
    // macOS 15 for the Synchronization module (SharedInterner counts codes with an Atomic).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cxreport", targets: ["cxreport"]),
        .library(name: "CXSite", targets: ["CXSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "CXData",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CXAnalytics", dependencies: ["CXData"]),
        .target(name: "CXCharts"),
        .target(
            name: "CXSite",
            dependencies: [
                "CCmark", "CXData", "CXAnalytics", "CXCharts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "CXPreview",
            dependencies: ["CXSite", "CXData", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .target(
            name: "CXReportCLI",
            dependencies: [
                "CXSite", "CXData", "CXAnalytics", "CXPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "cxreport", dependencies: ["CXReportCLI"]),
        // Release-build benchmarks driven by scripts under Benchmarks/ (never timed unit tests).
        .executableTarget(name: "cxbench", dependencies: ["CXData", "CXAnalytics", "CXCharts", "CXSite", "CXPreview"]),
        .testTarget(name: "CXDataTests", dependencies: ["CXData"], exclude: ["Fixtures"]),
        .testTarget(name: "CXAnalyticsTests", dependencies: ["CXAnalytics", "CXData"], exclude: ["Fixtures"]),
        .testTarget(name: "CXChartsTests", dependencies: ["CXCharts"], exclude: ["Fixtures"]),
        .testTarget(name: "CXSiteTests", dependencies: ["CXSite", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CXReportCLITests", dependencies: ["CXReportCLI", "CXSite"]),
        .testTarget(name: "CXPreviewTests", dependencies: ["CXPreview", "CXSite", "CXData", "CXReportCLI"], exclude: ["Fixtures"]),
    ]
)
