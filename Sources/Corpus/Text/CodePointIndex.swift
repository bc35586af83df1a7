/// Finds the UTF-8 byte of a code point in a few steps: the byte offset of every
/// `stride`-th code point is kept, and the rest of the way is walked. ASCII text needs no table.
struct CodePointIndex: Sendable, Hashable {
    static let strideShift = 7
    static let stride = 1 << strideShift

    /// Number of code points.
    let count: Int
    /// Byte offset of code point `k * stride`; empty when every code point is one byte.
    private let checkpoints: [UInt32]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = UTF8Scanner.codePointCount(bytes)
        guard count != bytes.count else {
            checkpoints = []
            return
        }
        var checkpoints: [UInt32] = []
        checkpoints.reserveCapacity(count / Self.stride + 1)
        var byte = 0
        for codePoint in Swift.stride(from: 0, to: count, by: Self.stride) {
            if codePoint > 0 { byte = UTF8Scanner.offset(advancing: Self.stride, from: byte, in: bytes) }
            checkpoints.append(UInt32(byte))
        }
        self.checkpoints = checkpoints
    }

    /// The byte where code point `offset` starts (`bytes.count` for `offset == count`).
    func byteOffset(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if checkpoints.isEmpty { return offset }
        if offset >= count { return bytes.count }
        let checkpoint = offset >> Self.strideShift
        return walk(from: (checkpoint << Self.strideShift, Int(checkpoints[checkpoint])), to: offset, in: bytes)
    }

    /// The same, walking on from a known code point and byte when that is nearer than a checkpoint.
    func byteOffset(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from known: (codePoint: Int, byte: Int)) -> Int {
        if checkpoints.isEmpty { return offset }
        if offset >= count { return bytes.count }
        if offset >= known.codePoint, offset - known.codePoint < Self.stride { return walk(from: known, to: offset, in: bytes) }
        return byteOffset(of: offset, in: bytes)
    }

    private func walk(from start: (codePoint: Int, byte: Int), to offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        UTF8Scanner.offset(advancing: offset - start.codePoint, from: start.byte, in: bytes)
    }
}
