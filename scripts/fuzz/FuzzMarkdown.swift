// libFuzzer entry point; the code under test is FuzzTargets.markdown (Tests/ReviewSiteKitTests/FuzzTargets.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.markdown(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
