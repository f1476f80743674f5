import Testing
@testable import CXSite
