extension KeyedDecodingContainer {
    /// A record's number as Attaché writes it; an id of another system ("PLOVER-GSR01-AGREE-0001" in
    /// a gold file) is no number of ours, so it reads as none rather than failing the file.
    func decodeRecordID(forKey key: Key) -> Int64? {
        (try? decodeIfPresent(Int64.self, forKey: key)) ?? nil
    }
}
