import Testing
@testable import CXData
