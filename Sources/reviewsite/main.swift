import Foundation
import ReviewSiteKit

// A thin executable: all behaviour lives in ReviewSiteKit, where the tests reach it.
let environment = ProcessInfo.processInfo.environment
exit(
    CommandLineTool.run(
        Array(CommandLine.arguments.dropFirst()), environment: environment,
        console: .standard(environment: environment)))
