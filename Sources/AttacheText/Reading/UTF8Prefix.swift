extension StringProtocol {
    /// The first `count` UTF-8 bytes, copied in one go (iterating `utf8` byte by byte is far slower).
    func utf8Prefix(_ count: Int) -> [UInt8] {
        var text = String(self)
        return text.withUTF8 { Array($0.prefix(count)) }
    }
}
