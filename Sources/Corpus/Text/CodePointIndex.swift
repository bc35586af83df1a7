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
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        self.count = count
        guard count != bytes.count else {
            checkpoints = []
            return
        }
        var checkpoints: [UInt32] = []
        checkpoints.reserveCapacity(count / Self.stride + 1)
        var codePoint = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if codePoint & (Self.stride - 1) == 0 { checkpoints.append(UInt32(offset)) }
            codePoint += 1
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
        var byte = start.byte
        for _ in start.codePoint..<offset { byte += UTF8Scanner.sequenceLength(bytes[byte]) }
        return byte
    }
}
