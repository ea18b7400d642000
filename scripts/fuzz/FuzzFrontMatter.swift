// libFuzzer entry point; the code under test is FuzzTargets.frontMatter (Tests/ReviewSiteKitTests/FuzzTargets.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.frontMatter(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
