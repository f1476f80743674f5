import CXReportCLI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(CXReportCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
