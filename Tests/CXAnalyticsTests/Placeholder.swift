import Testing
@testable import CXAnalytics
