/// A problem with the command or the machine rather than with a content file (a bad
/// option, an output folder that must not be touched, a full disk). Printed as
/// `reviewsite: error: …`; the message says what to do.
public struct ToolFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Usage errors exit 64, everything else 1 (docs/command-line.md).
    public var isUsageError: Bool

    public init(_ message: String, usage: Bool = false) {
        self.message = message
        self.isUsageError = usage
    }

    public var description: String { message }
}
