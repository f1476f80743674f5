import Testing
@testable import CXCharts
