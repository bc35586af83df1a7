/// Passing over runs of code points that hold none of the few a scan stops at. A run's code points
/// are tested together by arithmetic alone (no branch per code point), which the compiler turns into
/// vector instructions: several times cheaper than testing each one, and most runs hold nothing.
enum ScalarRuns {
    static let width = 32

    /// The start of the first run of `width` code points at or after `offset` in which `flag` marks
    /// some code point, or where fewer than `width` are left before `end`; the caller's own test
    /// takes it from there. `flag` sets the top bit for every code point the scan may stop at.
    @inline(__always)
    static func skip(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from offset: Int, to end: Int,
                     flag: (UInt32) -> UInt32) -> Int {
        var offset = offset
        while end - offset >= width {
            var flags: UInt32 = 0
            for index in offset..<offset + width { flags |= flag(scalars[index].value) }
            if flags & topBit != 0 { break }
            offset += width
        }
        return offset
    }

    static let topBit: UInt32 = 1 << 31

    /// Top bit set when `value` is `target`. Code points are below 2^21, so differences never reach the top bit.
    @inline(__always)
    static func equal(_ value: UInt32, _ target: UInt32) -> UInt32 { (value ^ target) &- 1 }

    /// Top bit set when `value` is above `limit`.
    @inline(__always)
    static func above(_ value: UInt32, _ limit: UInt32) -> UInt32 { limit &- value }

    /// Top bit set when `value` is below `limit`.
    @inline(__always)
    static func below(_ value: UInt32, _ limit: UInt32) -> UInt32 { value &- limit }

    /// Top bit set when `value` is outside `range`.
    @inline(__always)
    static func outside(_ value: UInt32, _ range: ClosedRange<UInt32>) -> UInt32 {
        let distance = value &- range.lowerBound
        return distance | ((range.upperBound - range.lowerBound) &- distance)
    }
}
