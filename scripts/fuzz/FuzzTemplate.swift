// libFuzzer entry point; the code under test is FuzzTargets.template (Tests/ReviewSiteKitTests/FuzzTargets.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.template(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
