import Foundation
import ReviewSiteKit

// A thin executable: all behaviour lives in ReviewSiteKit, where the tests reach it.
let console = CommandLineTool.Console(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) }
)
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()),
                         environment: ProcessInfo.processInfo.environment, console: console))
