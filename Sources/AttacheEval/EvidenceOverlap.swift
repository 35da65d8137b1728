/// A record's evidence prepared for score.py's `--evidence` test: two evidences overlap when one
/// contains the other, or when they share a run of 20 characters, after white space is collapsed
/// to single spaces. Characters are Unicode scalars, as Python counts them.
///
/// ```swift
/// EvidenceOverlap("Albania signed the agreement").overlaps(EvidenceOverlap("Albania signed"))  // true
/// ```
struct EvidenceOverlap {
    static let run = 20

    /// The evidence with white space collapsed, as scalar values.
    let scalars: [UInt32]
    /// Every run of `run` scalars in it (none when it is shorter).
    let runs: Set<ArraySlice<UInt32>>

    init(_ evidence: String) {
        var scalars: [UInt32] = []
        var pendingSpace = false
        for scalar in evidence.unicodeScalars {
            if scalar.isPythonSpace {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(0x20) }
                pendingSpace = false
                scalars.append(scalar.value)
            }
        }
        self.scalars = scalars
        var runs = Set<ArraySlice<UInt32>>()
        if scalars.count >= Self.run {
            for start in 0...(scalars.count - Self.run) { runs.insert(scalars[start..<(start + Self.run)]) }
        }
        self.runs = runs
    }

    func overlaps(_ other: EvidenceOverlap) -> Bool {
        guard !scalars.isEmpty, !other.scalars.isEmpty else { return false }
        let (short, long) = scalars.count <= other.scalars.count ? (self, other) : (other, self)
        // Under `run` characters only containment counts; from `run` on, containment implies a
        // shared run, so comparing runs decides.
        if short.scalars.count < Self.run { return long.scalars.contains(subsequence: short.scalars) }
        return !short.runs.isDisjoint(with: long.runs)
    }
}

extension Array where Element: Equatable {
    /// Whether `needle` occurs in this array as a contiguous run.
    func contains(subsequence needle: [Element]) -> Bool { !occurrences(of: needle).isEmpty }

    /// The ranges where `needle` occurs as a contiguous run, overlapping ones included.
    func occurrences(of needle: [Element]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(start..<(start + needle.count))
            }
        }
        return found
    }
}
