import Testing
@testable import CXReportCLI
